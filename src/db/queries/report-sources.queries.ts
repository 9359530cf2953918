import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client';

/**
 * Reads behind the `users` and `audit` report sections: summaries and keyset batches of rows, so a
 * section of a million rows is read a batch at a time (their series come from countPerBucket).
 */
export interface ReportUserRow {
  id: string;
  name: string;
  email: string | null;
  status: string;
  labels: Record<string, string>;
  createdAt: Date;
  lastLoginAt: Date | null;
}

/** Users that `reachable` admits (deleted ones too, as the `users` list shows them), with email only where `emailReadable` holds, by id. */
export async function reportUsersBatch(db: DbOrTx, where: SQL, emailReadable: SQL, afterId: string | null, limit: number): Promise<ReportUserRow[]> {
  const rows = await db.execute<Record<string, unknown>>(sql`
    select id, name, case when ${emailReadable} then email else null end as email, status::text as status, labels,
      created_at as "createdAt", last_login_at as "lastLoginAt"
    from users where ${where} ${afterId ? sql`and id > ${afterId}` : sql``}
    order by id limit ${limit}`);
  return (rows as unknown as ReportUserRow[]).map((r) => ({
    ...r,
    createdAt: new Date(r.createdAt),
    lastLoginAt: r.lastLoginAt ? new Date(r.lastLoginAt) : null,
  }));
}

export async function reportUserSummary(db: DbOrTx, where: SQL, range: { from: Date; to: Date }) {
  const [row] = (await db.execute<{ total: number; active: number; suspended: number; deleted: number; loggedIn: number; created: number }>(sql`
    select count(*)::int as total,
      count(*) filter (where status = 'ACTIVE')::int as active,
      count(*) filter (where status = 'SUSPENDED')::int as suspended,
      count(*) filter (where status = 'DELETED')::int as deleted,
      count(*) filter (where last_login_at >= ${range.from.toISOString()}::timestamptz and last_login_at < ${range.to.toISOString()}::timestamptz)::int as "loggedIn",
      count(*) filter (where created_at >= ${range.from.toISOString()}::timestamptz and created_at < ${range.to.toISOString()}::timestamptz)::int as created
    from users where ${where}`)) as unknown as Array<{ total: number; active: number; suspended: number; deleted: number; loggedIn: number; created: number }>;
  return row!;
}

export interface ReportAuditRow {
  id: number;
  occurredAt: Date;
  actorType: string;
  actorId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  outcome: string;
}

const auditInRange = (range: { from: Date; to: Date }) =>
  sql`occurred_at >= ${range.from.toISOString()}::timestamptz and occurred_at < ${range.to.toISOString()}::timestamptz`;

/** Audit rows of the range in id order after `afterId`: one bounded batch of a streamed export. */
export async function reportAuditBatch(db: DbOrTx, range: { from: Date; to: Date }, afterId: number, limit: number): Promise<ReportAuditRow[]> {
  const rows = await db.execute<Record<string, unknown>>(sql`
    select id, occurred_at as "occurredAt", actor_type::text as "actorType", actor_id as "actorId", action,
      target_type as "targetType", target_id as "targetId", outcome::text as outcome
    from audit_logs where ${auditInRange(range)} and id > ${afterId} order by id limit ${limit}`);
  return (rows as unknown as ReportAuditRow[]).map((r) => ({ ...r, id: Number(r.id), occurredAt: new Date(r.occurredAt) }));
}

export async function reportAuditSummary(db: DbOrTx, range: { from: Date; to: Date }) {
  const [row] = (await db.execute<{ total: number; denied: number; failed: number; actors: number }>(sql`
    select count(*)::int as total, count(*) filter (where outcome = 'DENIED')::int as denied,
      count(*) filter (where outcome = 'FAILURE')::int as failed, count(distinct actor_id)::int as actors
    from audit_logs where ${auditInRange(range)}`)) as unknown as Array<{ total: number; denied: number; failed: number; actors: number }>;
  return row!;
}

export const auditRangeSql = auditInRange;

/** The busiest actors, actions and target types of the range, `top` of each, in one statement. */
export async function reportAuditTop(db: DbOrTx, range: { from: Date; to: Date }, top: number) {
  const rows = (await db.execute(sql`
    with w as materialized (
      select coalesce(actor_id::text, actor_type::text) as actor, action, coalesce(target_type, '(none)') as target from audit_logs where ${auditInRange(range)}
    )
    select 'actor' as by, actor as key, count(*)::int as n from w group by actor
    union all select 'action', action, count(*)::int from w group by action
    union all select 'target', target, count(*)::int from w group by target`)) as unknown as Array<{ by: 'actor' | 'action' | 'target'; key: string; n: number }>;
  const topOf = (by: string) =>
    rows
      .filter((r) => r.by === by)
      .sort((a, b) => b.n - a.n || a.key.localeCompare(b.key))
      .slice(0, top)
      .map((r) => ({ key: r.key, count: Number(r.n) }));
  return { actors: topOf('actor'), actions: topOf('action'), targets: topOf('target') };
}
