import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One row per graphile-worker worker that is alive on some node, refreshed every few seconds.
 * graphile-worker keeps a job locked by a worker that died (kill -9, lost host) for four hours;
 * a worker whose heartbeat stopped is declared dead here and its jobs are unlocked for the others.
 */
export const workerHeartbeats = pgTable(
  'worker_heartbeats',
  {
    workerId: text('worker_id').primaryKey(),
    node: text('node').notNull(),
    seenAt: timestamp('seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('worker_heartbeats_seen_at_idx').on(t.seenAt)],
);

export type WorkerHeartbeatRow = typeof workerHeartbeats.$inferSelect;
