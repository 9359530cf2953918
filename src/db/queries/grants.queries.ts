import { and, desc, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { delegations, permissionSetGrants, userGrants, userPermissionSets, type DelegationRow, type UserGrantRow } from '../schema';

/** Direct grants and delegations: what a user holds outside permission sets. */

export async function insertUserGrant(db: DbOrTx, row: typeof userGrants.$inferInsert): Promise<UserGrantRow> {
  const [created] = await db.insert(userGrants).values(row).returning();
  return created!;
}

export async function findUserGrant(db: DbOrTx, id: string): Promise<UserGrantRow | undefined> {
  const [row] = await db.select().from(userGrants).where(eq(userGrants.id, id));
  return row;
}

export async function deleteUserGrant(db: DbOrTx, id: string): Promise<boolean> {
  const rows = await db.delete(userGrants).where(eq(userGrants.id, id)).returning({ id: userGrants.id });
  return rows.length === 1;
}

export async function insertDelegation(db: DbOrTx, row: typeof delegations.$inferInsert): Promise<DelegationRow> {
  const [created] = await db.insert(delegations).values(row).returning();
  return created!;
}

export async function findDelegation(db: DbOrTx, id: string): Promise<DelegationRow | undefined> {
  const [row] = await db.select().from(delegations).where(eq(delegations.id, id));
  return row;
}

export async function revokeDelegationRow(db: DbOrTx, id: string, revokedBy: string): Promise<DelegationRow | undefined> {
  const [row] = await db
    .update(delegations)
    .set({ revokedAt: new Date(), revokedBy })
    .where(and(eq(delegations.id, id), isNull(delegations.revokedAt)))
    .returning();
  return row;
}

/** Delegations given or received by a user, newest first (revoked and expired included: history). */
export async function delegationsOfUser(db: DbOrTx, userId: string): Promise<DelegationRow[]> {
  return db
    .select()
    .from(delegations)
    .where(or(eq(delegations.delegatorId, userId), eq(delegations.delegateeId, userId)))
    .orderBy(desc(delegations.id))
    .limit(200);
}

/** Users holding live delegations from any of these users: their rights follow the delegator's. */
export async function delegateesOf(db: DbOrTx, delegatorIds: readonly string[]): Promise<string[]> {
  if (delegatorIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ id: delegations.delegateeId })
    .from(delegations)
    .where(and(inArray(delegations.delegatorId, [...delegatorIds]), isNull(delegations.revokedAt), gt(delegations.expiresAt, sql`now()`)));
  return rows.map((r) => r.id);
}

/**
 * Candidates for `whoCan`: users who hold, anywhere, a grant whose pattern could match `patterns`
 * (directly, through a set or an ancestor set, or through a delegation). Each is then checked exactly.
 */
export async function usersWithGrantPatterns(db: DbOrTx, patterns: readonly string[]): Promise<string[]> {
  const list = [...patterns];
  const rows = await db.execute<{ user_id: string }>(sql`
    with recursive matching_sets(id) as (
      select distinct ${permissionSetGrants.setId} from ${permissionSetGrants}
        where ${permissionSetGrants.action} in ${list}
      union
      select p.set_id from permission_set_parents p join matching_sets m on p.parent_id = m.id
    )
    select ${userPermissionSets.userId} as user_id from ${userPermissionSets}
      where ${userPermissionSets.setId} in (select id from matching_sets)
    union
    select ${userGrants.userId} from ${userGrants} where ${userGrants.action} in ${list}
    union
    select ${delegations.delegateeId} from ${delegations}
      where ${delegations.revokedAt} is null and ${delegations.expiresAt} > now()
        and exists (select 1 from jsonb_array_elements(${delegations.grants}) g where g->>'action' in ${list})`);
  return rows.map((r) => r.user_id);
}
