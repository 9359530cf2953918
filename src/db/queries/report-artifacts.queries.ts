import { and, asc, eq, gte, inArray, isNull, lt, notInArray, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../client';
import { reportArtifactChunks, reportArtifacts, reportRuns, type ReportFormat } from '../schema';

export type ReportArtifactRow = typeof reportArtifacts.$inferSelect;

export async function insertReportArtifact(
  db: DbOrTx,
  row: { id: string; runId: string; format: ReportFormat; contentType: string; fileName: string; expiresAt: Date },
): Promise<ReportArtifactRow> {
  const [created] = await db.insert(reportArtifacts).values(row).returning();
  return created!;
}

export async function insertArtifactChunk(db: DbOrTx, artifactId: string, seq: number, data: Buffer): Promise<void> {
  await db.insert(reportArtifactChunks).values({ artifactId, seq, data });
}

export async function completeReportArtifact(db: DbOrTx, id: string, sizeBytes: number, sha256: string): Promise<void> {
  await db.update(reportArtifacts).set({ sizeBytes, sha256, completedAt: new Date() }).where(eq(reportArtifacts.id, id));
}

/** Every artifact of a run (chunks go by cascade): a re-run or a cancellation starts from nothing. */
export async function deleteRunArtifacts(db: DbOrTx, runId: string): Promise<void> {
  await db.delete(reportArtifacts).where(eq(reportArtifacts.runId, runId));
}

export async function deleteArtifacts(db: DbOrTx, ids: string[]): Promise<void> {
  if (ids.length > 0) await db.delete(reportArtifacts).where(inArray(reportArtifacts.id, ids));
}

export async function deleteRunArtifactsExcept(db: DbOrTx, runId: string, keep: string[]): Promise<void> {
  await db.delete(reportArtifacts).where(and(eq(reportArtifacts.runId, runId), keep.length > 0 ? notInArray(reportArtifacts.id, keep) : undefined));
}

/**
 * The files of these runs that SUCCEEDED, oldest first. A running run's finished files are not
 * shown: the run may still fail or be cancelled, and then they are gone.
 */
export function listCompletedArtifacts(db: DbOrTx, runIds: string[]): Promise<ReportArtifactRow[]> {
  if (runIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(reportArtifacts)
    .where(
      and(
        inArray(reportArtifacts.runId, runIds),
        sql`${reportArtifacts.completedAt} is not null`,
        inArray(reportArtifacts.runId, db.select({ id: reportRuns.id }).from(reportRuns).where(and(inArray(reportRuns.id, runIds), eq(reportRuns.status, 'SUCCEEDED')))),
      ),
    )
    .orderBy(asc(reportArtifacts.createdAt), asc(reportArtifacts.id));
}

export async function findArtifactWithRun(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ artifact: reportArtifacts, requestedBy: reportRuns.requestedBy, requestedByApiKeyId: reportRuns.requestedByApiKeyId, runStatus: reportRuns.status })
    .from(reportArtifacts)
    .innerJoin(reportRuns, eq(reportRuns.id, reportArtifacts.runId))
    .where(eq(reportArtifacts.id, id));
  return row;
}

/** A few chunks from `fromSeq` on: a download reads the file in bounded slices. */
export function readArtifactChunks(db: DbOrTx, artifactId: string, fromSeq: number, limit: number): Promise<Array<{ seq: number; data: Buffer }>> {
  return db
    .select({ seq: reportArtifactChunks.seq, data: reportArtifactChunks.data })
    .from(reportArtifactChunks)
    .where(and(eq(reportArtifactChunks.artifactId, artifactId), gte(reportArtifactChunks.seq, fromSeq)))
    .orderBy(asc(reportArtifactChunks.seq))
    .limit(limit);
}

/** Artifacts past their retention, and incomplete ones of runs that ended (left by a crash). */
export async function purgeExpiredArtifacts(tx: Tx, now: Date): Promise<number> {
  const rows = await tx.delete(reportArtifacts).where(lt(reportArtifacts.expiresAt, now)).returning({ id: reportArtifacts.id });
  const orphans = await tx
    .delete(reportArtifacts)
    .where(
      and(
        isNull(reportArtifacts.completedAt),
        inArray(reportArtifacts.runId, tx.select({ id: reportRuns.id }).from(reportRuns).where(inArray(reportRuns.status, ['SUCCEEDED', 'FAILED', 'CANCELLED']))),
      ),
    )
    .returning({ id: reportArtifacts.id });
  return rows.length + orphans.length;
}
