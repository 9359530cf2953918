import { sql } from 'drizzle-orm';
import { reachesEverything, scopeFilter } from '../../../authz/engine';
import { usersReachableSql } from '../../../db/queries/scope-sql';
import { countPerBucket } from '../../../db/queries/report-sections-buckets.queries';
import { reportUserSummary, reportUsersBatch } from '../../../db/queries/report-sources.queries';
import type { ReportRow, ReportSection } from '../report-document';
import { SECTION_BATCH_ROWS, withRowEstimate } from './index-rows';
import { bucketsOf } from './more-section-helpers';
import type { SectionContext, SectionSource } from './section-source';

/**
 * Users the viewer may read, scope-filtered exactly as the `users` list (label- and id-scoped
 * readers get their slice), narrowed further by the definition's label selector. Emails only where
 * the viewer holds users:readEmail, as the list shows them.
 */
export const usersSection: SectionSource = {
  key: 'users',
  title: 'Users',
  requires: ['users:read'],
  async build(ctx: SectionContext): Promise<ReportSection> {
    const db = ctx.deps.database.db;
    const perms = ctx.authz.requireViewer().permissions;
    const readable = scopeFilter(perms, 'users:read');
    const emails = scopeFilter(perms, 'users:readEmail');
    const parts = [reachesEverything(readable) ? sql`true` : usersReachableSql(readable)];
    if (Object.keys(ctx.labels).length > 0) parts.push(sql`labels @> ${JSON.stringify(ctx.labels)}::jsonb`);
    const where = sql.join(parts.map((p) => sql`(${p})`), sql` and `);
    const emailReadable = reachesEverything(emails) ? sql`true` : emails.allow.length + emails.delegated.length === 0 ? sql`false` : usersReachableSql(emails);

    const summary = await reportUserSummary(db, where, ctx.range);
    const inRange = sql`created_at >= ${ctx.range.from.toISOString()}::timestamptz and created_at < ${ctx.range.to.toISOString()}::timestamptz`;
    const growth = (await countPerBucket(db, { table: sql`users`, time: sql`created_at`, where: sql`${where} and ${inRange}` }, bucketsOf(ctx))).map(({ t, count }) => ({ t, value: count }));
    const labelled = Object.keys(ctx.labels).length > 0;
    const section: ReportSection = {
      key: 'users',
      title: 'Users',
      note: `Users you may read${labelled ? ` with labels ${Object.entries(ctx.labels).map(([k, v]) => `${k}=${v}`).join(', ')}` : ''}; new users per ${ctx.granularity.toLowerCase()} in the range.`,
      summary: [
        { label: 'Users', value: summary.total },
        { label: 'Active', value: summary.active },
        { label: 'Suspended', value: summary.suspended },
        { label: 'Deleted', value: summary.deleted },
        { label: 'New in range', value: summary.created },
        { label: 'Signed in during range', value: summary.loggedIn },
      ],
      columns: [
        { key: 'id', title: 'ID', type: 'string' },
        { key: 'name', title: 'Name', type: 'string' },
        { key: 'email', title: 'Email', type: 'string' },
        { key: 'status', title: 'Status', type: 'string' },
        { key: 'labels', title: 'Labels', type: 'string' },
        { key: 'createdAt', title: 'Created', type: 'datetime' },
        { key: 'lastLoginAt', title: 'Last sign-in', type: 'datetime' },
      ],
      series: [{ key: 'newUsers', title: 'New users', unit: 'users', granularity: ctx.granularity, points: growth, trend: null, forecast: null }],
      rows: () => userRows(ctx, where, emailReadable),
    };
    return withRowEstimate(section, summary.total);
  },
};

async function* userRows(ctx: SectionContext, where: ReturnType<typeof sql>, emailReadable: ReturnType<typeof sql>): AsyncIterable<ReportRow> {
  let after: string | null = null;
  for (;;) {
    ctx.signal.throwIfAborted();
    const batch = await reportUsersBatch(ctx.deps.database.db, where, emailReadable, after, SECTION_BATCH_ROWS);
    for (const u of batch) {
      yield {
        id: u.id,
        name: u.name,
        email: u.email,
        status: u.status,
        labels: Object.entries(u.labels ?? {}).map(([k, v]) => `${k}=${v}`).join(', '),
        createdAt: u.createdAt,
        lastLoginAt: u.lastLoginAt,
      };
    }
    if (batch.length < SECTION_BATCH_ROWS) return;
    after = batch.at(-1)!.id;
  }
}
