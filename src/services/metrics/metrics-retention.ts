import type { Database } from '../../db/client';
import { purgeEmptySeries, purgeSamplesBefore } from '../../db/queries/metrics.queries';
import type { Logger } from '../../logger';
import { defineTask } from '../jobs/task';

/** Rows per delete statement: each batch holds its locks briefly, and a crash loses one batch of progress at most. */
export const PURGE_BATCH = 5_000;

/**
 * Deletes samples older than the retention window in batches, then series left without samples
 * (freeing their place under METRICS_MAX_SERIES_PER_METRIC). Idempotent: a second run finds
 * nothing; a run cut short is finished by the next.
 */
export async function purgeMetrics(
  database: Database,
  log: Logger,
  retentionDays: number,
  opts: { now?: number; batch?: number } = {},
): Promise<{ samples: number; series: number }> {
  const before = new Date((opts.now ?? Date.now()) - retentionDays * 86_400_000);
  const batch = opts.batch ?? PURGE_BATCH;
  let samples = 0;
  for (let n = batch; n === batch; samples += n) n = await purgeSamplesBefore(database.db, before, batch);
  let series = 0;
  for (let n = batch; n === batch; series += n) n = await purgeEmptySeries(database.db, before, batch);
  if (samples + series > 0) log.info({ samples, series }, 'metrics store: purged data past retention');
  return { samples, series };
}

/** Hourly on one node (src/services/jobs/task-list.ts); a failed run is retried by the queue. */
export const purgeMetricsTask = defineTask<Record<string, never>>('metrics.purgeExpired', async (deps) => {
  await purgeMetrics(deps.database, deps.log, deps.config.METRICS_RETENTION_DAYS);
});
