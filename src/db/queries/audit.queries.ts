import { and, count, desc, eq, gte, inArray, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { auditChainBlocks, auditCheckpoints, auditLogs, type AuditCheckpointRow, type AuditLogRow, type NewAuditLogRow } from '../schema';

export interface AuditLogFilter {
  actorId?: string | null;
  action?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

export async function insertAuditLog(db: DbOrTx, row: NewAuditLogRow): Promise<AuditLogRow> {
  const [created] = await db.insert(auditLogs).values(row).returning();
  return created!;
}

function auditFilterConditions(filter: AuditLogFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.actorId) conditions.push(eq(auditLogs.actorId, filter.actorId));
  if (filter.action) conditions.push(eq(auditLogs.action, filter.action));
  if (filter.targetType) conditions.push(eq(auditLogs.targetType, filter.targetType));
  if (filter.targetId) conditions.push(eq(auditLogs.targetId, filter.targetId));
  if (filter.from) conditions.push(gte(auditLogs.occurredAt, filter.from));
  if (filter.to) conditions.push(lte(auditLogs.occurredAt, filter.to));
  return conditions;
}

/** Rows matching the filter on every page (the list's totalCount). */
export async function countAuditLogs(db: DbOrTx, filter: AuditLogFilter): Promise<number> {
  const [row] = await db.select({ n: count() }).from(auditLogs).where(and(...auditFilterConditions(filter)));
  return row?.n ?? 0;
}

/** Newest first by identity id; every filter combination is served by an index ending in id. */
export async function listAuditLogs(
  db: DbOrTx,
  filter: AuditLogFilter,
  page: { first: number; afterId?: number | null },
): Promise<AuditLogRow[]> {
  const conditions = auditFilterConditions(filter);
  if (page.afterId != null) conditions.push(lt(auditLogs.id, page.afterId));
  return db
    .select()
    .from(auditLogs)
    .where(and(...conditions))
    .orderBy(desc(auditLogs.id))
    .limit(page.first + 1);
}

/** Audit actions that change what a user can do. */
export const PERMISSION_AUDIT_ACTIONS = [
  'permission_set.assigned',
  'permission_set.unassigned',
  'grant.created',
  'grant.revoked',
  'delegation.created',
  'delegation.revoked',
];

/**
 * Every recorded change to what a user can do: events on the user itself, and edits of the sets
 * they hold now (directly or by inheritance). Newest first, keyset-paginated.
 */
export async function listPermissionHistory(
  db: DbOrTx,
  userId: string,
  setIds: readonly string[],
  page: { first: number; afterId?: number | null },
): Promise<AuditLogRow[]> {
  return db
    .select()
    .from(auditLogs)
    .where(and(permissionHistoryCondition(userId, setIds), page.afterId != null ? lt(auditLogs.id, page.afterId) : undefined))
    .orderBy(desc(auditLogs.id))
    .limit(page.first + 1);
}

export async function countPermissionHistory(db: DbOrTx, userId: string, setIds: readonly string[]): Promise<number> {
  const [row] = await db.select({ n: count() }).from(auditLogs).where(permissionHistoryCondition(userId, setIds));
  return row?.n ?? 0;
}

function permissionHistoryCondition(userId: string, setIds: readonly string[]): SQL | undefined {
  const onUser = and(
    eq(auditLogs.targetType, 'user'),
    eq(auditLogs.targetId, userId),
    inArray(auditLogs.action, PERMISSION_AUDIT_ACTIONS),
  );
  const onSets = setIds.length > 0 ? and(eq(auditLogs.targetType, 'permission_set'), inArray(auditLogs.targetId, [...setIds])) : undefined;
  return onSets ? or(onUser, onSets) : onUser;
}

export interface ChainVerification {
  /** Rows whose hash was recomputed and matched, from where verification started. */
  checked: number;
  firstBrokenSeq: number | null;
  /** Rows in the chain (the head's count). */
  headSeq: number;
  headHash: string;
  headBlock: number;
  /** Rows before the block verification started after (0 for a full verification). */
  startRows: number;
}

/**
 * Recomputes the audit hash chain in the database (function `audit_verify_chain`, migration
 * audit_chain_per_transaction): everything, or only the blocks after `fromBlock`.
 */
export async function verifyAuditChain(db: DbOrTx, fromBlock: number | null = null): Promise<ChainVerification> {
  const [row] = await db.execute<{
    checked: string;
    first_broken_seq: string | null;
    head_seq: string;
    head_hash: string;
    head_block: string;
    start_rows: string;
  }>(sql`select * from audit_verify_chain(${fromBlock}::bigint)`);
  return {
    checked: Number(row!.checked),
    firstBrokenSeq: row!.first_broken_seq === null ? null : Number(row!.first_broken_seq),
    headSeq: Number(row!.head_seq),
    headHash: row!.head_hash,
    headBlock: Number(row!.head_block),
    startRows: Number(row!.start_rows),
  };
}

/** Every checkpoint, newest block first (a few per day: verification checks all their MACs). */
export async function listAuditCheckpoints(db: DbOrTx): Promise<AuditCheckpointRow[]> {
  return db.select().from(auditCheckpoints).orderBy(desc(auditCheckpoints.blockSeq), desc(auditCheckpoints.id));
}

export async function insertAuditCheckpoint(db: DbOrTx, row: Omit<AuditCheckpointRow, 'id'>): Promise<AuditCheckpointRow> {
  const [created] = await db.insert(auditCheckpoints).values(row).returning();
  return created!;
}

/** Block number -> (hash, rows up to it), for the blocks that checkpoints name. */
export async function chainBlocksAt(db: DbOrTx, blockSeqs: readonly number[]): Promise<Map<number, { hash: string; chainedRows: number }>> {
  if (blockSeqs.length === 0) return new Map();
  const rows = await db
    .select({ blockSeq: auditChainBlocks.blockSeq, hash: auditChainBlocks.hash, chainedRows: auditChainBlocks.chainedRows })
    .from(auditChainBlocks)
    .where(inArray(auditChainBlocks.blockSeq, [...new Set(blockSeqs)]));
  return new Map(rows.map((r) => [r.blockSeq, { hash: r.hash, chainedRows: r.chainedRows }]));
}
