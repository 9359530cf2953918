import { getTableName } from 'drizzle-orm';
import { deliveries, notificationChannels, reportSchedules, userTotp } from '../../db/schema';
import type { SealedColumnRef } from '../../db/queries/secrets.queries';

export interface SealedColumn extends SealedColumnRef {
  /** Bound into every ciphertext of the column (GCM associated data): `<table>.<column>`. */
  purpose: string;
}

function sealed(ref: SealedColumnRef): SealedColumn {
  return { ...ref, purpose: `${getTableName(ref.table)}.${ref.column.name}` };
}

/**
 * Every column holding secret-box ciphertexts. rotateEncryptionKey re-encrypts exactly these, so a
 * domain that stores a secret (e.g. notification channel credentials) adds its column here and
 * seals with `deps.secretBox.seal(tx, value, SEALED.<name>.purpose)`.
 */
export const SEALED = {
  totpSecret: sealed({ table: userTotp, id: userTotp.userId, column: userTotp.secretSealed }),
  // Notification channel credentials (JSON object of the channel's secrets) and those of inline delivery targets.
  channelSecrets: sealed({ table: notificationChannels, id: notificationChannels.id, column: notificationChannels.secretsSealed }),
  deliveryTargetSecrets: sealed({ table: deliveries, id: deliveries.id, column: deliveries.targetSecretsSealed }),
  // Report schedule recipients' secrets (Slack webhook URLs, webhook signing secrets), by recipient index.
  reportScheduleSecrets: sealed({ table: reportSchedules, id: reportSchedules.id, column: reportSchedules.recipientSecretsSealed }),
} satisfies Record<string, SealedColumn>;

export const SEALED_COLUMNS: readonly SealedColumn[] = Object.values(SEALED);
