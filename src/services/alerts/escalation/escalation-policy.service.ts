import {
  clearDefaultPolicy,
  countPolicies,
  deletePolicyRow,
  existingChannelIds,
  existingUsers,
  insertPolicy,
  listPolicies,
  lockPolicy,
  policyNameTaken,
  updatePolicyRow,
} from '../../../db/queries/escalation.queries';
import { scopeFilter } from '../../../authz/engine';
import type { AlertEscalationRow, EscalationLevel, EscalationPolicyRow } from '../../../db/schema';
import { AppError } from '../../../errors/app-error';
import { AuditedService } from '../../shared/audited-service';
import { decodeCursor, encodeCursor, isUuid, pageSize, toConnection, type Connection } from '../../shared/connection';
import { newId } from '../../shared/ids';
import { parseInput } from '../../shared/parse-input';
import { inTransaction, type UnitOfWork } from '../../shared/unit-of-work';
import { userResource } from '../../users/user-snapshot';
import { createPolicySchema, updatePolicySchema } from './escalation-policy.validation';

const ALERTS = { type: 'alerts' } as const;
/** Refusals of `assertMayNameUsers`, told apart from other FORBIDDEN errors to audit them. */
const userTargetRefusals = new WeakSet<AppError>();
type Action = 'escalation_policy.created' | 'escalation_policy.updated' | 'escalation_policy.deleted';

const describe = (p: EscalationPolicyRow) => ({
  name: p.name,
  levels: p.levels,
  repeatCount: p.repeatCount,
  ackTimeoutSeconds: p.ackTimeoutSeconds,
  userEmailChannelId: p.userEmailChannelId,
  isDefault: p.isDefault,
  version: p.version,
});

/**
 * Escalation policies (alerts:write to change, alerts:read to list). A change bumps `version`;
 * alerts already escalating keep the snapshot they fired with (alert_escalations.policy).
 */
export class EscalationPolicyService extends AuditedService {
  async list(first?: number | null, after?: string | null): Promise<Connection<EscalationPolicyRow>> {
    this.ctx.authz.assertCan('alerts:read', ALERTS);
    const size = pageSize(first);
    const afterId = decodeCursor('escalationPolicies', after, isUuid);
    const db = this.deps.database.db;
    const rows = await listPolicies(db, { first: size, afterId });
    return toConnection(rows, size, (r) => encodeCursor('escalationPolicies', r.id), undefined, () => countPolicies(db));
  }

  /** The escalation of an alert the caller already read (the parent field checked alerts:read and its scope). */
  /** The escalation of an alert the caller has already read (batched over a page by the loader). */
  escalationView(row: AlertEscalationRow | null) {
    if (!row) return null;
    return { ...row, policyName: row.policy.name, levels: row.policy.levels, repeatCount: row.policy.repeatCount, ackTimeoutSeconds: row.policy.ackTimeoutSeconds };
  }

  async create(raw: unknown): Promise<EscalationPolicyRow> {
    await this.guard('escalation_policy.created', null);
    const input = parseInput(createPolicySchema, raw);
    const created = inTransaction(this.deps, this.ctx.log, async (uow) => {
      if (await policyNameTaken(uow.tx, input.name)) throw AppError.conflict(`An escalation policy named ${input.name} exists`);
      await this.checkTargets(uow, input.levels, input.userEmailChannelId ?? null);
      const id = newId();
      if (input.isDefault) await clearDefaultPolicy(uow.tx, id);
      const policy = await insertPolicy(uow.tx, {
        id,
        name: input.name,
        description: input.description ?? null,
        levels: input.levels,
        repeatCount: input.repeatCount,
        ackTimeoutSeconds: input.ackTimeoutSeconds ?? null,
        userEmailChannelId: input.userEmailChannelId ?? null,
        isDefault: input.isDefault,
        createdBy: this.ctx.authz.viewer?.userId ?? null,
      });
      await this.audit.record(uow, { action: 'escalation_policy.created', targetType: 'escalation_policy', targetId: policy.id, changes: { policy: { after: describe(policy) } } });
      return policy;
    });
    return this.auditingUserTargetRefusal('escalation_policy.created', null, created);
  }

  async update(id: string, raw: unknown): Promise<EscalationPolicyRow> {
    await this.guard('escalation_policy.updated', id);
    const input = parseInput(updatePolicySchema, raw);
    const updated = inTransaction(this.deps, this.ctx.log, async (uow) => {
      const before = await this.locked(uow, id);
      if (input.name && (await policyNameTaken(uow.tx, input.name, before.id))) throw AppError.conflict(`An escalation policy named ${input.name} exists`);
      const levels = input.levels ?? before.levels;
      const mailer = input.userEmailChannelId !== undefined ? input.userEmailChannelId : before.userEmailChannelId;
      await this.checkTargets(uow, levels, mailer, before.levels);
      if (input.isDefault) await clearDefaultPolicy(uow.tx, before.id);
      const after = await updatePolicyRow(uow.tx, before.id, {
        name: input.name ?? before.name,
        description: input.description !== undefined ? input.description : before.description,
        levels,
        repeatCount: input.repeatCount ?? before.repeatCount,
        ackTimeoutSeconds: input.ackTimeoutSeconds !== undefined ? input.ackTimeoutSeconds : before.ackTimeoutSeconds,
        userEmailChannelId: mailer,
        isDefault: input.isDefault ?? before.isDefault,
      });
      await this.audit.record(uow, { action: 'escalation_policy.updated', targetType: 'escalation_policy', targetId: before.id, changes: { policy: { before: describe(before), after: describe(after) } } });
      return after;
    });
    return this.auditingUserTargetRefusal('escalation_policy.updated', id, updated);
  }

  /** Running escalations keep their snapshot; new alerts no longer find this policy. */
  async delete(id: string): Promise<boolean> {
    await this.guard('escalation_policy.deleted', id);
    return inTransaction(this.deps, this.ctx.log, async (uow) => {
      const before = await this.locked(uow, id);
      await deletePolicyRow(uow.tx, before.id);
      await this.audit.record(uow, { action: 'escalation_policy.deleted', targetType: 'escalation_policy', targetId: before.id, changes: { policy: { before: describe(before) } } });
      return true;
    });
  }

  /**
   * Every channel and user a level names exists; user targets need an EMAIL channel to be mailed
   * through. Users the policy did not name before (`kept`: its levels before this change) are
   * named by the caller, who must be allowed to read them (`assertMayNameUsers`); a user the
   * caller may not read reads as unknown, so naming ids tells nobody who exists.
   */
  private async checkTargets(uow: UnitOfWork, levels: EscalationLevel[], userEmailChannelId: string | null, kept: EscalationLevel[] = []): Promise<void> {
    const channelIds = [...new Set(levels.flatMap((l) => l.channelIds))];
    const userIds = [...new Set(levels.flatMap((l) => l.userIds))];
    const channels = await existingChannelIds(uow.tx, [...channelIds, ...(userEmailChannelId ? [userEmailChannelId] : [])]);
    const missing = channelIds.filter((c) => !channels.some((x) => x.id === c));
    if (missing.length > 0) throw AppError.badInput(`Unknown notification channel(s): ${missing.join(', ')}`);
    const keptIds = new Set(kept.flatMap((l) => l.userIds));
    this.assertMayNameUsers(userIds.filter((u) => !keptIds.has(u)));
    const users = (await existingUsers(uow.tx, userIds)).filter((u) => keptIds.has(u.id) || this.ctx.authz.can('users:read', userResource(u)));
    const unknownUsers = userIds.filter((u) => !users.some((x) => x.id === u));
    if (unknownUsers.length > 0) throw AppError.badInput(`Unknown user(s): ${unknownUsers.join(', ')}`);
    if (userEmailChannelId && channels.find((c) => c.id === userEmailChannelId)?.type !== 'EMAIL') {
      throw AppError.badInput('userEmailChannelId must name an EMAIL channel');
    }
    if (userIds.length > 0 && !userEmailChannelId) throw AppError.badInput('Levels with user targets need userEmailChannelId (the EMAIL channel users are mailed through)');
  }

  private async locked(uow: UnitOfWork, id: string): Promise<EscalationPolicyRow> {
    const row = isUuid(id) ? await lockPolicy(uow.tx, id) : undefined;
    if (!row) throw AppError.notFound('Escalation policy');
    return row;
  }

  /**
   * Naming other users as targets needs users:read over users other than oneself (everyone holds
   * it on themselves): otherwise "Unknown user" would tell a caller without it which user ids
   * exist. Levels without new users need nothing more than alerts:write.
   */
  private assertMayNameUsers(added: string[]): void {
    const viewer = this.ctx.authz.requireViewer();
    if (!added.some((u) => u !== viewer.userId)) return;
    const reach = scopeFilter(viewer.permissions, 'users:read');
    if ([...reach.allow, ...reach.delegated.map((d) => d.scope)].some((s) => s.kind !== 'SELF')) return;
    const refusal = new AppError('FORBIDDEN', 'Naming users as escalation targets (levels[].userIds) needs users:read');
    userTargetRefusals.add(refusal);
    throw refusal;
  }

  /** That refusal is audited as DENIED once its transaction has rolled back, then rethrown. */
  private async auditingUserTargetRefusal<T>(action: Action, id: string | null, work: Promise<T>): Promise<T> {
    try {
      return await work;
    } catch (err) {
      if (err instanceof AppError && userTargetRefusals.has(err)) {
        await this.audit.recordStandalone({ action, outcome: 'DENIED', targetType: 'escalation_policy', targetId: id ?? undefined, metadata: { reason: err.message } });
      }
      throw err;
    }
  }

  /** Denials are audited as such, then rethrown. */
  private async guard(action: Action, id: string | null): Promise<void> {
    try {
      this.ctx.authz.assertCan('alerts:write', { type: 'alerts', id });
    } catch (err) {
      if (err instanceof AppError && err.code === 'FORBIDDEN') {
        await this.audit.recordStandalone({ action, outcome: 'DENIED', targetType: 'escalation_policy', targetId: id ?? undefined, metadata: { reason: err.message } });
      }
      throw err;
    }
  }
}
