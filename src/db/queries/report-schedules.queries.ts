import { and, asc, eq, gt, inArray, lte, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../client';
import { reportArtifactChunks, reportArtifacts, reportDefinitions, reportRuns, reportSchedules, users } from '../schema';

export type ReportScheduleRow = typeof reportSchedules.$inferSelect;
export type NewReportSchedule = typeof reportSchedules.$inferInsert;
export type ReportSchedulePatch = Partial<Omit<NewReportSchedule, 'id' | 'createdAt'>>;

/** The definition fields a schedule needs (existence, name, sections for the owner's rights check). */
export async function findDefinitionForSchedule(db: DbOrTx, id: string) {
  const [row] = await db
    .select({
      id: reportDefinitions.id,
      name: reportDefinitions.name,
      description: reportDefinitions.description,
      template: reportDefinitions.template,
      parameters: reportDefinitions.parameters,
      sections: reportDefinitions.sections,
    })
    .from(reportDefinitions)
    .where(eq(reportDefinitions.id, id));
  return row;
}

export async function insertSchedule(tx: Tx, row: NewReportSchedule): Promise<ReportScheduleRow> {
  const [created] = await tx.insert(reportSchedules).values(row).returning();
  return created!;
}

export async function findSchedule(db: DbOrTx, id: string): Promise<ReportScheduleRow | undefined> {
  const [row] = await db.select().from(reportSchedules).where(eq(reportSchedules.id, id));
  return row;
}

export async function lockSchedule(tx: Tx, id: string): Promise<ReportScheduleRow | undefined> {
  const [row] = await tx.select().from(reportSchedules).where(eq(reportSchedules.id, id)).for('update');
  return row;
}

/** Optimistic update: only when the version is still `version`; undefined when it moved on. */
export async function updateScheduleAtVersion(tx: Tx, id: string, version: number, patch: ReportSchedulePatch): Promise<ReportScheduleRow | undefined> {
  const [row] = await tx
    .update(reportSchedules)
    .set({ ...patch, version: version + 1, updatedAt: new Date() })
    .where(and(eq(reportSchedules.id, id), eq(reportSchedules.version, version)))
    .returning();
  return row;
}

export async function updateSchedule(tx: Tx, id: string, patch: ReportSchedulePatch): Promise<void> {
  await tx.update(reportSchedules).set({ ...patch, updatedAt: new Date() }).where(eq(reportSchedules.id, id));
}

export async function deleteSchedule(tx: Tx, id: string): Promise<boolean> {
  const rows = await tx.delete(reportSchedules).where(eq(reportSchedules.id, id)).returning({ id: reportSchedules.id });
  return rows.length > 0;
}

/** A page in creation order (ids are time-ordered v7), keyset after `afterId`, one extra row for hasNextPage. */
export async function listSchedules(db: DbOrTx, opts: { first: number; afterId: string | null; definitionId?: string | null }): Promise<ReportScheduleRow[]> {
  const conditions = [];
  if (opts.afterId) conditions.push(gt(reportSchedules.id, opts.afterId));
  if (opts.definitionId) conditions.push(eq(reportSchedules.definitionId, opts.definitionId));
  return db
    .select()
    .from(reportSchedules)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(reportSchedules.id))
    .limit(opts.first + 1);
}

export async function countSchedules(db: DbOrTx, definitionId?: string | null): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(reportSchedules)
    .where(definitionId ? eq(reportSchedules.definitionId, definitionId) : undefined);
  return row?.n ?? 0;
}

/** Ids of enabled schedules due at `now`, oldest first (claimed one by one afterwards). */
export async function dueScheduleIds(db: DbOrTx, now: Date, limit: number): Promise<string[]> {
  const rows = await db
    .select({ id: reportSchedules.id })
    .from(reportSchedules)
    .where(and(eq(reportSchedules.enabled, true), lte(reportSchedules.nextRunAt, now)))
    .orderBy(asc(reportSchedules.nextRunAt))
    .limit(limit);
  return rows.map((r) => r.id);
}

/**
 * Claims one due schedule: locked for this transaction, or undefined when it is no longer due or
 * another node holds it (skip locked: that node is firing this occurrence right now).
 */
export async function claimDueSchedule(tx: Tx, id: string, now: Date): Promise<ReportScheduleRow | undefined> {
  const [row] = await tx
    .select()
    .from(reportSchedules)
    .where(and(eq(reportSchedules.id, id), eq(reportSchedules.enabled, true), lte(reportSchedules.nextRunAt, now)))
    .for('update', { skipLocked: true });
  return row;
}

/** The owner's address and status: notices go to ACTIVE owners with an address only. */
export async function scheduleOwner(db: DbOrTx, userId: string) {
  const [row] = await db.select({ id: users.id, email: users.email, status: users.status }).from(users).where(eq(users.id, userId));
  return row;
}

/** A finished run's requester, the schedule version it fired for, its name and period for its delivery message. */
export async function runForDelivery(db: DbOrTx, runId: string) {
  const [row] = await db
    .select({ id: reportRuns.id, definitionId: reportRuns.definitionId, requestedBy: reportRuns.requestedBy, snapshot: reportRuns.definitionSnapshot, occurrenceAt: reportRuns.occurrenceAt, startedAt: reportRuns.startedAt, finishedAt: reportRuns.finishedAt, createdAt: reportRuns.createdAt })
    .from(reportRuns)
    .where(eq(reportRuns.id, runId));
  return row;
}

export async function artifactsByIds(db: DbOrTx, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: reportArtifacts.id, format: reportArtifacts.format, contentType: reportArtifacts.contentType, fileName: reportArtifacts.fileName, sizeBytes: reportArtifacts.sizeBytes, sha256: reportArtifacts.sha256, completedAt: reportArtifacts.completedAt })
    .from(reportArtifacts)
    .where(inArray(reportArtifacts.id, [...ids]))
    .orderBy(asc(reportArtifacts.format));
}

/** Up to `limit` chunks of an artifact after `afterSeq`, in order: read as a stream, never whole. */
export async function artifactChunksAfter(db: DbOrTx, artifactId: string, afterSeq: number, limit: number): Promise<Array<{ seq: number; data: Buffer }>> {
  return db
    .select({ seq: reportArtifactChunks.seq, data: reportArtifactChunks.data })
    .from(reportArtifactChunks)
    .where(and(eq(reportArtifactChunks.artifactId, artifactId), gt(reportArtifactChunks.seq, afterSeq)))
    .orderBy(asc(reportArtifactChunks.seq))
    .limit(limit);
}
