import type { Tx } from '../client';
import { reportRuns, type ReportFormat } from '../schema';

export type ReportRunRow = typeof reportRuns.$inferSelect;

export interface NewReportRun {
  id: string;
  definitionId: string | null;
  definitionSnapshot: Record<string, unknown>;
  requestedBy: string | null;
  formats: ReportFormat[];
  scheduleId?: string | null;
  occurrenceAt?: Date | null;
}

/**
 * Inserts a QUEUED run. A schedule occurrence that already has its run inserts nothing (the unique
 * (schedule_id, occurrence_at) index) and returns null: two nodes firing one occurrence make one run.
 */
export async function insertQueuedRun(tx: Tx, run: NewReportRun): Promise<ReportRunRow | null> {
  const [row] = await tx
    .insert(reportRuns)
    .values({ ...run, status: 'QUEUED' })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}
