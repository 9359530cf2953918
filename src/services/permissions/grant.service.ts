import type { ActionPattern } from '../../authz/catalogue';
import { covers, coversRemoval } from '../../authz/engine';
import type { UserGrantRow } from '../../db/schema';
import { deleteUserGrant, findUserGrant, insertUserGrant } from '../../db/queries/grants.queries';
import { findUserById } from '../../db/queries/users.queries';
import { AppError } from '../../errors/app-error';
import { isUuid } from '../shared/connection';
import { newId } from '../shared/ids';
import { parseInput } from '../shared/parse-input';
import { inTransaction } from '../shared/unit-of-work';
import { userResource } from '../users/user-snapshot';
import { announcePermissionChange } from './announce';
import { grantSchema } from './grant.validation';
import { assertDoesNotOutrank } from './outranks';
import { AuditedService } from '../shared/audited-service';
import { requireStepUp } from '../auth/step-up';

/** Grants held by one user directly, outside any set. Handing one out follows the assignment rules. */
export class GrantService extends AuditedService {

  async grant(userId: string, raw: unknown): Promise<UserGrantRow> {
    const grant = parseInput(grantSchema, raw, 'grant');
    const viewer = this.ctx.authz.requireViewer();
    const user = isUuid(userId) ? await findUserById(this.deps.database.db, userId) : undefined;
    if (!user) throw AppError.notFound('User');
    this.ctx.authz.assertCan('permissionSets:assign', userResource(user));
    requireStepUp(this.deps, this.ctx);
    await assertDoesNotOutrank(this.deps, viewer, user.id);
    const cover = covers(viewer.permissions, grant);
    if (!cover.ok) throw AppError.forbidden(`Cannot grant ${grant.action}: ${cover.reason}`);
    return inTransaction(this.deps, this.ctx.log, async (uow) => {
      const row = await insertUserGrant(uow.tx, { id: newId(), userId, ...grant, grantedBy: viewer.userId });
      await this.audit.record(uow, {
        action: 'grant.created',
        targetType: 'user',
        targetId: userId,
        changes: { grants: { after: { id: row.id, ...grant } } },
      });
      await this.threats.ownerLevelGranted(uow, userId, [grant], { via: 'DIRECT_GRANT', grantId: row.id });
      await announcePermissionChange(this.deps, uow, [userId]);
      return row;
    });
  }

  async revoke(grantId: string): Promise<boolean> {
    const viewer = this.ctx.authz.requireViewer();
    const existing = isUuid(grantId) ? await findUserGrant(this.deps.database.db, grantId) : undefined;
    if (!existing) throw AppError.notFound('Grant');
    const user = (await findUserById(this.deps.database.db, existing.userId))!;
    this.ctx.authz.assertCan('permissionSets:assign', userResource(user));
    requireStepUp(this.deps, this.ctx);
    await assertDoesNotOutrank(this.deps, viewer, user.id);
    const cover = coversRemoval(viewer.permissions, [{ ...existing, action: existing.action as ActionPattern }]);
    if (!cover.ok) throw AppError.forbidden(`Cannot revoke a grant of ${existing.action}: ${cover.reason}`);
    return inTransaction(this.deps, this.ctx.log, async (uow) => {
      if (!(await deleteUserGrant(uow.tx, grantId))) throw AppError.notFound('Grant');
      await this.audit.record(uow, {
        action: 'grant.revoked',
        targetType: 'user',
        targetId: existing.userId,
        changes: { grants: { before: { id: existing.id, effect: existing.effect, action: existing.action, scope: existing.scope } } },
      });
      await announcePermissionChange(this.deps, uow, [existing.userId]);
      return true;
    });
  }
}
