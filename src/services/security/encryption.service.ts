import { AppError } from '../../errors/app-error';
import { requireStepUp } from '../auth/step-up';
import { AuditedService } from '../shared/audited-service';
import { inTransaction } from '../shared/unit-of-work';
import type { RotationResult } from './secret-box';
import { SEALED_COLUMNS } from './sealed-columns';

/** rotateEncryptionKey: a new active data key, and every sealed column re-encrypted, atomically. */
export class EncryptionService extends AuditedService {
  async rotateEncryptionKey(): Promise<RotationResult> {
    this.ctx.authz.assertCan('security:rotateKeys', { type: 'security' });
    requireStepUp(this.deps, this.ctx);
    try {
      return await inTransaction(this.deps, this.ctx.log, async (uow) => {
        const result = await this.deps.secretBox.rotate(uow.tx, SEALED_COLUMNS);
        await this.audit.record(uow, {
          action: 'security.encryption_key_rotated',
          targetType: 'encryption_key',
          targetId: result.kid,
          metadata: { retiredKeyId: result.retiredKid, resealed: result.resealed, columns: SEALED_COLUMNS.map((c) => c.purpose) },
        });
        return result;
      });
    } catch (err) {
      // A value that no longer opens (key lost, row tampered) aborts the whole rotation: say so.
      if (err instanceof Error && err.name === 'SecretBoxError') {
        this.ctx.log.error({ reason: err.message }, 'encryption key rotation aborted');
        throw AppError.conflict('Rotation aborted: a sealed value could not be opened; nothing was changed');
      }
      throw err;
    }
  }
}
