import { and, desc, eq, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../client';
import { isoTimestamp, jsonArray, jsonObject, selectedColumns, selectList, type Expr } from '../read/sql-shape';
import type { Selection } from '../read/selection';
import { reportArtifacts, reportRuns, type ReportFormat } from '../schema';

export type ReportRunRow = typeof reportRuns.$inferSelect;

export interface NewReportRun {
  id: string;
  definitionId: string | null;
  definitionSnapshot: Record<string, unknown>;
  requestedBy: string | null;
  requestedByApiKeyId?: string | null;
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

export async function findReportRun(db: DbOrTx, id: string): Promise<ReportRunRow | undefined> {
  const [row] = await db.select().from(reportRuns).where(eq(reportRuns.id, id));
  return row;
}

export async function lockReportRun(tx: Tx, id: string): Promise<ReportRunRow | undefined> {
  const [row] = await tx.select().from(reportRuns).where(eq(reportRuns.id, id)).for('update');
  return row;
}

export interface ReportRunListFilter {
  definitionId?: string | null;
  /** Only this requester's runs (a caller who may not see everyone's). */
  requestedBy?: string | null;
}

/** A keyset page of runs, newest first, one extra row for `hasNextPage`. */
export function listReportRuns(db: DbOrTx, filter: ReportRunListFilter, page: { first: number; afterId?: string | null }): Promise<ReportRunRow[]> {
  const where: SQL[] = [];
  if (filter.definitionId) where.push(eq(reportRuns.definitionId, filter.definitionId));
  if (filter.requestedBy) where.push(eq(reportRuns.requestedBy, filter.requestedBy));
  if (page.afterId) where.push(lt(reportRuns.id, page.afterId));
  return db
    .select()
    .from(reportRuns)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(reportRuns.id))
    .limit(page.first + 1);
}

export async function countReportRuns(db: DbOrTx, filter: ReportRunListFilter): Promise<number> {
  const where: SQL[] = [];
  if (filter.definitionId) where.push(eq(reportRuns.definitionId, filter.definitionId));
  if (filter.requestedBy) where.push(eq(reportRuns.requestedBy, filter.requestedBy));
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(reportRuns).where(where.length ? and(...where) : undefined);
  return row?.n ?? 0;
}

export type ReportRunPatch = Partial<
  Pick<ReportRunRow, 'status' | 'progressPercent' | 'stage' | 'rowCount' | 'error' | 'attempts' | 'cancelRequestedAt' | 'startedAt' | 'finishedAt'>
>;

export async function updateReportRun(tx: DbOrTx, id: string, patch: ReportRunPatch): Promise<ReportRunRow> {
  const [row] = await tx.update(reportRuns).set(patch).where(eq(reportRuns.id, id)).returning();
  return row!;
}

/**
 * Progress only moves forward, and only while the run is RUNNING: a late writer (a node that lost
 * its run to a re-run) or a reordered write changes nothing. Undefined when nothing changed.
 */
export async function advanceReportRunProgress(tx: Tx, id: string, attempt: number, percent: number, stage: string, rowCount: number): Promise<ReportRunRow | undefined> {
  const [row] = await tx
    .update(reportRuns)
    .set({ progressPercent: percent, stage, rowCount })
    .where(
      and(
        eq(reportRuns.id, id),
        eq(reportRuns.status, 'RUNNING'),
        eq(reportRuns.attempts, attempt),
        sql`(${reportRuns.progressPercent} < ${percent} or (${reportRuns.progressPercent} = ${percent} and ${reportRuns.stage} <> ${stage}))`,
      ),
    )
    .returning();
  return row;
}

/** Finished runs older than the cutoff (their artifacts are purged with them by cascade). */
export async function purgeReportRunsFinishedBefore(db: DbOrTx, cutoff: Date): Promise<number> {
  const rows = await db
    .delete(reportRuns)
    .where(and(inArray(reportRuns.status, ['SUCCEEDED', 'FAILED', 'CANCELLED']), lt(reportRuns.finishedAt, cutoff)))
    .returning({ id: reportRuns.id });
  return rows.length;
}

/** Run fields a lean page serves from its own columns, by GraphQL field name. */
const RUN_COLUMNS: Record<string, Expr> = {
  id: reportRuns.id,
  definitionId: reportRuns.definitionId,
  definitionName: sql`coalesce(${reportRuns.definitionSnapshot}->>'name', '')`,
  template: sql`coalesce(${reportRuns.definitionSnapshot}->>'template', '')`,
  requestedBy: reportRuns.requestedBy,
  scheduleId: reportRuns.scheduleId,
  formats: sql`to_json(${reportRuns.formats})`,
  status: reportRuns.status,
  progressPercent: reportRuns.progressPercent,
  stage: reportRuns.stage,
  rowCount: sql`${reportRuns.rowCount}::float8`,
  error: reportRuns.error,
  attempts: reportRuns.attempts,
  cancelRequestedAt: isoTimestamp(reportRuns.cancelRequestedAt),
  createdAt: isoTimestamp(reportRuns.createdAt),
  startedAt: isoTimestamp(reportRuns.startedAt),
  finishedAt: isoTimestamp(reportRuns.finishedAt),
  // A page's files in its own statement; links are signed by the service.
  artifacts: jsonArray(
    jsonObject([
      ['id', reportArtifacts.id],
      ['format', reportArtifacts.format],
      ['contentType', reportArtifacts.contentType],
      ['fileName', reportArtifacts.fileName],
      ['sizeBytes', reportArtifacts.sizeBytes],
      ['sha256', reportArtifacts.sha256],
      ['expiresAt', isoTimestamp(reportArtifacts.expiresAt)],
      ['createdAt', isoTimestamp(reportArtifacts.createdAt)],
    ]),
    sql`from ${reportArtifacts} where ${reportArtifacts.runId} = ${reportRuns.id} and ${reportArtifacts.completedAt} is not null and ${reportRuns.status} = 'SUCCEEDED'`,
    sql`${reportArtifacts.createdAt}, ${reportArtifacts.id}`,
  ),
};

export const RUN_FIELDS: ReadonlySet<string> = new Set(Object.keys(RUN_COLUMNS));

/** Read with every page whatever the selection: who may download a run's files (the service signs links for them only). */
const REQUESTER_COLUMNS: Record<string, Expr> = {
  requesterId: reportRuns.requestedBy,
  requesterApiKeyId: reportRuns.requestedByApiKeyId,
};

export interface LeanRunRow {
  id: string;
  artifacts?: Array<{ id: string; [field: string]: unknown }>;
  [field: string]: unknown;
}

/** A keyset page of runs (newest first, one extra row) with only the selected columns, files included. */
export async function readReportRunPage(db: DbOrTx, filter: ReportRunListFilter, page: { first: number; afterId?: string | null }, fields: Selection): Promise<LeanRunRow[]> {
  const where: SQL[] = [];
  if (filter.definitionId) where.push(eq(reportRuns.definitionId, filter.definitionId));
  if (filter.requestedBy) where.push(eq(reportRuns.requestedBy, filter.requestedBy));
  if (page.afterId) where.push(lt(reportRuns.id, page.afterId));
  const all: Selection = fields.size > 0 ? fields : new Map([...RUN_FIELDS].map((f) => [f, new Map()]));
  const columns = [...selectedColumns(all, RUN_COLUMNS, ['id']), ...Object.entries(REQUESTER_COLUMNS)];
  const rows = await db.execute<LeanRunRow>(
    sql`select ${selectList(columns)} from ${reportRuns} ${where.length ? sql`where ${and(...where)}` : sql``} order by ${desc(reportRuns.id)} limit ${page.first + 1}`,
  );
  return rows as unknown as LeanRunRow[];
}

/** Runs of a user still QUEUED or RUNNING: a cap on them keeps one user from filling the queue. */
export async function countActiveRunsOf(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(reportRuns)
    .where(and(eq(reportRuns.requestedBy, userId), inArray(reportRuns.status, ['QUEUED', 'RUNNING'])));
  return row?.n ?? 0;
}
