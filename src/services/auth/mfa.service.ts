import { findUserById, updateUser } from '../../db/queries/users.queries';
import { markSessionAuthenticated } from '../../db/queries/auth.queries';
import {
  acceptTotpStep,
  consumeChallenge,
  countUnusedRecoveryCodes,
  deleteDeadChallenges,
  deleteMfa,
  findTotp,
  insertChallenge,
  lockChallenge,
  recordChallengeFailure,
  replaceRecoveryCodes,
  upsertPendingTotp,
  useRecoveryCode,
} from '../../db/queries/mfa.queries';
import type { DbOrTx } from '../../db/client';
import { AppError } from '../../errors/app-error';
import { assertDoesNotOutrank } from '../permissions/outranks';
import { raiseSecurityEvent } from '../security/raise-security-event';
import { SEALED } from '../security/sealed-columns';
import { AuditedService } from '../shared/audited-service';
import { newId } from '../shared/ids';
import { inTransaction, type UnitOfWork } from '../shared/unit-of-work';
import { requireStepUp } from './step-up';
import { hashChallenge, hashRecoveryCode, isTotpCode, newChallenge, newRecoveryCodes, newTotpSecret, provisioning, totpStep } from './totp';

export type SecondFactor = 'TOTP' | 'RECOVERY_CODE';
export const SECOND_FACTOR_METHODS: SecondFactor[] = ['TOTP', 'RECOVERY_CODE'];
const CHALLENGE_TTL_MS = 5 * 60_000;
/** Wrong codes a login challenge survives; the next login starts a new one (throttled per account). */
export const MAX_CHALLENGE_FAILURES = 3;

type Outcome<T> = { ok: T } | { error: AppError };

/** Second-factor codes come from users: a bounded string, or nothing. */
const cleanCode = (code: unknown): string | null =>
  typeof code === 'string' && code.trim().length > 0 && code.length <= 64 ? code.trim() : null;

/**
 * TOTP second factor: enrolment, confirmation with recovery codes, the login challenge, and
 * removal. Every code check takes a point from the login throttle under a per-user key first.
 */
export class MfaService extends AuditedService {
  async enrollTotp(): Promise<{ otpauthUri: string; qrCodeSvg: string }> {
    const viewer = this.ctx.authz.requireSessionViewer();
    const user = await findUserById(this.deps.database.db, viewer.userId);
    if (!user) throw AppError.unauthenticated();
    const secret = newTotpSecret();
    await inTransaction(this.deps, this.ctx.log, async (uow) => {
      const sealed = await this.deps.secretBox.seal(uow.tx, secret, SEALED.totpSecret.purpose);
      if (!(await upsertPendingTotp(uow.tx, user.id, sealed))) throw AppError.conflict('TOTP is already enabled; disable it first');
      await this.audit.record(uow, { action: 'mfa.enrollment_started', targetType: 'user', targetId: user.id });
    });
    return provisioning(secret, user.email);
  }

  /** Enables the pending authenticator and returns ten recovery codes: shown once, stored hashed. */
  async confirmTotp(rawCode: unknown): Promise<string[]> {
    const viewer = this.ctx.authz.requireSessionViewer();
    const code = cleanCode(rawCode);
    if (!code) throw AppError.badInput('code is required', 'code');
    const pending = await findTotp(this.deps.database.db, viewer.userId);
    if (!pending || pending.enabledAt) throw AppError.conflict('No pending TOTP enrolment: call enrollTotp first');
    await this.throttle(viewer.userId);
    const secret = await this.deps.secretBox.open(pending.secretSealed, SEALED.totpSecret.purpose);
    const step = totpStep(secret, code);
    const outcome = await inTransaction(this.deps, this.ctx.log, async (uow): Promise<Outcome<string[]>> => {
      if (step === null || !(await acceptTotpStep(uow.tx, viewer.userId, step, true))) {
        await this.audit.record(uow, { action: 'auth.mfa_failed', outcome: 'FAILURE', targetType: 'user', targetId: viewer.userId, metadata: { during: 'confirmTotp' } });
        return { error: AppError.badInput('Invalid code', 'code') };
      }
      const codes = newRecoveryCodes();
      await replaceRecoveryCodes(uow.tx, viewer.userId, codes.map((c) => ({ id: newId(), codeHash: hashRecoveryCode(c) })));
      await updateUser(uow.tx, viewer.userId, { mfaEnabled: true });
      // The code just proved possession: this session counts as MFA-authenticated from now.
      await markSessionAuthenticated(uow.tx, viewer.sessionId, 'MFA');
      // Every session of the user now needs MFA for step-up: nodes drop what they cached of them.
      uow.emit('sessions.changed', { userId: viewer.userId, sessionIds: null });
      await this.audit.record(uow, { action: 'mfa.enabled', targetType: 'user', targetId: viewer.userId, metadata: { method: 'TOTP', recoveryCodes: codes.length } });
      return { ok: codes };
    });
    if ('error' in outcome) throw outcome.error;
    await this.throttleSuccess(viewer.userId);
    return outcome.ok;
  }

  /** Needs a current TOTP or recovery code: that fresh second factor is this operation's step-up. */
  async disableTotp(rawCode: unknown): Promise<boolean> {
    const viewer = this.ctx.authz.requireSessionViewer();
    const code = cleanCode(rawCode);
    if (!code) {
      throw new AppError('STEP_UP_REQUIRED', 'disableTotp needs a current TOTP code or a recovery code', { methods: SECOND_FACTOR_METHODS });
    }
    const current = await findTotp(this.deps.database.db, viewer.userId);
    if (!current?.enabledAt) throw AppError.conflict('TOTP is not enabled');
    await this.throttle(viewer.userId);
    const outcome = await inTransaction(this.deps, this.ctx.log, async (uow): Promise<Outcome<true>> => {
      const factor = await this.checkSecondFactor(uow, viewer.userId, code);
      if (!factor) {
        await this.audit.record(uow, { action: 'auth.mfa_failed', outcome: 'FAILURE', targetType: 'user', targetId: viewer.userId, metadata: { during: 'disableTotp' } });
        return { error: AppError.forbidden('Invalid second-factor code') };
      }
      await this.remove(uow, viewer.userId, { by: 'self', factor });
      return { ok: true };
    });
    if ('error' in outcome) throw outcome.error;
    await this.throttleSuccess(viewer.userId);
    return true;
  }

  /** An administrator removes someone's second factor (lost device); never on someone who outranks them. */
  async resetMfa(userId: string): Promise<boolean> {
    const viewer = this.ctx.authz.requireViewer();
    const user = typeof userId === 'string' && /^[0-9a-f-]{36}$/i.test(userId) ? await findUserById(this.deps.database.db, userId) : undefined;
    if (!user) throw AppError.notFound('User');
    this.ctx.authz.assertCan('security:resetMfa', { type: 'security', id: user.id, ownerId: user.id, labels: user.labels });
    requireStepUp(this.deps, this.ctx);
    await assertDoesNotOutrank(this.deps, viewer, user.id);
    return inTransaction(this.deps, this.ctx.log, async (uow) => {
      if (!(await this.remove(uow, user.id, { by: 'admin' }))) throw AppError.conflict('This user has no second factor');
      return true;
    });
  }

  private async remove(uow: UnitOfWork, userId: string, how: { by: 'self' | 'admin'; factor?: SecondFactor }): Promise<boolean> {
    const wasEnabled = await deleteMfa(uow.tx, userId);
    if (!wasEnabled) return false;
    await updateUser(uow.tx, userId, { mfaEnabled: false });
    uow.emit('sessions.changed', { userId, sessionIds: null });
    await this.audit.record(uow, { action: 'mfa.disabled', targetType: 'user', targetId: userId, metadata: { method: 'TOTP', ...how } });
    await raiseSecurityEvent(
      this.deps,
      this.ctx.meta,
      {
        kind: 'MFA_DISABLED',
        severity: how.by === 'admin' ? 'HIGH' : 'MEDIUM',
        summary: how.by === 'admin' ? 'An administrator removed a user\'s second factor' : 'A user disabled their second factor',
        userId,
        details: { by: how.by, actorId: this.ctx.authz.viewer?.userId ?? null },
      },
      uow,
    );
    return true;
  }

  /** Called by login after a correct password: throws MFA_REQUIRED with a challenge when enrolled. */
  async challengeIfEnrolled(userId: string): Promise<void> {
    const totp = await findTotp(this.deps.database.db, userId);
    if (!totp?.enabledAt) return;
    const challenge = newChallenge();
    await inTransaction(this.deps, this.ctx.log, async (uow) => {
      await deleteDeadChallenges(uow.tx, userId);
      await insertChallenge(uow.tx, { id: newId(), userId, challengeHash: hashChallenge(challenge), expiresAt: new Date(Date.now() + CHALLENGE_TTL_MS) });
      await this.audit.record(uow, { action: 'auth.mfa_challenged', actor: { type: 'ANONYMOUS' }, targetType: 'user', targetId: userId });
    });
    throw new AppError('MFA_REQUIRED', 'A second factor is required: call verifyMfa with this challenge and a code', {
      challenge,
      methods: SECOND_FACTOR_METHODS,
    });
  }

  /**
   * Inside verifyMfa's transaction: the challenge is consumed on success; a wrong code counts
   * against it (committed, the caller returns the error from the transaction) until it is dead.
   */
  async completeChallenge(uow: UnitOfWork, rawChallenge: unknown, rawCode: unknown): Promise<Outcome<{ userId: string; factor: SecondFactor }>> {
    const dead = { error: AppError.unauthenticated('The MFA challenge is invalid or expired; log in again') };
    if (typeof rawChallenge !== 'string' || rawChallenge.length < 20 || rawChallenge.length > 100) return dead;
    const row = await lockChallenge(uow.tx, hashChallenge(rawChallenge));
    if (!row || row.consumedAt || row.expiresAt.getTime() <= Date.now() || row.failedAttempts >= MAX_CHALLENGE_FAILURES) return dead;
    await this.throttle(row.userId);
    const code = cleanCode(rawCode);
    const factor = code ? await this.checkSecondFactor(uow, row.userId, code) : null;
    if (!factor) {
      const failures = await recordChallengeFailure(uow.tx, row.id);
      const attemptsLeft = Math.max(0, MAX_CHALLENGE_FAILURES - failures);
      await this.audit.record(uow, {
        action: 'auth.mfa_failed',
        outcome: 'FAILURE',
        actor: { type: 'ANONYMOUS' },
        targetType: 'user',
        targetId: row.userId,
        metadata: { during: 'verifyMfa', attemptsLeft },
      });
      return { error: AppError.unauthenticated(attemptsLeft > 0 ? 'Invalid code' : 'Invalid code; the MFA challenge is spent, log in again') };
    }
    await consumeChallenge(uow.tx, row.id);
    await this.throttleSuccess(row.userId);
    return { ok: { userId: row.userId, factor } };
  }

  /**
   * A current TOTP code (each time step accepted once) or an unused recovery code (then used up).
   * Returns which one matched, or null. Failures are audited by the caller, who knows the context.
   */
  async checkSecondFactor(uow: UnitOfWork, userId: string, code: string): Promise<SecondFactor | null> {
    const totp = await findTotp(uow.tx, userId);
    if (!totp?.enabledAt) return null;
    if (isTotpCode(code)) {
      const step = totpStep(await this.deps.secretBox.open(totp.secretSealed, SEALED.totpSecret.purpose), code);
      return step !== null && (await acceptTotpStep(uow.tx, userId, step, false)) ? 'TOTP' : null;
    }
    if (!(await useRecoveryCode(uow.tx, userId, hashRecoveryCode(code)))) return null;
    await this.audit.record(uow, {
      action: 'mfa.recovery_code_used',
      targetType: 'user',
      targetId: userId,
      actor: { type: 'USER', id: userId },
      metadata: { remaining: await countUnusedRecoveryCodes(uow.tx, userId) },
    });
    return 'RECOVERY_CODE';
  }

  async isEnrolled(db: DbOrTx, userId: string): Promise<boolean> {
    return !!(await findTotp(db, userId))?.enabledAt;
  }

  private throttle(userId: string) {
    return this.deps.loginThrottle.reserve(`mfa:${userId}`, this.ctx.meta.ip);
  }

  private throttleSuccess(userId: string) {
    return this.deps.loginThrottle.recordSuccess(`mfa:${userId}`, this.ctx.meta.ip);
  }
}
