import { listCompletedArtifacts } from '../../db/queries/report-artifacts.queries';
import { updateReportRun, type ReportRunRow } from '../../db/queries/report-runs.queries';
import type { ReportRunChangedMessage } from '../../pubsub/topics';
import { AuditService } from '../audit/audit.service';
import type { ServiceDeps } from '../deps';
import type { UnitOfWork } from '../shared/unit-of-work';
import { runFinishedHooks } from './run-hooks';
import { systemContext } from '../shared/system-context';

export const FINISHED_STATUSES = ['SUCCEEDED', 'FAILED', 'CANCELLED'] as const;
export type FinishedStatus = (typeof FINISHED_STATUSES)[number];
export const isFinished = (status: string): status is FinishedStatus => (FINISHED_STATUSES as readonly string[]).includes(status);

export const runChangedMessage = (run: ReportRunRow): ReportRunChangedMessage => ({
  runId: run.id,
  requestedBy: run.requestedBy,
  requestedByApiKeyId: run.requestedByApiKeyId,
  status: run.status,
  progressPercent: run.progressPercent,
  stage: run.stage,
});


export interface RunOutcome {
  status: FinishedStatus;
  error?: string | null;
  rowCount?: number;
}

/**
 * Records a run's end state in the caller's transaction: the row, the finished-run hooks (a
 * schedule's deliveries), the audit event and the final `reportRunChanged` event commit together.
 */
export async function recordRunEnd(deps: ServiceDeps, uow: UnitOfWork, run: ReportRunRow, outcome: RunOutcome, audit?: AuditService): Promise<ReportRunRow> {
  const after = await updateReportRun(uow.tx, run.id, {
    status: outcome.status,
    error: outcome.error ?? null,
    rowCount: outcome.rowCount ?? run.rowCount,
    progressPercent: outcome.status === 'SUCCEEDED' ? 100 : run.progressPercent,
    stage: outcome.status === 'SUCCEEDED' ? 'done' : outcome.status === 'CANCELLED' ? 'cancelled' : 'failed',
    finishedAt: new Date(),
  });
  const artifacts = outcome.status === 'SUCCEEDED' ? await listCompletedArtifacts(uow.tx, [run.id]) : [];
  await runFinishedHooks(uow.tx, {
    id: run.id,
    status: outcome.status,
    scheduleId: run.scheduleId,
    requestedBy: run.requestedBy,
    rowCount: after.rowCount,
    artifactIds: artifacts.map((a) => a.id),
  });
  await (audit ?? new AuditService(deps, systemContext(deps, `report-run:${run.id}`))).record(uow, {
    action: 'report_run.finished',
    actor: audit ? undefined : { type: 'SYSTEM' },
    targetType: 'report_run',
    targetId: run.id,
    outcome: outcome.status === 'FAILED' ? 'FAILURE' : 'SUCCESS',
    changes: { status: { before: run.status, after: outcome.status } },
    metadata: { definitionId: run.definitionId, requestedBy: run.requestedBy, rowCount: after.rowCount, ...(outcome.error ? { error: outcome.error } : {}), artifacts: artifacts.map((a) => a.format) },
  });
  uow.emit('reports.runChanged', runChangedMessage(after));
  return after;
}
