import { and, sql } from 'drizzle-orm';
import { describeScope, reachesEverything, scopeFilter } from '../../../authz/engine';
import {
  accessReviewFigures,
  holdingsOf,
  reviewUserBatch,
  type AccessReviewScope,
  type HoldingRow,
  type ReviewUserRow,
} from '../../../db/queries/report-sections-access-review.queries';
import { labelledReachableSql, usersReachableSql } from '../../../db/queries/scope-sql';
import { users } from '../../../db/schema';
import type { ReportColumn, ReportRow } from '../report-document';
import { cell } from './more-section-helpers';
import type { SectionContext, SectionSource } from './section-source';

export const EXPIRING_SOON_DAYS = 14;
/** Users per statement pair (users, then everything they hold): a batch of rows stays bounded. */
const USER_BATCH = 200;

const COLUMNS: ReportColumn[] = [
  { key: 'user', title: 'User', type: 'string' },
  { key: 'email', title: 'Email', type: 'string' },
  { key: 'status', title: 'Status', type: 'string' },
  { key: 'held', title: 'Holds', type: 'string' },
  { key: 'source', title: 'Source', type: 'string' },
  { key: 'via', title: 'Via', type: 'string' },
  { key: 'effect', title: 'Effect', type: 'string' },
  { key: 'scope', title: 'Scope', type: 'string' },
  { key: 'grantedAt', title: 'Granted at', type: 'datetime' },
  { key: 'expiresAt', title: 'Expires at', type: 'datetime' },
  { key: 'expiresSoon', title: `Expires within ${EXPIRING_SOON_DAYS} days`, type: 'boolean' },
];

/**
 * Which users the review covers: those the users list shows the viewer (users:read scope filter),
 * whose permissions the viewer may inspect (permissionSets:read over what the user owns, as
 * `effectivePermissions` checks), narrowed by the report's labels; deleted users are left out.
 * A user's own permissions are an owned resource with no id of its own: IDS scopes name set ids,
 * which never equal a user id, so passing `users.id` there reaches nothing, as the engine decides.
 */
function reviewScope(ctx: SectionContext, now: Date): AccessReviewScope & { partial: boolean } {
  const perms = ctx.authz.requireViewer().permissions;
  const readable = scopeFilter(perms, 'users:read', now);
  const inspectable = scopeFilter(perms, 'permissionSets:read', now);
  const conditions = [
    ...(reachesEverything(readable) ? [] : [usersReachableSql(readable)]),
    ...(reachesEverything(inspectable) ? [] : [labelledReachableSql(inspectable, { id: users.id, labels: users.labels, ownerId: users.id })]),
    ...(Object.keys(ctx.labels).length > 0 ? [sql`${users.labels} @> ${JSON.stringify(ctx.labels)}::jsonb`] : []),
  ];
  return {
    reachable: conditions.length > 0 ? and(...conditions)! : sql`true`,
    nameReadable: reachesEverything(readable) ? null : usersReachableSql(readable),
    now,
    soon: new Date(now.getTime() + EXPIRING_SOON_DAYS * 86_400_000),
    partial: conditions.length > 0,
  };
}

function holdingRow(ctx: SectionContext, u: ReviewUserRow, h: HoldingRow | null, soon: Date): ReportRow {
  const showEmail = ctx.authz.can('users:readEmail', { type: 'users', id: u.id, labels: u.labels });
  const via = !h ? null : h.source === 'DELEGATED' ? `by ${h.via ?? `user ${h.delegatorId}`}` : h.source === 'INHERITED' ? `via ${h.via}` : null;
  return {
    user: u.name,
    email: showEmail ? u.email : null,
    status: u.status,
    held: h ? h.held : '(baseline only)',
    source: h ? h.source : 'BASELINE',
    via,
    effect: h?.effect ?? null,
    scope: h?.scope ? describeScope(h.scope) : null,
    grantedAt: h?.grantedAt ?? null,
    expiresAt: h?.expiresAt ?? null,
    expiresSoon: !!h?.expiresAt && h.expiresAt <= soon,
  };
}

/**
 * The access review: who holds what, from which set (assigned, or inherited through a parent),
 * direct grant or delegation (and by whom), with its scope and expiry. Users are read in name
 * order, a batch at a time, then everything the batch holds in one statement.
 */
export const accessReviewSection: SectionSource = {
  key: 'accessReview',
  title: 'Access review',
  requires: ['permissionSets:read', 'users:read'],
  async build(ctx) {
    const now = new Date();
    const q = reviewScope(ctx, now);
    const db = ctx.deps.database.db;
    const f = await accessReviewFigures(db, q);
    const rows = (): AsyncIterable<ReportRow> => ({
      async *[Symbol.asyncIterator]() {
        let after: { name: string; id: string } | null = null;
        for (;;) {
          ctx.signal.throwIfAborted();
          const batch = await reviewUserBatch(db, q, after, USER_BATCH);
          const held = await holdingsOf(db, q, batch.map((u) => u.id));
          const byUser = new Map<string, HoldingRow[]>();
          for (const h of held) {
            const list = byUser.get(h.userId);
            if (list) list.push(h);
            else byUser.set(h.userId, [h]);
          }
          for (const u of batch) {
            const items = byUser.get(u.id) ?? [];
            if (items.length === 0) yield holdingRow(ctx, u, null, q.soon);
            for (const h of items) yield holdingRow(ctx, u, h, q.soon);
          }
          if (batch.length < USER_BATCH) return;
          after = { name: batch[batch.length - 1]!.name, id: batch[batch.length - 1]!.id };
        }
      },
    });
    return {
      key: accessReviewSection.key,
      title: accessReviewSection.title,
      note: q.partial ? 'Only the users you may read and whose permissions you may inspect.' : null,
      summary: [
        cell('Users covered', f.usersCovered),
        cell('Holders of Owner', f.ownerHolders),
        cell('Holders of Admin (directly or inherited)', f.adminHolders),
        cell(`Grants expiring within ${EXPIRING_SOON_DAYS} days`, f.expiringSoon),
      ],
      columns: COLUMNS,
      rows,
      series: [],
    };
  },
};
