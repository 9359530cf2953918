import { deleteInhibitionRule, insertInhibitionRule, listInhibitionRules, lockAlertState } from '../../db/queries/alerts.queries';
import type { InhibitionRuleRow } from '../../db/schema';
import { AppError } from '../../errors/app-error';
import { AuditedService } from '../shared/audited-service';
import { decodeCursor, encodeCursor, isUuid, pageSize, toConnection, type Connection } from '../shared/connection';
import { newId } from '../shared/ids';
import { LABEL_NAME, validateMatchers, type LabelMatcher } from '../shared/label-matchers';
import { inTransaction } from '../shared/unit-of-work';
import { reconcileSuppression } from './alert-suppression';


export interface InhibitionRuleInput {
  sourceMatchers: LabelMatcher[];
  targetMatchers: LabelMatcher[];
  equal?: string[] | null;
}

/** Inhibition rules apply to every alert: writing them needs alerts:write unscoped. */
const RULES = { type: 'alerts' as const };

export class InhibitionRuleService extends AuditedService {
  async list(first?: number | null, after?: string | null): Promise<Connection<InhibitionRuleRow>> {
    this.ctx.authz.assertCan('alerts:read', RULES);
    const size = pageSize(first);
    const afterId = decodeCursor('inhibitionRules', after, isUuid);
    const rows = await listInhibitionRules(this.deps.database.db, { first: size, afterId });
    return toConnection(rows, size, (r) => encodeCursor('inhibitionRules', r.id));
  }

  async create(input: InhibitionRuleInput): Promise<InhibitionRuleRow> {
    this.ctx.authz.assertCan('alerts:write', RULES);
    const sourceMatchers = validateMatchers(input.sourceMatchers, 'input.sourceMatchers', { min: 1 });
    const targetMatchers = validateMatchers(input.targetMatchers, 'input.targetMatchers', { min: 1 });
    const equal = [...new Set(input.equal ?? [])];
    equal.forEach((l, i) => {
      if (!LABEL_NAME.test(l)) throw AppError.badInput(`input.equal[${i}] must be a label name`, `input.equal.${i}`);
    });
    if (equal.length > 32) throw AppError.badInput('input.equal may name at most 32 labels', 'input.equal');
    const userId = this.ctx.authz.requireViewer().userId;
    return inTransaction(this.deps, this.ctx.log, async (uow) => {
      await lockAlertState(uow.tx);
      const rule = await insertInhibitionRule(uow.tx, { id: newId(), sourceMatchers, targetMatchers, equal, createdBy: userId });
      await this.audit.record(uow, {
        action: 'inhibition_rule.created',
        targetType: 'inhibition_rule',
        targetId: rule.id,
        changes: { sourceMatchers: { after: sourceMatchers }, targetMatchers: { after: targetMatchers }, equal: { after: equal } },
      });
      await reconcileSuppression(this.deps, uow, { type: 'USER', id: userId });
      return rule;
    });
  }

  async delete(id: string): Promise<InhibitionRuleRow> {
    this.ctx.authz.assertCan('alerts:write', RULES);
    const userId = this.ctx.authz.requireViewer().userId;
    return inTransaction(this.deps, this.ctx.log, async (uow) => {
      await lockAlertState(uow.tx);
      const rule = isUuid(id) ? await deleteInhibitionRule(uow.tx, id) : undefined;
      if (!rule) throw AppError.notFound('Inhibition rule');
      await this.audit.record(uow, {
        action: 'inhibition_rule.deleted',
        targetType: 'inhibition_rule',
        targetId: id,
        changes: { sourceMatchers: { before: rule.sourceMatchers }, targetMatchers: { before: rule.targetMatchers }, equal: { before: rule.equal } },
      });
      await reconcileSuppression(this.deps, uow, { type: 'USER', id: userId });
      return rule;
    });
  }
}
