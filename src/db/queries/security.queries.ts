import { and, count, desc, eq, gte, inArray, lt, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import { auditLogs, securityEvents, sessions, type AuditLogRow, type NewSecurityEventRow, type SecurityEventRow } from '../schema';
import type { DbOrTx } from '../client';

/** Null when an event with the same dedup key exists already (raised by this or another node). */
export async function insertSecurityEvent(db: DbOrTx, row: NewSecurityEventRow): Promise<SecurityEventRow | null> {
  const [inserted] = await db.insert(securityEvents).values(row).onConflictDoNothing().returning();
  return inserted ?? null;
}

export interface SecurityEventFilter {
  kinds?: string[] | null;
  /** Severities at or above the requested minimum. */
  severities?: string[] | null;
  userId?: string | null;
  since?: Date | null;
  until?: Date | null;
}

/** Newest first by id (uuid v7: time-ordered); the kind, user and severity indexes end in id. */
function securityEventConditions(filter: SecurityEventFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.kinds?.length) conditions.push(inArray(securityEvents.kind, filter.kinds));
  if (filter.severities) conditions.push(inArray(securityEvents.severity, filter.severities as SecurityEventRow['severity'][]));
  if (filter.userId) conditions.push(eq(securityEvents.userId, filter.userId));
  if (filter.since) conditions.push(gte(securityEvents.occurredAt, filter.since));
  if (filter.until) conditions.push(lte(securityEvents.occurredAt, filter.until));
  return conditions;
}

/** Events matching the filter on every page (the list's totalCount). */
export async function countSecurityEvents(db: DbOrTx, filter: SecurityEventFilter): Promise<number> {
  const [row] = await db.select({ n: count() }).from(securityEvents).where(and(...securityEventConditions(filter)));
  return row?.n ?? 0;
}

export async function listSecurityEvents(
  db: DbOrTx,
  filter: SecurityEventFilter,
  page: { first: number; afterId?: string | null },
): Promise<SecurityEventRow[]> {
  const conditions = securityEventConditions(filter);
  if (page.afterId) conditions.push(lt(securityEvents.id, page.afterId));
  return db
    .select()
    .from(securityEvents)
    .where(and(...conditions))
    .orderBy(desc(securityEvents.id))
    .limit(page.first + 1);
}

/** The audit rows behind a batch of security events: by id, and by the request that raised them. */
export async function auditRowsByIdsOrRequests(
  db: DbOrTx,
  ids: readonly number[],
  requestIds: readonly string[],
  limit: number,
): Promise<AuditLogRow[]> {
  const byId = ids.length > 0 ? inArray(auditLogs.id, [...ids]) : undefined;
  const byRequest = requestIds.length > 0 ? inArray(auditLogs.requestId, [...requestIds]) : undefined;
  if (!byId && !byRequest) return [];
  return db
    .select()
    .from(auditLogs)
    .where(or(byId, byRequest))
    .orderBy(desc(auditLogs.id))
    .limit(limit);
}

/** Recent audit rows of one action, as evidence for a burst (newest first, bounded). */
export async function recentAuditIds(
  db: DbOrTx,
  where: { action: string; since: Date; actorId?: string; targetId?: string; ip?: string },
  limit: number,
): Promise<number[]> {
  const conditions: SQL[] = [eq(auditLogs.action, where.action), gte(auditLogs.occurredAt, where.since)];
  if (where.actorId) conditions.push(eq(auditLogs.actorId, where.actorId));
  if (where.targetId) conditions.push(eq(auditLogs.targetType, 'user'), eq(auditLogs.targetId, where.targetId));
  if (where.ip) conditions.push(eq(auditLogs.ip, where.ip));
  const rows = await db
    .select({ id: auditLogs.id })
    .from(auditLogs)
    .where(and(...conditions))
    .orderBy(desc(auditLogs.id))
    .limit(limit);
  return rows.map((r) => r.id);
}

/** The audit row at a chain position, if it still exists (a removed row leaves a gap). */
export async function auditIdAtChainSeq(db: DbOrTx, seq: number): Promise<number | null> {
  const [row] = await db.select({ id: auditLogs.id }).from(auditLogs).where(eq(auditLogs.chainSeq, seq)).limit(1);
  return row?.id ?? null;
}

/**
 * What the user's earlier sessions say about a new login's IP and user agent: whether any exist
 * at all, and whether one used this IP or this user agent.
 */
export async function priorSessionSignals(
  db: DbOrTx,
  userId: string,
  exceptSessionId: string,
  ip: string | null,
  userAgent: string | null,
): Promise<{ any: boolean; sameIp: boolean; sameUserAgent: boolean }> {
  const [row] = await db
    .select({
      any: sql<number>`count(*)::int`,
      sameIp: ip === null ? sql<number>`0` : sql<number>`count(*) filter (where ${sessions.ip} = ${ip})::int`,
      sameUserAgent:
        userAgent === null ? sql<number>`0` : sql<number>`count(*) filter (where ${sessions.userAgent} = ${userAgent})::int`,
    })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), ne(sessions.id, exceptSessionId)));
  return { any: (row?.any ?? 0) > 0, sameIp: (row?.sameIp ?? 0) > 0, sameUserAgent: (row?.sameUserAgent ?? 0) > 0 };
}
