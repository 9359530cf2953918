import type { Database } from '../../db/client';
import { purgeEventsBefore } from '../../db/queries/events.queries';
import type { Logger } from '../../logger';
import { defineTask } from '../jobs/task';

/** Deletes events older than the retention window; returns how many. Idempotent. */
export async function purgeEventLog(database: Database, log: Logger, retentionHours: number, now = Date.now()): Promise<number> {
  const purged = await purgeEventsBefore(database.db, new Date(now - retentionHours * 3_600_000));
  if (purged > 0) log.info({ purged }, 'event log: purged events past retention');
  return purged;
}

/** Every ten minutes on one node (src/services/jobs/task-list.ts); a failed run is retried by the queue. */
export const purgeEventLogTask = defineTask<Record<string, never>>('events.purgeExpired', async (deps) => {
  await purgeEventLog(deps.database, deps.log, deps.config.EVENT_LOG_RETENTION_HOURS);
});
