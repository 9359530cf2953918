import { createHash } from 'node:crypto';
import { deleteInstances, insertHistory, listInstances, listInstancesOfRules, recordRuleEvaluation, recordRuleEvaluations, upsertInstances } from '../../db/queries/alert-rules.queries';
import type { DbOrTx } from '../../db/client';
import { openFingerprints } from '../../db/queries/alerts.queries';
import type { alertRuleInstances, alertStateHistory, AlertRuleInstanceRow, AlertRuleRow, AlertStateHistoryRow } from '../../db/schema';
import type { AlertRuleStateChangedMessage } from '../../pubsub/topics';
import type { ServiceDeps } from '../deps';
import { inTransaction, type UnitOfWork } from '../shared/unit-of-work';
import { renderTemplate } from './annotation-template';
import { fingerprint } from './fingerprint';
import { recordEvaluation } from './flap-detector';
import { sendRuleAlerts, type RuleAlert } from './rule-alert-sink';
import { runRuleQuery, type QueryOutcome } from './rule-query';
import { INITIAL, step, type InstanceSnapshot, type Observation, type RuleCondition } from './rule-state-machine';

export { batchKey, runBatchedQuery, runRuleQuery, type QueryOutcome } from './rule-query';

/** Stable id of a label set (sorted pairs). */
export function labelsHash(labels: Record<string, string>): string {
  const sorted = Object.keys(labels)
    .sort()
    .map((k) => [k, labels[k]]);
  return createHash('sha256').update(JSON.stringify(sorted)).digest('base64url').slice(0, 32);
}

const conditionOf = (rule: AlertRuleRow): RuleCondition => ({
  operator: rule.operator,
  threshold: rule.threshold,
  recoveryThreshold: rule.recoveryThreshold,
  forSeconds: rule.forSeconds,
  keepFiringForSeconds: rule.keepFiringForSeconds,
  noDataState: rule.noDataState,
  execErrState: rule.execErrState,
});

/** The labels an instance's alert carries: rule name, rule labels, the series' labels, severity. */
export function alertLabelsOf(rule: Pick<AlertRuleRow, 'name' | 'labels' | 'severity'>, instanceLabels: Record<string, string>): Record<string, string> {
  return { alertname: rule.name, ...rule.labels, ...instanceLabels, severity: rule.severity.toLowerCase() };
}

export function renderAnnotations(rule: Pick<AlertRuleRow, 'annotations' | 'labels'>, labels: Record<string, string>, value: number | null): Record<string, string> {
  return Object.fromEntries(Object.entries(rule.annotations).map(([k, t]) => [k, renderTemplate(t, { value, labels: { ...rule.labels, ...labels } })]));
}

/**
 * Forgets a rule's instances (disabled, deleted, or its alert labels changed): their open alerts
 * are resolved now, in the caller's transaction, and evaluation starts afresh.
 */
export async function resetRuleInstances(deps: ServiceDeps, uow: UnitOfWork, rule: AlertRuleRow, now: Date): Promise<void> {
  const instances = await listInstances(uow.tx, rule.id, { forUpdate: true });
  const open = instances.filter((i) => i.alertOpen);
  await sendRuleAlerts(
    deps,
    uow,
    open.map((i) => ({ ruleId: rule.id, labels: alertLabelsOf(rule, i.labels), annotations: renderAnnotations(rule, i.labels, i.lastValue), severity: rule.severity, startsAt: null, endsAt: now, flapping: false })),
    now,
  );
  await deleteInstances(uow.tx, rule.id, instances.map((i) => i.labelsHash));
}

const snapshotOf = (row: AlertRuleInstanceRow | undefined): InstanceSnapshot =>
  row ? { state: row.state, activeSince: row.activeSince, lastBreachAt: row.lastBreachAt, lastValue: row.lastValue } : INITIAL;

export interface EvaluationSummary {
  transitions: number;
  instances: number;
  alerts: number;
  error: string | null;
}

export interface EvaluationPlan {
  rows: Array<typeof alertRuleInstances.$inferInsert>;
  gone: string[];
  history: Array<typeof alertStateHistory.$inferInsert>;
  alerts: RuleAlert[];
  error: string | null;
}

/** Nothing to record but new values: no transition, no alert, no instance dropped. */
export const isQuiet = (plan: EvaluationPlan) => plan.gone.length === 0 && plan.history.length === 0 && plan.alerts.length === 0;

/** What one evaluation does to a rule's instances (pure: the caller writes it). */
export function planEvaluation(
  current: AlertRuleRow,
  known: Map<string, AlertRuleInstanceRow>,
  seen: QueryOutcome,
  now: Date,
  /** Which of the instances' alerts are still open: one resolved by someone else no longer counts as open. */
  openAlerts: ReadonlySet<string>,
): EvaluationPlan {
  const observations = new Map<string, { labels: Record<string, string>; obs: Observation }>();
  const absent = new Set<string>();
  if (!seen.ok) {
    const targets = known.size > 0 ? [...known.values()].map((i) => i.labels) : [{}];
    for (const labels of targets) observations.set(labelsHash(labels), { labels, obs: { kind: 'error', message: seen.message } });
  } else {
    for (const r of seen.results) {
      const obs: Observation = r.value === null || Number.isNaN(r.value) ? { kind: 'noData' } : { kind: 'value', value: r.value };
      observations.set(labelsHash(r.labels), { labels: r.labels, obs });
    }
    for (const [hash, inst] of known) {
      if (observations.has(hash)) continue;
      absent.add(hash);
      observations.set(hash, { labels: inst.labels, obs: { kind: 'noData' } });
    }
    if (observations.size === 0) observations.set(labelsHash({}), { labels: {}, obs: { kind: 'noData' } });
  }
  // The `{}` stand-in of an empty result goes once real series answer again.
  const standIn = labelsHash({});
  const dropStandIn = seen.ok && seen.results.length > 0 && !seen.results.some((r) => Object.keys(r.labels).length === 0) && known.has(standIn);

  const cond = conditionOf(current);
  const rows: Array<typeof alertRuleInstances.$inferInsert> = [];
  const gone: string[] = [];
  const history: Array<typeof alertStateHistory.$inferInsert> = [];
  const alerts: RuleAlert[] = [];
  for (const [hash, { labels, obs }] of observations) {
    const prevRow = known.get(hash);
    const prev = snapshotOf(prevRow);
    const { next, transition } =
      hash === standIn && dropStandIn
        ? { next: { ...INITIAL, lastValue: prev.lastValue }, transition: prev.state === 'NORMAL' ? null : { from: prev.state, to: 'NORMAL' as const } }
        : step(cond, prev, obs, now);
    const problem = next.state === 'PENDING' || next.state === 'FIRING';
    const flap = recordEvaluation(prevRow?.flapHistory ?? [], problem, prevRow?.flapping ?? false);
    const alertLabels = alertLabelsOf(current, labels);
    let alertOpen = prevRow?.alertOpen ?? false;
    let lastResolvedAt = prevRow?.lastResolvedAt ?? null;
    if (alertOpen && !openAlerts.has(fingerprint(alertLabels))) {
      // Resolved outside the engine (resolveAlert, an expiry): while the breach lasts it fires
      // again, as a new alert, once the cooldown from that resolve has passed.
      alertOpen = false;
      lastResolvedAt = now;
    }
    const annotations = () => renderAnnotations(current, labels, next.lastValue);
    const report = (firing: boolean, flapping: boolean) =>
      alerts.push({ ruleId: current.id, labels: alertLabels, annotations: annotations(), severity: current.severity, startsAt: firing ? next.activeSince ?? now : null, endsAt: firing ? null : now, flapping });
    if (flap.changed === true) {
      // Flapping began: one notice (the alert marked flapping), then silence until it settles.
      report(true, true);
      alertOpen = true;
    } else if (!flap.flapping) {
      const firing = next.state === 'FIRING';
      const settled = flap.changed === false;
      const cooled = !lastResolvedAt || now.getTime() - lastResolvedAt.getTime() >= current.cooldownSeconds * 1000;
      if (firing && (!alertOpen || settled) && (alertOpen || cooled)) {
        report(true, false);
        alertOpen = true;
      } else if (!firing && alertOpen) {
        report(false, false);
        alertOpen = false;
        lastResolvedAt = now;
      }
    }
    if (transition) {
      history.push({ ruleId: current.id, labels: alertLabels, fromState: transition.from, toState: transition.to, value: next.lastValue, flapping: flap.flapping, at: now });
    }
    // A series that went away and left its instance quiet is forgotten (no NoData row forever).
    const stale = (hash === standIn && dropStandIn) || (absent.has(hash) && hash !== standIn && next.state === 'NORMAL' && !alertOpen);
    if (stale) gone.push(hash);
    else
      rows.push({
        ruleId: current.id,
        labelsHash: hash,
        labels,
        state: next.state,
        activeSince: next.activeSince,
        lastBreachAt: next.lastBreachAt,
        lastValue: next.lastValue,
        flapHistory: flap.history,
        flapping: flap.flapping,
        alertOpen,
        lastResolvedAt,
      });
  }
  return { rows, gone, history, alerts, error: seen.ok ? null : seen.message };
}

/** Which alerts that instances believe open still are (no statement when none believes one is). */
async function openAlertsOf(db: DbOrTx, rules: AlertRuleRow[], instances: Iterable<AlertRuleInstanceRow>): Promise<Set<string>> {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const believed: string[] = [];
  for (const i of instances) {
    const rule = byId.get(i.ruleId);
    if (i.alertOpen && rule) believed.push(fingerprint(alertLabelsOf(rule, i.labels)));
  }
  return openFingerprints(db, believed);
}

const isForeignKeyViolation = (err: unknown) => (err as { cause?: { code?: string } })?.cause?.code === '23503' || (err as { code?: string }).code === '23503';

/**
 * One evaluation of one rule at `now`: the query (outside any transaction), then every instance
 * stepped and written with its history, live events and alerts in one transaction of its own.
 */
export async function evaluateRule(deps: ServiceDeps, rule: AlertRuleRow, now: Date, outcome?: QueryOutcome, queryMs = 0): Promise<EvaluationSummary> {
  const started = performance.now();
  const seen = outcome ?? (await runRuleQuery(deps, rule, now));
  const ms = outcome ? queryMs : performance.now() - started;
  try {
    return await inTransaction(deps, deps.log, async (uow) => {
      // The claimed row: an edit committed meanwhile applies from the next cycle (edits re-arm it at once).
      const known = new Map((await listInstances(uow.tx, rule.id, { forUpdate: true })).map((i) => [i.labelsHash, i]));
      const open = await openAlertsOf(uow.tx, [rule], known.values());
      const plan = planEvaluation(rule, known, seen, now, open);
      await upsertInstances(uow.tx, plan.rows);
      await deleteInstances(uow.tx, rule.id, plan.gone);
      const written = await insertHistory(uow.tx, plan.history);
      for (const h of written) uow.emit('alerts.ruleStateChanged', toStateMessage(rule, h));
      await sendRuleAlerts(deps, uow, plan.alerts, now);
      await recordRuleEvaluation(uow.tx, rule.id, { at: now, ms, error: plan.error });
      return { transitions: written.length, instances: plan.rows.length, alerts: plan.alerts.length, error: plan.error };
    });
  } catch (err) {
    // The rule was deleted while its query ran (foreign keys refuse its instances): nothing to keep.
    if (isForeignKeyViolation(err)) return { transitions: 0, instances: 0, alerts: 0, error: null };
    throw err;
  }
}

/**
 * The rules of one batch after their shared query. A cycle where nothing happens (the steady
 * state: values move, no state changes) is written for all of them in one short transaction;
 * every rule with something to record (a transition, an alert, an instance gone) gets a
 * transaction of its own through `write`, and so does every rule if the shared write fails.
 * Each rule is claimed by one evaluator per cycle, so its instances are read without a lock here;
 * the per-rule path re-reads them locked.
 */
export async function evaluateGroup(
  deps: ServiceDeps,
  rules: AlertRuleRow[],
  outcomes: QueryOutcome[],
  now: Date,
  queryMs: number,
  write: (rule: AlertRuleRow, outcome: QueryOutcome) => void,
): Promise<void> {
  const instances = await listInstancesOfRules(deps.database.db, rules.map((r) => r.id));
  const byRule = new Map<string, Map<string, AlertRuleInstanceRow>>(rules.map((r) => [r.id, new Map()]));
  for (const i of instances) byRule.get(i.ruleId)?.set(i.labelsHash, i);
  const open = await openAlertsOf(deps.database.db, rules, instances);
  const quiet: Array<{ rule: AlertRuleRow; outcome: QueryOutcome; plan: EvaluationPlan }> = [];
  rules.forEach((rule, i) => {
    const plan = planEvaluation(rule, byRule.get(rule.id)!, outcomes[i]!, now, open);
    if (isQuiet(plan)) quiet.push({ rule, outcome: outcomes[i]!, plan });
    else write(rule, outcomes[i]!);
  });
  if (quiet.length === 0) return;
  try {
    await deps.database.db.transaction(async (tx) => {
      await upsertInstances(tx, quiet.flatMap((q) => q.plan.rows));
      await recordRuleEvaluations(tx, now, quiet.map((q) => ({ id: q.rule.id, ms: queryMs, error: q.plan.error })));
    });
  } catch {
    for (const q of quiet) write(q.rule, q.outcome);
  }
}

export function toStateMessage(rule: Pick<AlertRuleRow, 'id' | 'name'>, h: AlertStateHistoryRow): AlertRuleStateChangedMessage {
  return {
    id: String(h.id),
    ruleId: rule.id,
    ruleName: rule.name,
    labels: h.labels,
    fromState: h.fromState,
    toState: h.toState,
    value: h.value,
    flapping: h.flapping,
    at: h.at.toISOString(),
  };
}
