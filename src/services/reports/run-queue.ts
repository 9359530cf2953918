import { insertQueuedRun, type NewReportRun, type ReportRunRow } from '../../db/queries/report-runs.queries';
import { addJob } from '../../db/queries/jobs.queries';
import type { UnitOfWork } from '../shared/unit-of-work';
import { REPORT_RUN_TASK } from './report-document';

export const REPORT_RUN_QUEUE = 'reports';

/**
 * Queues a run in the unit of work's transaction: the row and its durable job commit together, so
 * any node's worker executes it, and a node that dies mid-run leaves the job to be retried.
 * Returns null when a schedule occurrence already has its run.
 */
export async function queueReportRun(uow: Pick<UnitOfWork, 'tx'>, run: NewReportRun): Promise<ReportRunRow | null> {
  const row = await insertQueuedRun(uow.tx, run);
  // One named queue: graphile-worker runs its jobs one at a time across the cluster, so long
  // exports never hold every worker slot that alert timers and deliveries need.
  if (row) await addJob(uow.tx, { task: REPORT_RUN_TASK, payload: { runId: row.id }, jobKey: `report-run:${row.id}`, queueName: REPORT_RUN_QUEUE });
  return row;
}
