import { and, count, desc, eq, isNull, lt, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { refreshTokens, sessions, settings, users, type SessionRow } from '../schema';

export async function insertSession(
  db: DbOrTx,
  row: { id: string; userId: string; expiresAt: Date; ip: string | null; userAgent: string | null; authLevel?: 'PASSWORD' | 'MFA' },
): Promise<SessionRow> {
  const [created] = await db.insert(sessions).values(row).returning();
  return created!;
}

export async function insertRefreshToken(db: DbOrTx, row: { id: string; sessionId: string; tokenHash: string }) {
  await db.insert(refreshTokens).values(row);
}

function sessionWithUserStatus(db: DbOrTx) {
  return db
    .select({
      id: sessions.id,
      userId: sessions.userId,
      lastUsedAt: sessions.lastUsedAt,
      expiresAt: sessions.expiresAt,
      revokedAt: sessions.revokedAt,
      authenticatedAt: sessions.authenticatedAt,
      authLevel: sessions.authLevel,
      userStatus: users.status,
      mfaEnabled: users.mfaEnabled,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sql.placeholder('sessionId')));
}

/** Built once per database handle: this query runs on every authenticated request. */
const preparedSessionLookups = new WeakMap<object, ReturnType<ReturnType<typeof sessionWithUserStatus>['prepare']>>();

/** The session behind an access token, with its user's status: one indexed query per request. */
export async function findSessionWithUserStatus(db: DbOrTx, sessionId: string) {
  let prepared = preparedSessionLookups.get(db);
  if (!prepared) {
    prepared = sessionWithUserStatus(db).prepare('session_with_user_status');
    preparedSessionLookups.set(db, prepared);
  }
  const [row] = await prepared.execute({ sessionId });
  return row;
}

export async function findSessionById(db: DbOrTx, id: string): Promise<SessionRow | undefined> {
  const [row] = await db.select().from(sessions).where(eq(sessions.id, id));
  return row;
}

export async function findRefreshToken(db: DbOrTx, tokenHash: string) {
  const [row] = await db.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, tokenHash));
  return row;
}

/** Marks a refresh token used; returns false when a concurrent refresh already did (a reuse). */
export async function consumeRefreshToken(db: DbOrTx, id: string): Promise<boolean> {
  const rows = await db
    .update(refreshTokens)
    .set({ usedAt: new Date() })
    .where(and(eq(refreshTokens.id, id), isNull(refreshTokens.usedAt)))
    .returning({ id: refreshTokens.id });
  return rows.length === 1;
}

export async function touchSession(db: DbOrTx, id: string, at: Date) {
  await db.update(sessions).set({ lastUsedAt: at }).where(eq(sessions.id, id));
}

/** reauthenticate: the session proved itself again, at `level`, just now. */
export async function markSessionAuthenticated(db: DbOrTx, id: string, level: 'PASSWORD' | 'MFA') {
  await db.update(sessions).set({ authenticatedAt: new Date(), authLevel: level }).where(eq(sessions.id, id));
}

export async function revokeSessionById(db: DbOrTx, id: string, reason: string): Promise<SessionRow | undefined> {
  const [row] = await db
    .update(sessions)
    .set({ revokedAt: new Date(), revokedReason: reason })
    .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)))
    .returning();
  return row;
}

/** Revokes every live session of a user (but `exceptId`); returns the ids it revoked. */
export async function revokeSessionsOfUser(db: DbOrTx, userId: string, reason: string, exceptId?: string): Promise<string[]> {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: new Date(), revokedReason: reason })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), exceptId ? ne(sessions.id, exceptId) : undefined))
    .returning({ id: sessions.id });
  return rows.map((r) => r.id);
}

/** The user's live sessions, newest first (ids are UUIDv7), keyset-paginated. */
/** Not revoked and not past the absolute expiry (idle expiry is judged when a token is used). */
const activeSessionConditions = (userId: string) => [eq(sessions.userId, userId), isNull(sessions.revokedAt), sql`${sessions.expiresAt} > now()`];

export async function countActiveSessions(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(sessions).where(and(...activeSessionConditions(userId)));
  return row?.n ?? 0;
}

export async function listActiveSessions(
  db: DbOrTx,
  userId: string,
  page: { first: number; afterId?: string | null },
): Promise<SessionRow[]> {
  const conditions = activeSessionConditions(userId);
  if (page.afterId) conditions.push(lt(sessions.id, page.afterId));
  return db
    .select()
    .from(sessions)
    .where(and(...conditions))
    .orderBy(desc(sessions.id))
    .limit(page.first + 1);
}

/** Inserts the value unless the key exists, then returns whatever is stored: every node agrees. */
export async function getOrCreateSetting(db: DbOrTx, key: string, candidate: string): Promise<string> {
  await db.insert(settings).values({ key, value: candidate }).onConflictDoNothing();
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, key));
  return row!.value;
}
