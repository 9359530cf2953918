import { and, eq, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { mfaChallenges, mfaRecoveryCodes, userTotp, type MfaChallengeRow, type UserTotpRow } from '../schema';

export async function findTotp(db: DbOrTx, userId: string): Promise<UserTotpRow | undefined> {
  const [row] = await db.select().from(userTotp).where(eq(userTotp.userId, userId));
  return row;
}

/** A new pending secret (replacing an unconfirmed one); undefined when TOTP is already enabled. */
export async function upsertPendingTotp(db: DbOrTx, userId: string, secretSealed: string): Promise<UserTotpRow | undefined> {
  const [row] = await db
    .insert(userTotp)
    .values({ userId, secretSealed })
    .onConflictDoUpdate({
      target: userTotp.userId,
      set: { secretSealed, lastStep: 0, createdAt: new Date() },
      setWhere: isNull(userTotp.enabledAt),
    })
    .returning();
  return row;
}

/**
 * Accepts time step `step` for the user's authenticator: atomically, and only if it is later than
 * the last accepted one (so a code, even replayed concurrently, works once). `enabling` confirms a
 * pending authenticator; otherwise it must already be enabled.
 */
export async function acceptTotpStep(db: DbOrTx, userId: string, step: number, enabling: boolean): Promise<boolean> {
  const rows = await db
    .update(userTotp)
    .set(enabling ? { lastStep: step, enabledAt: new Date() } : { lastStep: step })
    .where(
      and(
        eq(userTotp.userId, userId),
        lt(userTotp.lastStep, step),
        enabling ? isNull(userTotp.enabledAt) : isNotNull(userTotp.enabledAt),
      ),
    )
    .returning({ userId: userTotp.userId });
  return rows.length === 1;
}

/** Removes the authenticator, recovery codes and pending challenges; true when TOTP was enabled. */
export async function deleteMfa(db: DbOrTx, userId: string): Promise<boolean> {
  const [removed] = await db.delete(userTotp).where(eq(userTotp.userId, userId)).returning({ enabledAt: userTotp.enabledAt });
  await db.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, userId));
  await db.delete(mfaChallenges).where(eq(mfaChallenges.userId, userId));
  return !!removed?.enabledAt;
}

export async function replaceRecoveryCodes(db: DbOrTx, userId: string, rows: Array<{ id: string; codeHash: string }>) {
  await db.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, userId));
  if (rows.length > 0) await db.insert(mfaRecoveryCodes).values(rows.map((r) => ({ ...r, userId })));
}

/** Marks one unused code used; false when it does not exist or was used (single use, race-free). */
export async function useRecoveryCode(db: DbOrTx, userId: string, codeHash: string): Promise<boolean> {
  const rows = await db
    .update(mfaRecoveryCodes)
    .set({ usedAt: new Date() })
    .where(and(eq(mfaRecoveryCodes.userId, userId), eq(mfaRecoveryCodes.codeHash, codeHash), isNull(mfaRecoveryCodes.usedAt)))
    .returning({ id: mfaRecoveryCodes.id });
  return rows.length === 1;
}

export async function countUnusedRecoveryCodes(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(mfaRecoveryCodes)
    .where(and(eq(mfaRecoveryCodes.userId, userId), isNull(mfaRecoveryCodes.usedAt)));
  return row?.n ?? 0;
}

export async function insertChallenge(db: DbOrTx, row: { id: string; userId: string; challengeHash: string; expiresAt: Date }) {
  await db.insert(mfaChallenges).values(row);
}

/** The challenge row, locked: attempts on one challenge are counted one after the other. */
export async function lockChallenge(db: DbOrTx, challengeHash: string): Promise<MfaChallengeRow | undefined> {
  const [row] = await db.select().from(mfaChallenges).where(eq(mfaChallenges.challengeHash, challengeHash)).for('update');
  return row;
}

export async function recordChallengeFailure(db: DbOrTx, id: string): Promise<number> {
  const [row] = await db
    .update(mfaChallenges)
    .set({ failedAttempts: sql`${mfaChallenges.failedAttempts} + 1` })
    .where(eq(mfaChallenges.id, id))
    .returning({ failedAttempts: mfaChallenges.failedAttempts });
  return row?.failedAttempts ?? 0;
}

export async function consumeChallenge(db: DbOrTx, id: string) {
  await db.update(mfaChallenges).set({ consumedAt: new Date() }).where(eq(mfaChallenges.id, id));
}

/** Expired challenges are useless; dropped whenever a new one is issued for the same user. */
export async function deleteDeadChallenges(db: DbOrTx, userId: string) {
  await db.delete(mfaChallenges).where(and(eq(mfaChallenges.userId, userId), sql`(${mfaChallenges.expiresAt} < now() or ${mfaChallenges.consumedAt} is not null)`));
}
