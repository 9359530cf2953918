import { z } from 'zod';
import { findCredentialsByEmail } from '../../db/queries/users.queries';
import { AppError } from '../../errors/app-error';
import { AuditedService } from '../shared/audited-service';
import { inTransaction } from '../shared/unit-of-work';

const emailInput = z.string().trim().min(1).max(320);

/** The admin's answer to a throttled account: lifts its login refusals and slowdown everywhere. */
export class AccountUnlockService extends AuditedService {
  async unlock(email: string): Promise<boolean> {
    const parsed = emailInput.safeParse(email);
    if (!parsed.success) throw AppError.badInput('A valid email is required', 'email');
    this.ctx.authz.assertCan('security:unlock', { type: 'security' });
    // Unknown emails are throttled too (so throttling reveals nothing): unlocking one is allowed.
    const user = await findCredentialsByEmail(this.deps.database.db, parsed.data);
    await inTransaction(this.deps, this.ctx.log, async (uow) => {
      await this.audit.record(uow, {
        action: 'auth.account_unlocked',
        targetType: user ? 'user' : null,
        targetId: user?.id ?? null,
        metadata: user ? null : { unknownAccount: true },
      });
    });
    await this.deps.loginThrottle.unlock(parsed.data);
    return true;
  }
}
