import { allInhibitionRules, insertAlertNotes, listOpenAlerts, updateAlert } from '../../db/queries/alerts.queries';
import { activeSilences } from '../../db/queries/silences.queries';
import type { AlertRow, InhibitionRuleRow, SilenceRow } from '../../db/schema';
import type { ServiceDeps } from '../deps';
import { newId } from '../shared/ids';
import { matches } from '../shared/label-matchers';
import type { UnitOfWork } from '../shared/unit-of-work';
import { onAlertChanged, type AlertChange } from './alert-change-hooks';

/** Ids of the silences whose matchers all match the labels, sorted. */
export function silencesMatching(labels: Record<string, string>, silences: readonly SilenceRow[]): string[] {
  return silences.filter((s) => matches(labels, s.matchers)).map((s) => s.id).sort();
}

const labelOf = (labels: Record<string, string>, name: string) => (Object.hasOwn(labels, name) ? labels[name]! : '');

/**
 * Alertmanager's inhibition: `target` is inhibited by every other open alert that matches a rule's
 * source matchers while `target` matches its target matchers and both have equal values (absent
 * reads as "") for each of the rule's `equal` labels. An alert never inhibits itself. Open means
 * FIRING or ACKNOWLEDGED: an acknowledged source is still a live problem.
 *
 * Built once per recompute: per rule, the open sources grouped by their `equal` values, so each
 * alert is looked up, not compared with every other (a recompute over n open alerts is O(rules × n),
 * not O(rules × n²): it runs under the alert-state lock on every intake batch).
 */
export function inhibitionIndex(open: readonly AlertRow[], rules: readonly InhibitionRuleRow[]): (target: AlertRow) => string[] {
  const equalKey = (rule: InhibitionRuleRow, labels: Record<string, string>) => JSON.stringify(rule.equal.map((l) => labelOf(labels, l)));
  const sources = rules.map((rule) => {
    const byKey = new Map<string, string[]>();
    for (const source of open) {
      if (source.status === 'RESOLVED' || !matches(source.labels, rule.sourceMatchers)) continue;
      const key = equalKey(rule, source.labels);
      const ids = byKey.get(key);
      if (ids) ids.push(source.id);
      else byKey.set(key, [source.id]);
    }
    return byKey;
  });
  return (target) => {
    const out = new Set<string>();
    rules.forEach((rule, i) => {
      if (!matches(target.labels, rule.targetMatchers)) return;
      for (const id of sources[i]!.get(equalKey(rule, target.labels)) ?? []) if (id !== target.id) out.add(id);
    });
    return [...out].sort();
  };
}

/** The inhibitors of one alert (see `inhibitionIndex`, which answers for many). */
export const inhibitorsOf = (target: AlertRow, open: readonly AlertRow[], rules: readonly InhibitionRuleRow[]): string[] => inhibitionIndex(open, rules)(target);

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Recomputes `silencedBy` and `inhibitedBy` of open alerts and writes (with a timeline entry and an
 * alert change) those that changed. The caller holds the alert-state lock (lockAlertState), so no
 * other change to alerts, silences or rules interleaves. `touched`: with no inhibition rules, only
 * these alerts can have changed (silence changes pass nothing and so reconcile every open alert).
 */
export async function reconcileSuppression(
  deps: ServiceDeps,
  uow: UnitOfWork,
  actor: AlertChange['actor'],
  touched?: readonly AlertRow[],
  now = new Date(),
  /** Alerts whose change (FIRED) the caller announces itself, carrying the suppression: no separate change for them. */
  folded: ReadonlySet<string> = new Set(),
): Promise<Map<string, AlertRow>> {
  const [silences, rules] = await Promise.all([activeSilences(uow.tx, now), allInhibitionRules(uow.tx)]);
  const open = rules.length > 0 || !touched ? await listOpenAlerts(uow.tx) : touched.filter((a) => a.status !== 'RESOLVED');
  const changed = new Map<string, AlertRow>();
  const inhibitorsOfAlert = inhibitionIndex(open, rules);
  for (const alert of open) {
    const silencedBy = silencesMatching(alert.labels, silences);
    const inhibitedBy = rules.length > 0 ? inhibitorsOfAlert(alert) : [];
    const silenceChanged = !same(silencedBy, [...alert.silencedBy].sort());
    const inhibitionChanged = !same(inhibitedBy, [...alert.inhibitedBy].sort());
    if (!silenceChanged && !inhibitionChanged) continue;
    const after = await updateAlert(uow.tx, alert.id, { silencedBy, inhibitedBy });
    const notes = [];
    if (silenceChanged) {
      const kind = silencedBy.length > 0 ? 'SILENCED' : 'UNSILENCED';
      notes.push({ id: newId(), alertId: alert.id, actorType: actor.type, actorId: actor.id, action: kind, details: { silencedBy } });
      if (!folded.has(alert.id)) await onAlertChanged(deps, uow, { kind, alert: after, previous: alert, actor });
    }
    if (inhibitionChanged) {
      const kind = inhibitedBy.length > 0 ? 'INHIBITED' : 'UNINHIBITED';
      notes.push({ id: newId(), alertId: alert.id, actorType: actor.type, actorId: actor.id, action: kind, details: { inhibitedBy } });
      if (!folded.has(alert.id)) await onAlertChanged(deps, uow, { kind, alert: after, previous: alert, actor });
    }
    await insertAlertNotes(uow.tx, notes);
    changed.set(after.id, after);
  }
  return changed;
}
