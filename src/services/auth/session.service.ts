import type { SessionRow } from '../../db/schema';
import { findSessionById, listActiveSessions, revokeSessionById, revokeSessionsOfUser } from '../../db/queries/auth.queries';
import { AppError } from '../../errors/app-error';
import { assertDoesNotOutrank } from '../permissions/outranks';
import { ownedBy } from '../users/user-snapshot';
import { findUserById } from '../../db/queries/users.queries';
import { decodeCursor, encodeCursor, isUuid, pageSize, toConnection, type Connection } from '../shared/connection';
import { inTransaction, type UnitOfWork } from '../shared/unit-of-work';
import { AuditedService } from '../shared/audited-service';

export type SessionView = Omit<SessionRow, 'revokedReason'> & { current: boolean };

export class SessionService extends AuditedService {

  /** The viewer's own live sessions. */
  async listOwn(first?: number | null, after?: string | null): Promise<Connection<SessionView>> {
    const viewer = this.ctx.authz.requireViewer();
    this.ctx.authz.assertCan('sessions:read', { type: 'sessions', ownerId: viewer.userId });
    const size = pageSize(first);
    const afterId = decodeCursor('sessions', after, isUuid);
    const rows = await listActiveSessions(this.deps.database.db, viewer.userId, { first: size, afterId });
    return toConnection(rows, size, (r) => encodeCursor('sessions', r.id), (r) => ({ ...r, current: r.id === viewer.sessionId }));
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
