import { randomBytes } from 'node:crypto';
import type { Config } from '../config';
import type { Db } from '../db/client';
import { getOrCreateSetting } from '../db/queries/auth.queries';
import { insertAuditLog } from '../db/queries/audit.queries';
import { lockForTransaction } from '../db/queries/locks.queries';
import { insertAssignment } from '../db/queries/permissions.queries';
import { countAllUsers, insertUser } from '../db/queries/users.queries';
import type { Logger } from '../logger';
import { hashPassword } from './auth/password';
import { syncBuiltinSets } from './permissions/builtin-sets.sync';
import { newId } from './shared/ids';

/** AUTH_SECRET when configured; otherwise one generated secret stored in the database for all nodes. */
export async function resolveAuthSecret(db: Db, config: Config): Promise<string> {
  if (config.AUTH_SECRET) return config.AUTH_SECRET;
  return getOrCreateSetting(db, 'auth_secret', randomBytes(48).toString('base64url'));
}

/**
 * First start on an empty database: sync built-in sets and create the owner. Runs under a
 * transaction-scoped advisory lock so two nodes starting together create exactly one owner;
 * an existing owner is never touched again.
 */
export async function bootstrap(db: Db, config: Config, log: Logger): Promise<void> {
  const setIds = await syncBuiltinSets(db);
  const generated = config.ADMIN_PASSWORD ? null : randomBytes(18).toString('base64url');
  const password = config.ADMIN_PASSWORD ?? generated!;
  const email = (config.ADMIN_EMAIL ?? 'admin@localhost').toLowerCase();

  const created = await db.transaction(async (tx) => {
    await lockForTransaction(tx, 'bootstrap');
    if ((await countAllUsers(tx)) > 0) return null;
    // Hashed only on the first start: later starts never pay for it.
    const passwordHash = await hashPassword(password);
    const owner = await insertUser(tx, { id: newId(), email, name: 'Owner', passwordHash });
    await insertAssignment(tx, { userId: owner.id, setId: setIds.get('owner')!, grantedBy: null });
    await insertAuditLog(tx, {
      actorType: 'SYSTEM',
      action: 'system.owner_created',
      targetType: 'user',
      targetId: owner.id,
      outcome: 'SUCCESS',
      changes: { email: { after: owner.email }, password: { after: '[redacted]' } },
    });
    return owner;
  });
  if (!created) {
    // ADMIN_PASSWORD only seeds the first start; an operator who sets it later expects a reset.
    if (config.ADMIN_PASSWORD) {
      log.warn(
        { email },
        'ADMIN_PASSWORD is set but the owner already exists: it is ignored (it only applies to the first start). ' +
          'To set a new owner password run `npm run owner:reset-password`, then unset ADMIN_PASSWORD.',
      );
    }
    return;
  }
  if (generated) {
    // Printed once, on purpose, straight to stdout rather than the structured log pipeline.
    process.stdout.write(
      `\n  Owner account created: ${email}\n  Generated password (shown once): ${generated}\n  Set ADMIN_EMAIL / ADMIN_PASSWORD to choose your own.\n\n`,
    );
  }
  log.info({ email }, 'owner account created');
}
