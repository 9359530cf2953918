import { sql, type SQL } from 'drizzle-orm';
import type { GrantScope } from '../../authz/grant.types';
import type { DbOrTx } from '../client';
import { delegations, permissionSetParents, permissionSets, userGrants, userPermissionSets, users } from '../schema';
import { epochMs, rowsOf, toDateOrNull, toNumber, tsParam } from './report-sections-buckets.queries';

export interface AccessReviewScope {
  /** Users the review covers, as a condition on `users` (scope filters and the report's labels). */
  reachable: SQL;
  /** Users whose names the viewer may read (delegators are named only then), or null for all. */
  nameReadable: SQL | null;
  now: Date;
  /** Grants ending before this are "expiring soon". */
  soon: Date;
}

const covered = (q: AccessReviewScope) => sql`${users.status} <> 'DELETED' and ${q.reachable}`;

export interface ReviewUserRow {
  id: string;
  name: string;
  email: string;
  status: string;
  labels: Record<string, string>;
}

/** One batch of covered users in name order after the keyset `(name, id)`. */
export async function reviewUserBatch(db: DbOrTx, q: AccessReviewScope, after: { name: string; id: string } | null, limit: number): Promise<ReviewUserRow[]> {
  const keyset = after ? sql` and (${users.name}, ${users.id}) > (${after.name}::text, ${after.id}::uuid)` : sql``;
  return db
    .select({ id: users.id, name: users.name, email: users.email, status: users.status, labels: users.labels })
    .from(users)
    .where(sql`${covered(q)}${keyset}`)
    .orderBy(users.name, users.id)
    .limit(limit);
}

export type HoldingSource = 'ASSIGNED' | 'INHERITED' | 'DIRECT' | 'DELEGATED';

export interface HoldingRow {
  userId: string;
  source: HoldingSource;
  /** The set's name, or the grant's action pattern. */
  held: string;
  effect: 'ALLOW' | 'DENY' | null;
  scope: GrantScope | null;
  /** INHERITED: the chain of set names from the assigned set; DELEGATED: the delegator's name (null if not readable). */
  via: string | null;
  delegatorId: string | null;
  grantedAt: Date | null;
  expiresAt: Date | null;
}

const ORDER: Record<HoldingSource, number> = { ASSIGNED: 0, INHERITED: 1, DIRECT: 2, DELEGATED: 3 };

/**
 * Everything the given users hold right now, one row per thing and where it comes from: live set
 * assignments, the sets those inherit (transitively; each once per user, by its shortest chain,
 * unless also assigned), live direct grants, and the grants of live delegations to them.
 */
export async function holdingsOf(db: DbOrTx, q: AccessReviewScope, userIds: string[]): Promise<HoldingRow[]> {
  if (userIds.length === 0) return [];
  const ids = sql`array[${sql.join(userIds.map((id) => sql`${id}`), sql`, `)}]::uuid[]`;
  const now = tsParam(q.now);
  const result = await db.execute(sql`
    with recursive assigned as (
      select ${userPermissionSets.userId} as user_id, ${userPermissionSets.setId} as set_id,
             ${userPermissionSets.createdAt} as granted_at, ${userPermissionSets.expiresAt} as expires_at
      from ${userPermissionSets}
      where ${userPermissionSets.userId} = any(${ids}) and (${userPermissionSets.expiresAt} is null or ${userPermissionSets.expiresAt} > ${now})
    ),
    chain as (
      select a.user_id, p.parent_id as set_id, array[a.set_id, p.parent_id] as path, a.granted_at, a.expires_at
      from assigned a join ${permissionSetParents} p on p.set_id = a.set_id
      union all
      select c.user_id, p.parent_id, c.path || p.parent_id, c.granted_at, c.expires_at
      from chain c join ${permissionSetParents} p on p.set_id = c.set_id
      where not p.parent_id = any(c.path) and cardinality(c.path) < 32
    ),
    inherited as (
      select distinct on (c.user_id, c.set_id) c.*
      from chain c
      where not exists (select 1 from assigned a where a.user_id = c.user_id and a.set_id = c.set_id)
      order by c.user_id, c.set_id, cardinality(c.path), c.expires_at desc nulls first
    )
    select a.user_id, 'ASSIGNED' as source, s.name as held, null as effect, null::jsonb as scope, null as via, null::uuid as delegator_id,
           ${epochMs(sql`a.granted_at`)} as granted_at, ${epochMs(sql`a.expires_at`)} as expires_at
    from assigned a join ${permissionSets} s on s.id = a.set_id
    union all
    select i.user_id, 'INHERITED', s.name, null, null, 
           (select string_agg(ps.name, ' > ' order by u.ord) from unnest(i.path) with ordinality u(id, ord) join ${permissionSets} ps on ps.id = u.id),
           null, ${epochMs(sql`i.granted_at`)}, ${epochMs(sql`i.expires_at`)}
    from inherited i join ${permissionSets} s on s.id = i.set_id
    union all
    select g.user_id, 'DIRECT', g.action, g.effect::text, g.scope, null, null, ${epochMs(sql`g.created_at`)}, ${epochMs(sql`g.valid_until`)}
    from ${userGrants} g
    where g.user_id = any(${ids}) and (g.valid_until is null or g.valid_until > ${now})
    union all
    select d.delegatee_id, 'DELEGATED', e ->> 'action', e ->> 'effect', e -> 'scope',
           (select ${users.name} from ${users} where ${users.id} = d.delegator_id${q.nameReadable ? sql` and ${q.nameReadable}` : sql``}),
           d.delegator_id, ${epochMs(sql`d.created_at`)}, ${epochMs(sql`d.expires_at`)}
    from ${delegations} d cross join lateral jsonb_array_elements(d.grants) e
    where d.delegatee_id = any(${ids}) and d.revoked_at is null and d.expires_at > ${now}`);
  const rows = rowsOf<Record<string, unknown>>(result).map(
    (r): HoldingRow => ({
      userId: String(r.user_id),
      source: r.source as HoldingSource,
      held: String(r.held),
      effect: (r.effect as HoldingRow['effect']) ?? null,
      scope: (typeof r.scope === 'string' ? JSON.parse(r.scope) : r.scope) as GrantScope | null,
      via: (r.via as string | null) ?? null,
      delegatorId: (r.delegator_id as string | null) ?? null,
      grantedAt: toDateOrNull(r.granted_at),
      expiresAt: toDateOrNull(r.expires_at),
    }),
  );
  return rows.sort((a, b) => ORDER[a.source] - ORDER[b.source] || (a.held < b.held ? -1 : a.held > b.held ? 1 : 0));
}

export interface AccessReviewFigures {
  usersCovered: number;
  ownerHolders: number;
  /** Holders of Admin, directly or through a set inheriting it (Owner does). */
  adminHolders: number;
  /** Assignments, direct grants and delegated grants of covered users that end before `soon`. */
  expiringSoon: number;
}

export async function accessReviewFigures(db: DbOrTx, q: AccessReviewScope): Promise<AccessReviewFigures> {
  const now = tsParam(q.now);
  const soon = tsParam(q.soon);
  const result = await db.execute(sql`
    with recursive u as materialized (select ${users.id} as id from ${users} where ${covered(q)}),
    closure as (
      select ${permissionSets.id} as set_id, ${permissionSets.id} as anc_id, 1 as depth from ${permissionSets}
      union all
      select c.set_id, p.parent_id, c.depth + 1 from closure c join ${permissionSetParents} p on p.set_id = c.anc_id where c.depth < 32
    ),
    live as (
      select a.user_id, a.set_id from ${userPermissionSets} a join u on u.id = a.user_id
      where a.expires_at is null or a.expires_at > ${now}
    ),
    held_builtin as (
      select distinct l.user_id, s.builtin_key from live l join closure c on c.set_id = l.set_id
      join ${permissionSets} s on s.id = c.anc_id where s.builtin_key in ('owner', 'admin')
    )
    select (select count(*) from u)::int as users_covered,
           (select count(distinct user_id) from held_builtin where builtin_key = 'owner')::int as owner_holders,
           (select count(distinct user_id) from held_builtin where builtin_key = 'admin')::int as admin_holders,
           ((select count(*) from ${userPermissionSets} a join u on u.id = a.user_id where a.expires_at > ${now} and a.expires_at <= ${soon})
            + (select count(*) from ${userGrants} g join u on u.id = g.user_id where g.valid_until > ${now} and g.valid_until <= ${soon})
            + (select coalesce(sum(jsonb_array_length(d.grants)), 0) from ${delegations} d join u on u.id = d.delegatee_id
                where d.revoked_at is null and d.expires_at > ${now} and d.expires_at <= ${soon}))::int as expiring_soon`);
  const r = rowsOf<Record<string, unknown>>(result)[0]!;
  return {
    usersCovered: toNumber(r.users_covered),
    ownerHolders: toNumber(r.owner_holders),
    adminHolders: toNumber(r.admin_holders),
    expiringSoon: toNumber(r.expiring_soon),
  };
}
