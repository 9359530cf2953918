import type { Tx } from '../../db/client';
import type { ReportRunStatus } from '../../db/schema/reports';

export interface FinishedRun {
  id: string;
  status: Extract<ReportRunStatus, 'SUCCEEDED' | 'FAILED' | 'CANCELLED'>;
  scheduleId: string | null;
  requestedBy: string | null;
  rowCount: number;
  artifactIds: string[];
}

export type RunFinishedHook = (tx: Tx, run: FinishedRun) => Promise<void>;

const hooks: RunFinishedHook[] = [];

/**
 * Work owed when a run ends (a schedule's deliveries), done in the transaction that records the
 * end state, so a finished run can never lose, nor double, what follows it.
 */
export function onReportRunFinished(hook: RunFinishedHook): void {
  hooks.push(hook);
}

export async function runFinishedHooks(tx: Tx, run: FinishedRun): Promise<void> {
  for (const hook of hooks) await hook(tx, run);
}
