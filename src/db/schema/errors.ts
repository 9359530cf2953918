import { bigserial, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One row per error returned by a GraphQL operation, classified (src/errors/classify.ts): what
 * errorStats aggregates. Written in batches off the request path; kept ERROR_EVENTS_RETENTION_DAYS.
 */
export const errorEvents = pgTable(
  'error_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    classes: text('classes').array().notNull(),
    code: text('code').notNull(),
    /** The bounded operation label (as in /metrics), not the client's raw name. */
    operation: text('operation').notNull(),
    message: text('message').notNull(),
    requestId: text('request_id'),
  },
  (t) => [index('error_events_occurred_at_idx').on(t.occurredAt)],
);

export type ErrorEventRow = typeof errorEvents.$inferSelect;
export type NewErrorEventRow = typeof errorEvents.$inferInsert;
