import { countHistory, countRules, deleteRule, findRuleById, insertRule, listHistory, listRules, updateRule, type HistoryFilter } from '../../db/queries/alert-rules.queries';
import type { AlertRuleInstanceRow, AlertRuleRow, AlertStateHistoryRow } from '../../db/schema';
import { AppError } from '../../errors/app-error';
import { diffChanges } from '../audit/changes';
import { AuditedService } from '../shared/audited-service';
import { decodeCursor, encodeCursor, isUuid, pageSize, toConnection, type Connection } from '../shared/connection';
import { newId } from '../shared/ids';
import { liveStream } from '../shared/live-stream';
import { inTransaction, type UnitOfWork } from '../shared/unit-of-work';
import { parseCreate, parseUpdate } from './alert-rule-validation';
import { alertLabelsOf, resetRuleInstances } from './rule-evaluator';
import { scheduleTick } from './rule-evaluation-tick';
import { historyReachable } from './alert-rule-scope';

const AUDITED_FIELDS = [
  'name', 'description', 'enabled', 'sourceKind', 'metric', 'matchers', 'by', 'aggregation', 'windowSeconds', 'expr', 'operator', 'threshold',
  'recoveryThreshold', 'intervalSeconds', 'forSeconds', 'keepFiringForSeconds', 'noDataState', 'execErrState', 'severity', 'labels', 'annotations',
  'escalationPolicyId', 'cooldownSeconds',
] as const;

/** Changing these changes the instances' alert labels or what they measure. */
const RESETTING_FIELDS = ['name', 'labels', 'severity', 'sourceKind', 'metric', 'matchers', 'by', 'aggregation', 'windowSeconds', 'expr'] as const;

type RuleCursor = { name: string; id: string };
const isRuleCursor = (v: unknown): v is RuleCursor => typeof v === 'object' && v !== null && typeof (v as RuleCursor).name === 'string' && isUuid((v as RuleCursor).id);
type HistoryCursor = { at: string; id: number };
const isHistoryCursor = (v: unknown): v is HistoryCursor =>
  typeof v === 'object' && v !== null && typeof (v as HistoryCursor).at === 'string' && !Number.isNaN(Date.parse((v as HistoryCursor).at)) && Number.isSafeInteger((v as HistoryCursor).id);

export interface HistoryFilterInput {
  ruleId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

function isUniqueViolation(err: unknown): boolean {
  let current: unknown = err;
  for (let i = 0; i < 3 && current && typeof current === 'object'; i += 1) {
    if ((current as { code?: string }).code === '23505') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** Alert rules (alerts:read, alerts:write), their instances and their state history. */
export class AlertRuleService extends AuditedService {
  private get db() {
    return this.deps.database.db;
  }

  /** Rules are not label-scoped: anyone holding alerts:read (in any scope) lists them. */
  async list(first?: number | null, after?: string | null): Promise<Connection<AlertRuleRow>> {
    this.ctx.authz.assertRule({ kind: 'can', action: 'alerts:read' });
    const size = pageSize(first);
    const cursor = decodeCursor('alertRules', after, isRuleCursor);
    const rows = await listRules(this.db, { first: size, after: cursor });
    return toConnection(rows, size, (r) => encodeCursor('alertRules', { name: r.name, id: r.id }), undefined, () => countRules(this.db));
  }

  async get(id: string): Promise<AlertRuleRow> {
    this.ctx.authz.assertRule({ kind: 'can', action: 'alerts:read' });
    const rule = isUuid(id) ? await findRuleById(this.db, id) : undefined;
    if (!rule) throw AppError.notFound('Alert rule');
    return rule;
  }

  /** The rule's instances whose alert labels the viewer may read (label-scoped grants see their slice). */
  visibleInstances(rule: AlertRuleRow, rows: AlertRuleInstanceRow[]): AlertRuleInstanceRow[] {
    return rows.filter((i) => this.ctx.authz.can('alerts:read', { type: 'alerts', labels: alertLabelsOf(rule, i.labels) }));
  }

  async history(filter: HistoryFilterInput | null, first?: number | null, after?: string | null): Promise<Connection<AlertStateHistoryRow>> {
    const viewer = this.ctx.authz.requireViewer();
    this.ctx.authz.assertRule({ kind: 'can', action: 'alerts:read' });
    const size = pageSize(first);
    const cursor = decodeCursor('alertStateHistory', after, isHistoryCursor);
    if (filter?.ruleId && !isUuid(filter.ruleId)) throw AppError.badInput('filter.ruleId is not an alert rule id', 'filter.ruleId');
    if (filter?.from && filter?.to && filter.from.getTime() > filter.to.getTime()) throw AppError.badInput('filter.from must not be after filter.to', 'filter.from');
    const where: HistoryFilter = { ruleId: filter?.ruleId ?? undefined, from: filter?.from ?? undefined, to: filter?.to ?? undefined, reachable: historyReachable(viewer.permissions) };
    const rows = await listHistory(this.db, where, { first: size, after: cursor });
    return toConnection(rows, size, (r) => encodeCursor('alertStateHistory', { at: r.at.toISOString(), id: r.id }), undefined, () => countHistory(this.db, where));
  }

  async create(raw: unknown): Promise<AlertRuleRow> {
    this.ctx.authz.assertCan('alerts:write', { type: 'alerts' });
    const input = parseCreate(raw, this.deps.config.PROMETHEUS_URL);
    return this.write(async (uow) => {
      const row = await insertRule(uow.tx, { ...input, id: newId(), nextEvaluationAt: new Date() });
      await this.audit.record(uow, { action: 'alert_rule.created', targetType: 'alert_rule', targetId: row.id, changes: diffChanges(null, row, AUDITED_FIELDS) });
      if (row.enabled) await scheduleTick(uow, new Date());
      return row;
    });
  }

  async update(id: string, raw: unknown): Promise<AlertRuleRow> {
    this.ctx.authz.assertCan('alerts:write', { type: 'alerts' });
    const patch = parseUpdate(raw, this.deps.config.PROMETHEUS_URL);
    return this.write(async (uow) => {
      const before = await this.lock(uow, id);
      // A changed schedule or query is evaluated at once, not at the old interval's next turn.
      const after = (await updateRule(uow.tx, id, { ...patch, nextEvaluationAt: new Date() }))!;
      // New alert labels or a new question: the old instances' alerts would never be resolved.
      if (!after.enabled || RESETTING_FIELDS.some((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]))) await resetRuleInstances(this.deps, uow, before, new Date());
      await this.audit.record(uow, { action: 'alert_rule.updated', targetType: 'alert_rule', targetId: id, changes: diffChanges(before, after, AUDITED_FIELDS) });
      if (after.enabled) await scheduleTick(uow, new Date());
      return after;
    });
  }

  async setEnabled(id: string, enabled: boolean): Promise<AlertRuleRow> {
    this.ctx.authz.assertCan('alerts:write', { type: 'alerts' });
    return this.write(async (uow) => {
      const before = await this.lock(uow, id);
      if (before.enabled === enabled) return before;
      const after = (await updateRule(uow.tx, id, { enabled, nextEvaluationAt: new Date() }))!;
      // A disabled rule resolves its alerts; enabled again, it starts afresh.
      if (!enabled) await resetRuleInstances(this.deps, uow, before, new Date());
      await this.audit.record(uow, {
        action: enabled ? 'alert_rule.enabled' : 'alert_rule.disabled',
        targetType: 'alert_rule',
        targetId: id,
        changes: diffChanges(before, after, ['enabled']),
      });
      if (enabled) await scheduleTick(uow, new Date());
      return after;
    });
  }

  /** Default rules cannot be deleted (they would come back at the next start): disable them. */
  async delete(id: string): Promise<boolean> {
    this.ctx.authz.assertCan('alerts:write', { type: 'alerts' });
    await this.write(async (uow) => {
      const before = await this.lock(uow, id);
      if (before.defaultKey) throw AppError.conflict('A default rule cannot be deleted; disable it instead');
      await resetRuleInstances(this.deps, uow, before, new Date());
      await deleteRule(uow.tx, id);
      await this.audit.record(uow, { action: 'alert_rule.deleted', targetType: 'alert_rule', targetId: id, changes: diffChanges(before, null, AUDITED_FIELDS) });
      return before;
    });
    return true;
  }

  /** Transitions of one rule's instances (or every rule's), filtered per event by the subscriber's label scope. */
  subscribeStateChanges(ruleId: string | null, after?: string | null) {
    if (ruleId != null && !isUuid(ruleId)) throw AppError.badInput('ruleId is not an alert rule id', 'ruleId');
    return liveStream(this.deps, this.ctx, {
      topic: 'alerts.ruleStateChanged',
      shareKey: JSON.stringify([ruleId]),
      after,
      authorize: (authz) => authz.assertRule({ kind: 'can', action: 'alerts:read' }),
      accept: (msg, authz) => (ruleId == null || msg.ruleId === ruleId) && authz.can('alerts:read', { type: 'alerts', labels: msg.labels }),
      map: (msg) => ({ ...msg, id: Number(msg.id), at: new Date(msg.at) }),
    });
  }

  private async lock(uow: UnitOfWork, id: string): Promise<AlertRuleRow> {
    const row = isUuid(id) ? await findRuleById(uow.tx, id, { forUpdate: true }) : undefined;
    if (!row) throw AppError.notFound('Alert rule');
    return row;
  }

  private async write<T>(work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
    try {
      return await inTransaction(this.deps, this.ctx.log, work);
    } catch (err) {
      if (isUniqueViolation(err)) throw AppError.conflict('An alert rule with this name exists', 'input.name');
      throw err;
    }
  }
}
