import type { Database } from '../../db/client';
import { purgeDeliveriesBefore } from '../../db/queries/deliveries.queries';
import type { Logger } from '../../logger';
import { defineTask } from '../jobs/task';

/** Deletes finished deliveries (and their attempts) past the retention window; pending ones are kept. Idempotent. */
export async function purgeDeliveries(database: Database, log: Logger, retentionDays: number, now = Date.now()): Promise<number> {
  const purged = await purgeDeliveriesBefore(database.db, new Date(now - retentionDays * 86_400_000));
  if (purged > 0) log.info({ purged }, 'deliveries: purged finished deliveries past retention');
  return purged;
}

/** Hourly on one node (src/services/jobs/task-list.ts). */
export const purgeDeliveriesTask = defineTask<Record<string, never>>('deliveries.purgeExpired', async (deps) => {
  await purgeDeliveries(deps.database, deps.log, deps.config.DELIVERY_RETENTION_DAYS);
});
