import type { SessionRow } from '../../db/schema';
import { countActiveSessions, findSessionById, listActiveSessions, revokeSessionById, revokeSessionsOfUser } from '../../db/queries/auth.queries';
import { AppError } from '../../errors/app-error';
import { assertDoesNotOutrank } from '../permissions/outranks';
import { ownedBy } from '../users/user-snapshot';
import { findUserById } from '../../db/queries/users.queries';
import { decodeCursor, encodeCursor, isUuid, pageSize, toConnection, type Connection } from '../shared/connection';
import { inTransaction, type UnitOfWork } from '../shared/unit-of-work';
import { AuditedService } from '../shared/audited-service';

export type SessionView = Omit<SessionRow, 'revokedReason'> & { current: boolean };

export class SessionService extends AuditedService {

  /**
   * Live sessions of one user: the viewer's own by default (baseline SELF grant), anyone else's
   * with sessions:read reaching them (ALL, or LABELS matching the owner's labels). Reading is not
   * acting on someone, so outranking does not apply (as for users and API keys); revoking does.
   */
  async list(userId: string | null | undefined, first?: number | null, after?: string | null): Promise<Connection<SessionView>> {
    const viewer = this.ctx.authz.requireViewer();
    const db = this.deps.database.db;
    const ownerId = userId ?? viewer.userId;
    const owner = isUuid(ownerId) ? await findUserById(db, ownerId) : undefined;
    if (!owner) throw AppError.notFound('User');
    if (!this.ctx.authz.can('sessions:read', ownedBy('sessions', owner))) {
      throw AppError.forbidden(
        owner.id === viewer.userId ? 'Missing permission sessions:read on your own sessions' : "Missing permission sessions:read on this user's sessions",
      );
    }
    const size = pageSize(first);
    const afterId = decodeCursor('sessions', after, isUuid);
    const rows = await listActiveSessions(db, owner.id, { first: size, afterId });
    return toConnection(
      rows,
      size,
      (r) => encodeCursor('sessions', r.id),
      (r) => ({ ...r, current: r.id === viewer.sessionId }),
      () => countActiveSessions(db, owner.id),
    );
  }

  async logout(): Promise<boolean> {
    const viewer = this.ctx.authz.requireViewer();
    if (viewer.sessionId === null) throw AppError.badInput('An API key has no session to log out of; revoke the key with revokeApiKey');
    return this.revokeOne(viewer.sessionId, 'logout');
  }

  async revoke(sessionId: string): Promise<boolean> {
    if (!isUuid(sessionId)) throw AppError.notFound('Session');
    const session = await findSessionById(this.deps.database.db, sessionId);
    if (!session) throw AppError.notFound('Session');
    const owner = (await findUserById(this.deps.database.db, session.userId))!;
    this.ctx.authz.assertCan('sessions:revoke', ownedBy('sessions', owner, session.id));
    // Signing out someone who holds more than you is acting on them: refused like any takeover.
    await assertDoesNotOutrank(this.deps, this.ctx.authz.requireViewer(), session.userId);
    return this.revokeOne(session.id, 'revoked');
  }

  private revokeOne(sessionId: string, reason: string): Promise<boolean> {
    return inTransaction(this.deps, this.ctx.log, async (uow) => {
      const revoked = await revokeSessionById(uow.tx, sessionId, reason);
      if (!revoked) return false;
      await this.audit.record(uow, {
        action: 'session.revoked',
        targetType: 'session',
        targetId: sessionId,
        metadata: { userId: revoked.userId, reason },
      });
      uow.emit('sessions.revoked', { userId: revoked.userId, sessionIds: [sessionId] });
      return true;
    });
  }

  /**
   * Inside another change (suspend, delete, password change): revoke every session of the user in
   * that transaction, except `keepSessionId` when given.
   */
  async revokeAllOfUser(uow: UnitOfWork, userId: string, reason: string, keepSessionId?: string): Promise<number> {
    const ids = await revokeSessionsOfUser(uow.tx, userId, reason, keepSessionId);
    if (ids.length > 0) {
      uow.emit('sessions.revoked', { userId, sessionIds: ids });
    }
    return ids.length;
  }
}
