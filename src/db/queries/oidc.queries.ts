import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../client';
import { oidcLoginStates, permissionSets, userIdentities, userPermissionSets, users, type OidcLoginStateRow } from '../schema';
import { publicUserColumns, type PublicUser } from './users.queries';
import { ADVISORY_LOCKS } from './locks.queries';

export async function insertLoginState(db: DbOrTx, row: { state: string; nonce: string; codeVerifier: string; expiresAt: Date }) {
  await db.insert(oidcLoginStates).values(row);
}

export async function purgeExpiredLoginStates(db: DbOrTx): Promise<void> {
  await db.delete(oidcLoginStates).where(lte(oidcLoginStates.expiresAt, sql`now()`));
}

/** Deletes and returns the row in one statement: two callbacks racing with one state cannot both get it. */
export async function consumeLoginState(db: DbOrTx, state: string): Promise<OidcLoginStateRow | undefined> {
  const [row] = await db.delete(oidcLoginStates).where(eq(oidcLoginStates.state, state)).returning();
  return row;
}

export async function findIdentity(db: DbOrTx, issuer: string, subject: string) {
  const [row] = await db
    .select({ id: userIdentities.id, userId: userIdentities.userId })
    .from(userIdentities)
    .where(and(eq(userIdentities.issuer, issuer), eq(userIdentities.subject, subject)));
  return row;
}

export async function insertIdentity(db: DbOrTx, row: { id: string; userId: string; issuer: string; subject: string; email: string | null }) {
  await db.insert(userIdentities).values({ ...row, lastLoginAt: new Date() });
}

export async function touchIdentity(db: DbOrTx, id: string): Promise<void> {
  await db.update(userIdentities).set({ lastLoginAt: new Date() }).where(eq(userIdentities.id, id));
}

export async function findUserByEmail(db: DbOrTx, email: string): Promise<PublicUser | undefined> {
  const [row] = await db.select(publicUserColumns).from(users).where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return row;
}

/** Permission sets by name, case-insensitively (names are unique that way). */
export async function findSetsByNames(db: DbOrTx, names: readonly string[]) {
  if (names.length === 0) return [];
  const lowered = [...new Set(names.map((n) => n.toLowerCase()))];
  return db
    .select({ id: permissionSets.id, name: permissionSets.name })
    .from(permissionSets)
    .where(inArray(sql`lower(${permissionSets.name})`, lowered));
}

/**
 * Adds the sets the user does not hold. An assignment that has expired is renewed without an end;
 * a current one (time-limited or not) is left exactly as it is. Returns the set ids added.
 */
export async function addMissingAssignments(db: DbOrTx, userId: string, setIds: readonly string[]): Promise<string[]> {
  if (setIds.length === 0) return [];
  const rows = await db
    .insert(userPermissionSets)
    .values(setIds.map((setId) => ({ userId, setId, expiresAt: null, grantedBy: null })))
    .onConflictDoUpdate({
      target: [userPermissionSets.userId, userPermissionSets.setId],
      set: { expiresAt: null, grantedBy: null },
      setWhere: lte(userPermissionSets.expiresAt, sql`now()`),
    })
    .returning({ setId: userPermissionSets.setId });
  return rows.map((r) => r.setId);
}

/** Serialises sign-ins of one external identity across nodes, so its first sign-in links once. */
export async function lockIdentityForTransaction(tx: Tx, issuer: string, subject: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${ADVISORY_LOCKS.oidcIdentity}, hashtext(${`${issuer} ${subject}`}))`);
}
