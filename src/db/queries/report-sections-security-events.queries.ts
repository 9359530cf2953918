import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { securityEvents, users } from '../schema';
import { countPerBucket, rowsOf, toNumber, tsParam, type BucketSpec } from './report-sections-buckets.queries';

export interface SecurityEventScope {
  from: Date;
  to: Date;
  /** The viewer's reach over security events (ids of an IDS-scoped grant), or null for all. */
  reachable: SQL | null;
}

const where = (q: SecurityEventScope): SQL =>
  sql`${securityEvents.occurredAt} >= ${tsParam(q.from)} and ${securityEvents.occurredAt} < ${tsParam(q.to)}${q.reachable ? sql` and ${q.reachable}` : sql``}`;

export async function securityEventsPerBucket(db: DbOrTx, q: SecurityEventScope, b: BucketSpec): Promise<Array<{ t: Date; count: number }>> {
  return countPerBucket(db, { table: securityEvents, time: securityEvents.occurredAt, where: where(q) }, b);
}

export interface SecurityEventBreakdown {
  total: number;
  bySeverity: Array<{ key: string; count: number }>;
  byKind: Array<{ key: string; count: number }>;
}

/** Totals by severity (most severe first) and by kind (most frequent first), in one statement. */
export async function securityEventBreakdown(db: DbOrTx, q: SecurityEventScope): Promise<SecurityEventBreakdown> {
  const result = await db.execute(sql`
    with w as materialized (select ${securityEvents.kind} as kind, ${securityEvents.severity} as severity from ${securityEvents} where ${where(q)})
    select (select count(*) from w)::int as total,
           (select coalesce(json_agg(json_build_object('key', k, 'count', n) order by s desc), '[]')
              from (select severity::text k, severity s, count(*)::int n from w group by severity) x) as by_severity,
           (select coalesce(json_agg(json_build_object('key', k, 'count', n) order by n desc, k), '[]')
              from (select kind k, count(*)::int n from w group by kind) x) as by_kind`);
  const r = rowsOf<Record<string, unknown>>(result)[0]!;
  const list = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as Array<{ key: string; count: number }>;
  return { total: toNumber(r.total), bySeverity: list(r.by_severity), byKind: list(r.by_kind) };
}

export interface SecurityEventReportRow {
  id: string;
  /** The exact timestamp as text (microseconds; a Date keeps only milliseconds): the keyset. */
  atKey: string;
  occurredAt: Date;
  kind: string;
  severity: string;
  userId: string | null;
  userName: string | null;
  ip: string | null;
  summary: string;
  details: Record<string, unknown>;
}

/**
 * One batch of events in time order after the keyset `(occurredAt, id)`. The user's name is shown
 * only where the viewer may read that user (`userReadable`, on `users`; null: everyone; false: no one).
 */
export async function securityEventBatch(
  db: DbOrTx,
  q: SecurityEventScope,
  userReadable: SQL | null | false,
  after: { atKey: string; id: string } | null,
  limit: number,
): Promise<SecurityEventReportRow[]> {
  const keyset = after ? sql` and (${securityEvents.occurredAt}, ${securityEvents.id}) > (${after.atKey}::timestamptz, ${after.id}::uuid)` : sql``;
  const nameJoin =
    userReadable === false
      ? sql`null::text`
      : sql`(select ${users.name} from ${users} where ${users.id} = ${securityEvents.userId}${userReadable ? sql` and ${userReadable}` : sql``})`;
  const rows = await db
    .select({
      id: securityEvents.id,
      atKey: sql<string>`${securityEvents.occurredAt}::text`,
      occurredAt: securityEvents.occurredAt,
      kind: securityEvents.kind,
      severity: securityEvents.severity,
      userId: securityEvents.userId,
      userName: sql<string | null>`${nameJoin}`,
      ip: securityEvents.ip,
      summary: securityEvents.summary,
      details: securityEvents.details,
    })
    .from(securityEvents)
    .where(sql`${where(q)}${keyset}`)
    .orderBy(securityEvents.occurredAt, securityEvents.id)
    .limit(limit);
  return rows;
}
