import { randomBytes } from 'node:crypto';
import type { Db } from '../db/client';
import { insertAuditLog } from '../db/queries/audit.queries';
import { revokeSessionsOfUser } from '../db/queries/auth.queries';
import { appendEvents } from '../db/queries/events.queries';
import { listOwners } from '../db/queries/owner-recovery.queries';
import { lockUser, updateUser } from '../db/queries/users.queries';
import type { AuditEventName } from './audit/audit-events';
import { toAuditMessage } from './audit/audit.service';
import { hashPassword } from './auth/password';
import { passwordSchema } from './users/user.validation';

export interface OwnerPasswordReset {
  userId: string;
  email: string;
  /** The new password (generated unless one was given): the CLI prints it once. */
  password: string;
  generated: boolean;
  revokedSessions: number;
}

/** A refusal the CLI prints as its one line (no stack). */
export class OwnerRecoveryError extends Error {
  override name = 'OwnerRecoveryError';
}

const ACTION: AuditEventName = 'system.owner_password_reset';

/**
 * Owner recovery for a lost password (npm run owner:reset-password): whoever can reach the
 * database sets a new password for the owner, every session of the owner is revoked, and the
 * audit event is written in the same transaction (actor SYSTEM, no password in it). The events
 * go through the event log, whose NOTIFY wakes running nodes: they drop the revoked sessions
 * from their caches at once.
 */
export async function resetOwnerPassword(
  db: Db,
  opts: { email?: string; password?: string; eventChannel: string },
): Promise<OwnerPasswordReset> {
  const owners = await listOwners(db);
  if (owners.length === 0) throw new OwnerRecoveryError('no owner exists yet: start the server once (it creates the owner), or check DATABASE_URL');
  let owner = owners[0]!;
  if (opts.email) {
    const wanted = opts.email.trim().toLowerCase();
    const match = owners.find((o) => o.email === wanted);
    if (!match) throw new OwnerRecoveryError(`${wanted} is not an owner; owners: ${owners.map((o) => o.email).join(', ')}`);
    owner = match;
  } else if (owners.length > 1) {
    throw new OwnerRecoveryError(`there are ${owners.length} owners (${owners.map((o) => o.email).join(', ')}); name one with --email`);
  }
  const generated = opts.password === undefined;
  const password = opts.password ?? randomBytes(18).toString('base64url');
  const valid = passwordSchema.safeParse(password);
  if (!valid.success) throw new OwnerRecoveryError(`the new password ${valid.error.issues[0]!.message}`);
  const passwordHash = await hashPassword(password);

  const revoked = await db.transaction(async (tx) => {
    const user = await lockUser(tx, owner.id);
    if (!user) throw new OwnerRecoveryError(`${owner.email} no longer exists`);
    await updateUser(tx, owner.id, { passwordHash });
    const sessionIds = await revokeSessionsOfUser(tx, owner.id, 'owner_password_reset');
    const row = await insertAuditLog(tx, {
      actorType: 'SYSTEM',
      action: ACTION,
      targetType: 'user',
      targetId: owner.id,
      outcome: 'SUCCESS',
      changes: { password: { before: '[redacted]', after: '[redacted]' } },
      metadata: { revokedSessions: sessionIds.length, via: 'cli' },
    });
    await appendEvents(
      tx,
      [
        ...(sessionIds.length > 0 ? [{ topic: 'sessions.revoked', payload: { userId: owner.id, sessionIds } }] : []),
        { topic: 'audit.logged', payload: JSON.parse(JSON.stringify(toAuditMessage(row))) as unknown },
      ],
      opts.eventChannel,
    );
    return sessionIds.length;
  });
  return { userId: owner.id, email: owner.email, password, generated, revokedSessions: revoked };
}
