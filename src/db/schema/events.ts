import { bigint, index, jsonb, pgTable, smallint, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The event log (outbox): every domain event, written in the transaction that caused it. The
 * position is gap-free and in commit order (see `event_log_head`), so a subscriber that remembers
 * the last position it saw can be given exactly what it missed.
 */
export const eventLog = pgTable(
  'event_log',
  {
    position: bigint('position', { mode: 'number' }).primaryKey(),
    topic: text('topic').notNull(),
    payload: jsonb('payload').$type<unknown>().notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('event_log_topic_position_idx').on(t.topic, t.position), index('event_log_recorded_at_idx').on(t.recordedAt)],
);

/**
 * One row (id 1): the last position handed out, and how far retention has purged. Appending takes
 * this row's lock until commit, so positions are handed out in commit order, and a rollback gives
 * its positions back: a sequence would do neither.
 */
export const eventLogHead = pgTable('event_log_head', {
  id: smallint('id').primaryKey(),
  position: bigint('position', { mode: 'number' }).notNull(),
  purgedThrough: bigint('purged_through', { mode: 'number' }).notNull().default(0),
});

export type EventLogRow = typeof eventLog.$inferSelect;
