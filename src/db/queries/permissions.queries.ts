import { and, asc, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import {
  delegations,
  permissionSetGrants,
  permissionSetParents,
  permissionSets,
  userGrants,
  userPermissionSets,
  users,
  type PermissionSetRow,
} from '../schema';

export async function findSetById(db: DbOrTx, id: string): Promise<PermissionSetRow | undefined> {
  const [row] = await db.select().from(permissionSets).where(eq(permissionSets.id, id));
  return row;
}

export async function findSetsByIds(db: DbOrTx, ids: readonly string[]): Promise<PermissionSetRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(permissionSets).where(inArray(permissionSets.id, [...ids]));
}

/** Keyset page ordered by name then id (both unique together), for the `permissionSets` query. */
export async function listSets(
  db: DbOrTx,
  page: { first: number; after?: { name: string; id: string } | null },
): Promise<PermissionSetRow[]> {
  const where = page.after
    ? or(
        gt(permissionSets.name, page.after.name),
        and(eq(permissionSets.name, page.after.name), gt(permissionSets.id, page.after.id)),
      )
    : undefined;
  return db
    .select()
    .from(permissionSets)
    .where(where)
    .orderBy(asc(permissionSets.name), asc(permissionSets.id))
    .limit(page.first + 1);
}

export async function countSets(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(permissionSets);
  return row?.n ?? 0;
}

/** Every set with its grants and parents: the whole graph is small and cached per node. */
export async function loadSetGraph(db: DbOrTx) {
  const [sets, grants, parents] = await Promise.all([
    db.select({ id: permissionSets.id, name: permissionSets.name, requireMfa: permissionSets.requireMfa }).from(permissionSets),
    db.select().from(permissionSetGrants),
    db.select().from(permissionSetParents),
  ]);
  return { sets, grants, parents };
}

/** Current (unexpired) set assignments of several users, for the per-request loader. */
export async function setsOfUsers(db: DbOrTx, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  return db
    .select({
      userId: userPermissionSets.userId,
      expiresAt: userPermissionSets.expiresAt,
      set: permissionSets,
    })
    .from(userPermissionSets)
    .innerJoin(permissionSets, eq(permissionSets.id, userPermissionSets.setId))
    .where(
      and(
        inArray(userPermissionSets.userId, [...userIds]),
        or(isNull(userPermissionSets.expiresAt), gt(userPermissionSets.expiresAt, sql`now()`)),
      ),
    )
    .orderBy(asc(permissionSets.name));
}

/** What a user's compiled permissions are made of, apart from the shared set graph. */
export async function loadUserPermissionInputs(db: DbOrTx, userId: string) {
  const [assignments, direct, delegated] = await Promise.all([
    db
      .select({ setId: userPermissionSets.setId, expiresAt: userPermissionSets.expiresAt })
      .from(userPermissionSets)
      .where(eq(userPermissionSets.userId, userId)),
    db.select().from(userGrants).where(eq(userGrants.userId, userId)),
    // A delegation lends what its delegator holds: a suspended or deleted delegator lends nothing.
    db
      .select({ delegation: delegations })
      .from(delegations)
      .innerJoin(users, eq(users.id, delegations.delegatorId))
      .where(
        and(
          eq(delegations.delegateeId, userId),
          isNull(delegations.revokedAt),
          gt(delegations.expiresAt, sql`now()`),
          eq(users.status, 'ACTIVE'),
        ),
      ),
  ]);
  return { assignments, direct, delegated: delegated.map((r) => r.delegation) };
}

export async function insertAssignment(
  db: DbOrTx,
  row: { userId: string; setId: string; expiresAt?: Date | null; grantedBy: string | null },
): Promise<boolean> {
  const rows = await db
    .insert(userPermissionSets)
    .values(row)
    .onConflictDoUpdate({
      target: [userPermissionSets.userId, userPermissionSets.setId],
      set: { expiresAt: row.expiresAt ?? null, grantedBy: row.grantedBy },
    })
    .returning({ userId: userPermissionSets.userId });
  return rows.length === 1;
}

export async function deleteAssignment(db: DbOrTx, userId: string, setId: string): Promise<boolean> {
  const rows = await db
    .delete(userPermissionSets)
    .where(and(eq(userPermissionSets.userId, userId), eq(userPermissionSets.setId, setId)))
    .returning({ userId: userPermissionSets.userId });
  return rows.length === 1;
}

/** Idempotent: creates or refreshes a built-in set (name, description, grants, parents) by key. */
export async function upsertBuiltinSet(
  db: DbOrTx,
  def: { id: string; key: string; name: string; description: string },
): Promise<string> {
  const [row] = await db
    .insert(permissionSets)
    .values({ id: def.id, builtinKey: def.key, name: def.name, description: def.description, isBuiltin: true })
    .onConflictDoUpdate({
      target: permissionSets.builtinKey,
      set: { name: def.name, description: def.description, isBuiltin: true },
    })
    .returning({ id: permissionSets.id });
  return row!.id;
}

export async function replaceSetGrants(
  db: DbOrTx,
  setId: string,
  grants: Array<typeof permissionSetGrants.$inferInsert>,
) {
  await db.delete(permissionSetGrants).where(eq(permissionSetGrants.setId, setId));
  if (grants.length > 0) await db.insert(permissionSetGrants).values(grants);
}

export async function replaceSetParents(db: DbOrTx, setId: string, parentIds: string[]) {
  await db.delete(permissionSetParents).where(eq(permissionSetParents.setId, setId));
  if (parentIds.length > 0) {
    await db.insert(permissionSetParents).values(parentIds.map((parentId) => ({ setId, parentId })));
  }
}

export async function insertSet(db: DbOrTx, row: { id: string; name: string; description: string; requireMfa?: boolean }): Promise<PermissionSetRow> {
  const [created] = await db.insert(permissionSets).values(row).returning();
  return created!;
}

export async function updateSetRow(
  db: DbOrTx,
  id: string,
  patch: { name?: string; description?: string; requireMfa?: boolean },
): Promise<PermissionSetRow | undefined> {
  const [row] = await db
    .update(permissionSets)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(permissionSets.id, id))
    .returning();
  return row;
}

export async function deleteSetRow(db: DbOrTx, id: string): Promise<boolean> {
  const rows = await db.delete(permissionSets).where(eq(permissionSets.id, id)).returning({ id: permissionSets.id });
  return rows.length === 1;
}

export async function setNameTaken(db: DbOrTx, name: string, exceptId?: string): Promise<boolean> {
  const [row] = await db
    .select({ id: permissionSets.id })
    .from(permissionSets)
    .where(eq(sql`lower(${permissionSets.name})`, name.toLowerCase()));
  return !!row && row.id !== exceptId;
}

/**
 * Shared row lock: an assignment in flight keeps the set from being deleted under it (the delete
 * takes the exclusive lock below, so the two serialise instead of failing a foreign key).
 */
export async function findSetForShare(db: DbOrTx, id: string): Promise<PermissionSetRow | undefined> {
  const [row] = await db.select().from(permissionSets).where(eq(permissionSets.id, id)).for('share');
  return row;
}

/** Row lock on a set, so concurrent edits of one set (and its edges) serialise. */
export async function lockSet(db: DbOrTx, id: string): Promise<PermissionSetRow | undefined> {
  const [row] = await db.select().from(permissionSets).where(eq(permissionSets.id, id)).for('update');
  return row;
}

export async function addParentEdge(db: DbOrTx, setId: string, parentId: string): Promise<boolean> {
  const rows = await db
    .insert(permissionSetParents)
    .values({ setId, parentId })
    .onConflictDoNothing()
    .returning({ setId: permissionSetParents.setId });
  return rows.length === 1;
}

export async function removeParentEdge(db: DbOrTx, setId: string, parentId: string): Promise<boolean> {
  const rows = await db
    .delete(permissionSetParents)
    .where(and(eq(permissionSetParents.setId, setId), eq(permissionSetParents.parentId, parentId)))
    .returning({ setId: permissionSetParents.setId });
  return rows.length === 1;
}

/** Sets that inherit from `setId` directly or transitively (children), plus the set itself. */
export async function setAndDescendantIds(db: DbOrTx, setId: string): Promise<string[]> {
  const rows = await db.execute<{ id: string }>(sql`
    with recursive descendants(id) as (
      select ${setId}::uuid
      union
      select p.set_id from ${permissionSetParents} p join descendants d on p.parent_id = d.id
    )
    select id from descendants`);
  return rows.map((r) => r.id);
}

/** Users holding any of these sets (expired assignments included: their caches must drop too). */
export async function holdersOfSets(db: DbOrTx, setIds: readonly string[]): Promise<string[]> {
  if (setIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ userId: userPermissionSets.userId })
    .from(userPermissionSets)
    .where(inArray(userPermissionSets.setId, [...setIds]));
  return rows.map((r) => r.userId);
}

export async function grantsOfSets(db: DbOrTx, setIds: readonly string[]) {
  if (setIds.length === 0) return [];
  return db.select().from(permissionSetGrants).where(inArray(permissionSetGrants.setId, [...setIds]));
}

export async function parentsOfSets(db: DbOrTx, setIds: readonly string[]) {
  if (setIds.length === 0) return [];
  return db
    .select({ setId: permissionSetParents.setId, parent: permissionSets })
    .from(permissionSetParents)
    .innerJoin(permissionSets, eq(permissionSets.id, permissionSetParents.parentId))
    .where(inArray(permissionSetParents.setId, [...setIds]));
}

export async function listAllSets(db: DbOrTx): Promise<PermissionSetRow[]> {
  return db.select().from(permissionSets).orderBy(asc(permissionSets.name), asc(permissionSets.id));
}
