import { markSessionAuthenticated } from '../../db/queries/auth.queries';
import { findPasswordHash } from '../../db/queries/users.queries';
import type { AuthLevel } from '../../authz/authorizer';
import { AppError } from '../../errors/app-error';
import { AuditedService } from '../shared/audited-service';
import { inTransaction } from '../shared/unit-of-work';
import { MfaService, SECOND_FACTOR_METHODS } from './mfa.service';
import { burnPasswordCheck, verifyPassword } from './password';

export interface StepUpStatus {
  authLevel: AuthLevel;
  authenticatedAt: Date;
  validUntil: Date;
}

/**
 * reauthenticate: proves the current session's user again (password, or a second factor once TOTP
 * is enabled) without a new session, so sensitive operations pass their step-up check.
 */
export class ReauthService extends AuditedService {
  async reauthenticate(password: unknown, code: unknown): Promise<StepUpStatus> {
    const viewer = this.ctx.authz.requireSessionViewer();
    if (!viewer.sessionId) throw AppError.forbidden('Only a signed-in session can reauthenticate');
    const mfa = new MfaService(this.deps, this.ctx);
    const enrolled = await mfa.isEnrolled(this.deps.database.db, viewer.userId);
    const pw = typeof password === 'string' && password.length > 0 && password.length <= 1024 ? password : null;
    const otp = typeof code === 'string' && code.trim().length > 0 && code.length <= 64 ? code.trim() : null;
    if (enrolled && !otp) throw new AppError('STEP_UP_REQUIRED', 'code is required: a TOTP or recovery code', { methods: SECOND_FACTOR_METHODS });
    if (!enrolled && !pw) throw new AppError('STEP_UP_REQUIRED', 'password is required', { methods: ['PASSWORD'] });

    const key = `reauth:${viewer.userId}`;
    await this.deps.loginThrottle.reserve(key, this.ctx.meta.ip);
    const level: AuthLevel = enrolled ? 'MFA' : 'PASSWORD';
    const outcome = await inTransaction(this.deps, this.ctx.log, async (uow) => {
      let reason: string | null = null;
      if (pw) {
        const hash = await findPasswordHash(uow.tx, viewer.userId);
        const ok = hash ? await verifyPassword(hash, pw) : (await burnPasswordCheck(pw), false);
        if (!ok) reason = 'bad_password';
      }
      if (!reason && enrolled && !(await mfa.checkSecondFactor(uow, viewer.userId, otp!))) reason = 'bad_code';
      if (reason) {
        await this.audit.record(uow, { action: 'auth.reauthenticated', outcome: 'FAILURE', targetType: 'session', targetId: viewer.sessionId, metadata: { reason } });
        return { error: AppError.forbidden(enrolled ? 'Invalid password or code' : 'Invalid password') };
      }
      await markSessionAuthenticated(uow.tx, viewer.sessionId, level);
      uow.emit('sessions.changed', { userId: viewer.userId, sessionIds: [viewer.sessionId] });
      await this.audit.record(uow, { action: 'auth.reauthenticated', targetType: 'session', targetId: viewer.sessionId, metadata: { level } });
      return { ok: true };
    });
    if ('error' in outcome) throw outcome.error;
    await this.deps.loginThrottle.recordSuccess(key, this.ctx.meta.ip);
    const now = new Date();
    return { authLevel: level, authenticatedAt: now, validUntil: new Date(now.getTime() + this.deps.config.STEP_UP_MAX_AGE * 1000) };
  }
}
