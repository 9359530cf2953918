import { and, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { ipAllowlists, permissionSets, userPermissionSets } from '../schema';

function applicableLists(db: DbOrTx) {
  return db
    .select({ userId: ipAllowlists.userId, permissionSetId: ipAllowlists.permissionSetId, setName: permissionSets.name, cidrs: ipAllowlists.cidrs })
    .from(ipAllowlists)
    .leftJoin(permissionSets, eq(permissionSets.id, ipAllowlists.permissionSetId))
    .leftJoin(
      userPermissionSets,
      and(
        eq(userPermissionSets.setId, ipAllowlists.permissionSetId),
        eq(userPermissionSets.userId, sql.placeholder('userId')),
        or(isNull(userPermissionSets.expiresAt), gt(userPermissionSets.expiresAt, sql`now()`)),
      ),
    )
    .where(or(eq(ipAllowlists.userId, sql.placeholder('userId')), sql`${userPermissionSets.userId} is not null`));
}

const prepared = new WeakMap<object, ReturnType<ReturnType<typeof applicableLists>['prepare']>>();

/**
 * The lists that apply to a user: their own and those of the sets they hold directly (unexpired
 * assignments). One statement, read on every request so a change applies at once on every node.
 */
export async function allowlistsForUser(db: DbOrTx, userId: string) {
  let statement = prepared.get(db);
  if (!statement) {
    statement = applicableLists(db).prepare('ip_allowlists_for_user');
    prepared.set(db, statement);
  }
  return statement.execute({ userId });
}

export type ApplicableAllowlist = Awaited<ReturnType<typeof allowlistsForUser>>[number];

export async function allowlistsOfUsers(db: DbOrTx, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  return db.select({ userId: ipAllowlists.userId, cidrs: ipAllowlists.cidrs }).from(ipAllowlists).where(inArray(ipAllowlists.userId, [...userIds]));
}

export async function allowlistsOfSets(db: DbOrTx, setIds: readonly string[]) {
  if (setIds.length === 0) return [];
  return db
    .select({ permissionSetId: ipAllowlists.permissionSetId, cidrs: ipAllowlists.cidrs })
    .from(ipAllowlists)
    .where(inArray(ipAllowlists.permissionSetId, [...setIds]));
}

export async function findAllowlist(db: DbOrTx, subject: { userId: string } | { permissionSetId: string }) {
  const condition = 'userId' in subject ? eq(ipAllowlists.userId, subject.userId) : eq(ipAllowlists.permissionSetId, subject.permissionSetId);
  const [row] = await db.select().from(ipAllowlists).where(condition);
  return row;
}

/** Replaces the subject's list; an empty list removes the row (no restriction). */
export async function replaceAllowlist(
  db: DbOrTx,
  subject: { userId: string } | { permissionSetId: string },
  row: { id: string; cidrs: string[]; updatedBy: string },
): Promise<void> {
  const condition = 'userId' in subject ? eq(ipAllowlists.userId, subject.userId) : eq(ipAllowlists.permissionSetId, subject.permissionSetId);
  await db.delete(ipAllowlists).where(condition);
  if (row.cidrs.length === 0) return;
  await db.insert(ipAllowlists).values({ ...subject, ...row });
}
