import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { auditLogs, sessions, users, userTotp } from '../schema';
import { bucketOf, bucketSeries, epochMs, rowsOf, toDate, toNumber, tsParam, type BucketSpec } from './report-sections-buckets.queries';

/** What the audit trail records for a sign-in: password, OIDC, and the second step of an MFA login. */
export const LOGIN_SUCCEEDED = ['auth.login_succeeded', 'auth.oidc_login_succeeded'] as const;
export const LOGIN_FAILED = ['auth.login_failed', 'auth.oidc_login_failed', 'auth.mfa_failed'] as const;

const inList = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);

export interface LoginBucketRow {
  t: Date;
  logins: number;
  failures: number;
}

/** Logins and failed logins per bucket, every bucket of the range present (zeros filled in SQL). */
export async function loginsPerBucket(db: DbOrTx, b: BucketSpec): Promise<LoginBucketRow[]> {
  const result = await db.execute(sql`
    select ${epochMs(sql`s.t`)} as t, coalesce(c.logins, 0)::int as logins, coalesce(c.failures, 0)::int as failures
    from ${bucketSeries(b)} s
    left join (
      select ${bucketOf(auditLogs.occurredAt, b)} as t,
             count(*) filter (where ${auditLogs.action} in (${inList(LOGIN_SUCCEEDED)})) as logins,
             count(*) filter (where ${auditLogs.action} in (${inList(LOGIN_FAILED)})) as failures
      from ${auditLogs}
      where ${auditLogs.occurredAt} >= ${tsParam(b.from)} and ${auditLogs.occurredAt} < ${tsParam(b.to)}
        and ${auditLogs.action} in (${inList([...LOGIN_SUCCEEDED, ...LOGIN_FAILED])})
      group by 1
    ) c on c.t = s.t
    order by s.t`);
  return rowsOf<Record<string, unknown>>(result).map((r) => ({ t: toDate(r.t), logins: toNumber(r.logins), failures: toNumber(r.failures) }));
}

export interface FailureReasonRow {
  reason: string;
  count: number;
}

/** Why sign-ins failed (the reason the audit row names, else the kind of attempt), most frequent first. */
export async function loginFailureReasons(db: DbOrTx, range: { from: Date; to: Date }, top: number): Promise<FailureReasonRow[]> {
  const reason = sql`coalesce(${auditLogs.metadata} ->> 'reason', ${auditLogs.action})`;
  const result = await db.execute(sql`
    select ${reason} as reason, count(*)::int as count
    from ${auditLogs}
    where ${auditLogs.occurredAt} >= ${tsParam(range.from)} and ${auditLogs.occurredAt} < ${tsParam(range.to)}
      and ${auditLogs.action} in (${inList(LOGIN_FAILED)})
    group by 1
    order by 2 desc, 1
    limit ${top}`);
  return rowsOf<Record<string, unknown>>(result).map((r) => ({ reason: String(r.reason), count: toNumber(r.count) }));
}

export interface AccountFigures {
  activeUsers: number;
  mfaUsers: number;
  activeSessions: number;
  usersWithSessions: number;
}

/**
 * Figures over the active users the viewer reaches (`reachable`, null: all): how many have a
 * confirmed TOTP (user_totp.enabled_at, the truth behind users.mfa_enabled), and the sessions open
 * right now (not revoked, not expired).
 */
export async function accountFigures(db: DbOrTx, reachable: SQL | null, now: Date): Promise<AccountFigures> {
  const reach = reachable ? sql`and ${reachable}` : sql``;
  const result = await db.execute(sql`
    with u as materialized (
      select ${users.id} as id from ${users} where ${users.status} = 'ACTIVE' ${reach}
    )
    select (select count(*) from u)::int as active_users,
           (select count(*) from u join ${userTotp} on ${userTotp.userId} = u.id and ${userTotp.enabledAt} is not null)::int as mfa_users,
           (select count(*) from ${sessions} join u on u.id = ${sessions.userId}
             where ${sessions.revokedAt} is null and ${sessions.expiresAt} > ${tsParam(now)})::int as active_sessions,
           (select count(distinct ${sessions.userId}) from ${sessions} join u on u.id = ${sessions.userId}
             where ${sessions.revokedAt} is null and ${sessions.expiresAt} > ${tsParam(now)})::int as users_with_sessions`);
  const r = rowsOf<Record<string, unknown>>(result)[0]!;
  return {
    activeUsers: toNumber(r.active_users),
    mfaUsers: toNumber(r.mfa_users),
    activeSessions: toNumber(r.active_sessions),
    usersWithSessions: toNumber(r.users_with_sessions),
  };
}
