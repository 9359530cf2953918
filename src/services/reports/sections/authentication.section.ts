import { and, sql } from 'drizzle-orm';
import { reachesEverything, scopeFilter } from '../../../authz/engine';
import { accountFigures, loginFailureReasons, loginsPerBucket } from '../../../db/queries/report-sections-authentication.queries';
import { usersReachableSql } from '../../../db/queries/scope-sql';
import { users } from '../../../db/schema';
import type { ReportColumn } from '../report-document';
import { bucketsOf, cell, leftOutSection, ratio, rowsFrom, series } from './more-section-helpers';
import type { SectionSource } from './section-source';

const TOP_REASONS = 10;

const COLUMNS: ReportColumn[] = [
  { key: 'bucket', title: 'Period start', type: 'datetime' },
  { key: 'logins', title: 'Logins', type: 'integer' },
  { key: 'failures', title: 'Failed logins', type: 'integer' },
  { key: 'failureRate', title: 'Failure rate', type: 'percent' },
];

/**
 * Sign-ins as the audit trail records them (password, OIDC and second-factor steps), the sessions
 * open now and second-factor adoption. Login figures come from the audit trail, which audit:read
 * reaches whole or not at all; security:read (login statistics, throttling) reaches them too. The
 * account figures (sessions, MFA) count only the users the viewer may read, as the users list does,
 * narrowed by the report's label selector.
 */
export const authenticationSection: SectionSource = {
  key: 'authentication',
  title: 'Authentication',
  requires: ['audit:read', 'security:read'],
  async build(ctx) {
    const viewer = ctx.authz.requireViewer();
    const readsLogins = ctx.authz.can('audit:read', { type: 'audit' }) || ctx.authz.can('security:read', { type: 'security' });
    if (!readsLogins) {
      return leftOutSection(authenticationSection, COLUMNS, 'Left out: sign-in figures need audit:read or security:read over the whole platform, not a scoped grant.');
    }
    const db = ctx.deps.database.db;
    const buckets = await loginsPerBucket(db, bucketsOf(ctx));
    ctx.signal.throwIfAborted();
    const reasons = await loginFailureReasons(db, ctx.range, TOP_REASONS);

    const readable = scopeFilter(viewer.permissions, 'users:read');
    const readsUsers = readable.allow.length > 0 || readable.delegated.length > 0;
    const conditions = [
      ...(reachesEverything(readable) ? [] : [usersReachableSql(readable)]),
      ...(Object.keys(ctx.labels).length > 0 ? [sql`${users.labels} @> ${JSON.stringify(ctx.labels)}::jsonb`] : []),
    ];
    const accounts = readsUsers ? await accountFigures(db, conditions.length > 0 ? and(...conditions)! : null, new Date()) : null;

    const logins = buckets.reduce((n, b) => n + b.logins, 0);
    const failures = buckets.reduce((n, b) => n + b.failures, 0);
    const summary = [
      cell('Logins', logins),
      cell('Failed logins', failures),
      cell('Failure rate', ratio(failures, logins + failures)),
      cell('Active sessions now', accounts?.activeSessions ?? null),
      cell('Users with an active session', accounts?.usersWithSessions ?? null),
      cell('Active users', accounts?.activeUsers ?? null),
      cell('Users with a confirmed TOTP', accounts?.mfaUsers ?? null),
      cell('MFA adoption', accounts ? ratio(accounts.mfaUsers, accounts.activeUsers) : null),
      ...reasons.map((r) => cell(`Failures: ${r.reason}`, r.count)),
    ];
    const rows = buckets.map((b) => ({ bucket: b.t, logins: b.logins, failures: b.failures, failureRate: ratio(b.failures, b.logins + b.failures) }));
    return {
      key: authenticationSection.key,
      title: authenticationSection.title,
      note: accounts
        ? 'Sign-ins and failures per period from the audit trail; sessions and MFA adoption over the active users you may read.'
        : 'Sign-ins and failures per period from the audit trail; sessions and MFA adoption are left out (they need users:read).',
      summary,
      columns: COLUMNS,
      rows: rowsFrom(rows),
      series: [
        series(ctx, 'logins', 'Logins', 'logins', buckets.map((b) => ({ t: b.t, value: b.logins }))),
        series(ctx, 'loginFailures', 'Failed logins', 'failures', buckets.map((b) => ({ t: b.t, value: b.failures }))),
      ],
    };
  },
};
