import { coversAll } from '../../authz/engine';
import type { DelegationRow } from '../../db/schema';
import { delegationsOfUser, findDelegation, insertDelegation, revokeDelegationRow } from '../../db/queries/grants.queries';
import { findUserById } from '../../db/queries/users.queries';
import { AppError } from '../../errors/app-error';
import { isUuid } from '../shared/connection';
import { newId } from '../shared/ids';
import { parseInput } from '../shared/parse-input';
import { inTransaction } from '../shared/unit-of-work';
import { ownedBy, userResource } from '../users/user-snapshot';
import { announcePermissionChange } from './announce';
import { delegationSchema } from './grant.validation';
import { assertDoesNotOutrank } from './outranks';
import { AuditedService } from '../shared/audited-service';
import { requireStepUp } from '../auth/step-up';

const MAX_DELEGATION_DAYS = 90;

/**
 * Delegation: a user lends a subset of their own rights to another, until a mandatory expiry.
 * Never transitive, and evaluated live against what the delegator holds at each check.
 */
export class DelegationService extends AuditedService {

  async delegate(raw: unknown): Promise<DelegationRow> {
    const input = parseInput(delegationSchema, raw);
    // Delegation lends rights. A DENY would restrict the delegatee, who could simply revoke it:
    // restrictions belong in grants and sets, where lifting them is itself checked.
    const denyAt = input.grants.findIndex((g) => g.effect === 'DENY');
    if (denyAt >= 0) throw AppError.badInput('delegations lend rights: only ALLOW grants can be delegated', `input.grants.${denyAt}.effect`);
    const viewer = this.ctx.authz.requireViewer();
    if (input.delegateeId === viewer.userId) throw AppError.badInput('You cannot delegate to yourself', 'input.delegateeId');
    if (input.expiresAt.getTime() > Date.now() + MAX_DELEGATION_DAYS * 86_400_000) {
      throw AppError.badInput(`input.expiresAt must be within ${MAX_DELEGATION_DAYS} days`, 'input.expiresAt');
    }
    const delegatee = await findUserById(this.deps.database.db, input.delegateeId);
    if (!delegatee || delegatee.status !== 'ACTIVE') throw AppError.notFound('User');
    this.ctx.authz.assertCan('permissionSets:delegate', userResource(delegatee));
    requireStepUp(this.deps, this.ctx);
    // Delegated grants end with the delegation: covering is checked against that end.
    const grants = input.grants.map((g) => ({ ...g, validUntil: g.validUntil && g.validUntil < input.expiresAt ? g.validUntil : input.expiresAt }));
    const cover = coversAll(viewer.permissions, grants);
    if (!cover.ok) throw AppError.forbidden(`Cannot delegate ${cover.action}: ${cover.reason}`);
    return inTransaction(this.deps, this.ctx.log, async (uow) => {
      const row = await insertDelegation(uow.tx, {
        id: newId(),
        delegatorId: viewer.userId,
        delegateeId: input.delegateeId,
        grants: input.grants.map((g) => ({ effect: g.effect, action: g.action, scope: g.scope })),
        reason: input.reason ?? null,
        expiresAt: input.expiresAt,
      });
      await this.audit.record(uow, {
        action: 'delegation.created',
        targetType: 'user',
        targetId: input.delegateeId,
        changes: { delegations: { after: { id: row.id, grants: row.grants, expiresAt: row.expiresAt.toISOString() } } },
        metadata: { delegationId: row.id, delegatorId: viewer.userId, reason: row.reason },
      });
      await this.threats.ownerLevelGranted(uow, input.delegateeId, grants, { via: 'DELEGATION', delegationId: row.id });
      await announcePermissionChange(this.deps, uow, [input.delegateeId]);
      return row;
    });
  }

  /** Either side may end a delegation; so may whoever may assign permissions to the delegatee. */
  async revoke(id: string): Promise<boolean> {
    const viewer = this.ctx.authz.requireViewer();
    const existing = isUuid(id) ? await findDelegation(this.deps.database.db, id) : undefined;
    if (!existing) throw AppError.notFound('Delegation');
    // An API key is not a party: it acts only within its grants (revokeDelegation is open to any caller).
    const party = !viewer.apiKeyId && (existing.delegatorId === viewer.userId || existing.delegateeId === viewer.userId);
    if (!party) {
      const delegatee = (await findUserById(this.deps.database.db, existing.delegateeId))!;
      this.ctx.authz.assertCan('permissionSets:assign', userResource(delegatee));
      await assertDoesNotOutrank(this.deps, viewer, delegatee.id);
    }
    return inTransaction(this.deps, this.ctx.log, async (uow) => {
      const revoked = await revokeDelegationRow(uow.tx, id, viewer.userId);
      if (!revoked) throw AppError.conflict('Delegation already revoked');
      await this.audit.record(uow, {
        action: 'delegation.revoked',
        targetType: 'user',
        targetId: existing.delegateeId,
        changes: { delegations: { before: { id, grants: existing.grants } } },
        metadata: { delegationId: id, delegatorId: existing.delegatorId },
      });
      await announcePermissionChange(this.deps, uow, [existing.delegateeId]);
      return true;
    });
  }

  async listFor(userId: string): Promise<DelegationRow[]> {
    const user = isUuid(userId) ? await findUserById(this.deps.database.db, userId) : undefined;
    if (!user) throw AppError.notFound('User');
    this.ctx.authz.assertCan('permissionSets:read', ownedBy('permissionSets', user));
    return delegationsOfUser(this.deps.database.db, userId);
  }
}
