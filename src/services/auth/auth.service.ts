import { z } from 'zod';
import { AppError } from '../../errors/app-error';
import {
  consumeRefreshToken,
  findRefreshToken,
  findSessionWithUserStatus,
  revokeSessionById,
  touchSession,
} from '../../db/queries/auth.queries';
import { findCredentialsByEmail, findUserById, type PublicUser } from '../../db/queries/users.queries';
import { inTransaction } from '../shared/unit-of-work';
import { burnPasswordCheck, verifyPassword } from './password';
import { isSessionUsable, type SessionRow } from './session-cache';
import { issueTokens, startSession } from './session-start';
import { TokenService } from './token.service';
import { AuditedService } from '../shared/audited-service';
import { MfaService } from './mfa.service';
import { assertIpAllowed } from '../security/ip-access';
import { loginFailuresTotal } from '../../metrics/registry';

export interface AuthPayload {
  accessToken: string;
  refreshToken: string;
  expiresAt: Date;
  user: PublicUser;
}

export interface AuthenticatedSession {
  userId: string;
  sessionId: string;
  authenticatedAt: Date;
  authLevel: 'PASSWORD' | 'MFA';
  mfaEnabled: boolean;
}

const loginInput = z.object({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(1024) });
const INVALID_CREDENTIALS = 'Invalid email or password';
/** Writing last_used_at on every request would turn reads into writes; at most once a minute. */
const MAX_TOUCH_INTERVAL_MS = 60_000;

export class AuthService extends AuditedService {

  async login(email: string, password: string): Promise<AuthPayload> {
    const parsed = loginInput.safeParse({ email, password });
    if (!parsed.success) throw AppError.badInput(INVALID_CREDENTIALS, 'email');
    const { ip } = this.ctx.meta;
    await this.deps.loginThrottle.reserve(parsed.data.email, ip);

    const creds = await findCredentialsByEmail(this.deps.database.db, parsed.data.email);
    const ok = creds ? await verifyPassword(creds.passwordHash, password) : (await burnPasswordCheck(password), false);
    if (!creds || !ok || creds.status !== 'ACTIVE') {
      await this.audit.recordStandalone({
        action: 'auth.login_failed',
        outcome: 'FAILURE',
        actor: { type: 'ANONYMOUS' },
        targetType: creds ? 'user' : null,
        targetId: creds?.id ?? null,
        metadata: { reason: !creds ? 'unknown_email' : !ok ? 'bad_password' : 'inactive_user' },
      });
      loginFailuresTotal.inc({ reason: !creds ? 'unknown_email' : !ok ? 'bad_password' : 'inactive_user' });
      await this.threats.loginFailed(parsed.data.email, creds?.id ?? null);
      // One message for every cause, so the response never reveals which emails exist.
      throw AppError.unauthenticated(INVALID_CREDENTIALS);
    }
    await assertIpAllowed(this.deps, this.ctx.meta, { userId: creds.id, via: 'login' });
    await this.deps.loginThrottle.recordSuccess(parsed.data.email, ip);
    await new MfaService(this.deps, this.ctx).challengeIfEnrolled(creds.id);

    return inTransaction(this.deps, this.ctx.log, async (uow) => {
      const { sessionId, payload } = await startSession(this.deps, this.ctx.meta, uow, creds.id);
      await this.audit.record(uow, {
        action: 'auth.login_succeeded',
        actor: { type: 'USER', id: creds.id },
        targetType: 'session',
        targetId: sessionId,
      });
      await this.threats.loginSucceeded(uow, creds.id, sessionId);
      return payload;
    });
  }

  /** Second step of a login that got MFA_REQUIRED: the session it opens is at level MFA. */
  async verifyMfa(challenge: unknown, code: unknown): Promise<AuthPayload> {
    const mfa = new MfaService(this.deps, this.ctx);
    const outcome = await inTransaction(this.deps, this.ctx.log, async (uow) => {
      const done = await mfa.completeChallenge(uow, challenge, code);
      if ('error' in done) return done;
      const { userId, factor } = done.ok;
      const current = await findUserById(uow.tx, userId);
      if (!current || current.status !== 'ACTIVE') return { error: AppError.unauthenticated(INVALID_CREDENTIALS) };
      await assertIpAllowed(this.deps, this.ctx.meta, { userId, via: 'login' });
      const { sessionId, payload } = await startSession(this.deps, this.ctx.meta, uow, userId, 'MFA');
      await this.audit.record(uow, {
        action: 'auth.login_succeeded',
        actor: { type: 'USER', id: userId },
        targetType: 'session',
        targetId: sessionId,
        metadata: { secondFactor: factor },
      });
      await this.threats.loginSucceeded(uow, userId, sessionId);
      return { payload };
    });
    if ('error' in outcome) throw outcome.error;
    return outcome.payload;
  }

  /**
   * Rotation with reuse detection: each refresh token works once. Presenting a used one means it
   * leaked (or a client raced itself), so the whole session is revoked.
   */
  async refresh(refreshToken: string): Promise<AuthPayload> {
    const invalid = () => AppError.unauthenticated('Invalid refresh token');
    if (typeof refreshToken !== 'string' || refreshToken.length < 16 || refreshToken.length > 256) throw invalid();
    const token = await findRefreshToken(this.deps.database.db, TokenService.hashRefreshToken(refreshToken));
    if (!token) throw invalid();

    const outcome = await inTransaction(this.deps, this.ctx.log, async (uow) => {
      const session = await findSessionWithUserStatus(uow.tx, token.sessionId);
      if (!session) return { error: invalid() };
      if (token.usedAt || !(await consumeRefreshToken(uow.tx, token.id))) {
        const revoked = await revokeSessionById(uow.tx, session.id, 'refresh_token_reuse');
        await this.audit.record(uow, {
          action: 'session.refresh_reuse_detected',
          outcome: 'FAILURE',
          actor: { type: 'ANONYMOUS' },
          targetType: 'session',
          targetId: session.id,
          metadata: { userId: session.userId, sessionRevoked: !!revoked },
        });
        await this.threats.refreshTokenReused(uow, session.userId, session.id, !!revoked);
        uow.emit('sessions.revoked', { userId: session.userId, sessionIds: [session.id] });
        return { error: AppError.unauthenticated('Refresh token reuse detected; the session has been revoked') };
      }
      const idleMs = this.deps.config.SESSION_IDLE_TTL_MINUTES * 60_000;
      if (!isSessionUsable(session, idleMs)) return { error: AppError.unauthenticated('Session expired or revoked') };
      await touchSession(uow.tx, session.id, new Date());
      await this.audit.record(uow, {
        action: 'session.refreshed',
        actor: { type: 'USER', id: session.userId },
        targetType: 'session',
        targetId: session.id,
      });
      const user = (await findUserById(uow.tx, session.userId))!;
      return { payload: await issueTokens(this.deps, uow, session.userId, session.id, user) };
    });
    if ('error' in outcome) throw outcome.error;
    return outcome.payload;
  }

  /**
   * Resolves a bearer token to its session, reading the row every time so that a revocation on any
   * node takes effect on the very next request.
   */
  async authenticate(accessToken: string): Promise<AuthenticatedSession> {
    const claims = await this.deps.tokens.verifyAccessToken(accessToken);
    const idleMs = this.deps.config.SESSION_IDLE_TTL_MINUTES * 60_000;
    const usable = (row: SessionRow | undefined): row is SessionRow =>
      !!row && row.userId === claims.userId && isSessionUsable(row, idleMs);
    // The node's session cache (dropped on every revocation, on every node): no statement per request.
    let session = await this.deps.sessionCache.row(claims.sessionId);
    // A cached row may only look idle (another node touched it since): the table decides a refusal.
    if (!usable(session) && session) session = await this.deps.sessionCache.row(claims.sessionId, { fresh: true });
    if (!usable(session)) {
      throw AppError.unauthenticated('Session expired or revoked');
    }
    // A quarter of the idle timeout, so short idle timeouts never expire a session in active use.
    if (Date.now() - session.lastUsedAt.getTime() > Math.min(MAX_TOUCH_INTERVAL_MS, idleMs / 4)) {
      const now = new Date();
      await touchSession(this.deps.database.db, session.id, now);
      this.deps.sessionCache.touched(session.id, now);
    }
    return {
      ...claims,
      authenticatedAt: session.authenticatedAt,
      authLevel: session.authLevel,
      mfaEnabled: session.mfaEnabled,
    };
  }
}
