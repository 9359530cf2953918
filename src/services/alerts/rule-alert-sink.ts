import type { ServiceDeps } from '../deps';
import type { UnitOfWork } from '../shared/unit-of-work';
import { changeAlert } from './alert-update';
import { ingestAlerts } from './alert-ingest';
import { fingerprint } from './fingerprint';

/** What the rule engine reports about one instance: an alert opening/updating, or resolving. */
export interface RuleAlert {
  ruleId: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  severity: 'CRITICAL' | 'ERROR' | 'WARNING' | 'INFO';
  startsAt: Date | null;
  /** Set: resolves the alert (at this time, the evaluation's). */
  endsAt: Date | null;
  flapping: boolean;
}

/**
 * The one place rule instances reach the alerts store: `ingestAlerts` of alerts-core, in the
 * evaluation's transaction (an instance's state and its alert commit together), with the
 * evaluation's time as "now" (an `endsAt` of now resolves). The flapping mark goes through
 * `changeAlert` (a timeline entry and an alert change of its own), only when it changes.
 */
export async function sendRuleAlerts(deps: ServiceDeps, uow: UnitOfWork, alerts: RuleAlert[], now: Date): Promise<void> {
  if (alerts.length === 0) return;
  const result = await ingestAlerts(
    deps,
    uow,
    alerts.map((a) => ({
      labels: a.labels,
      annotations: a.annotations,
      startsAt: a.startsAt,
      endsAt: a.endsAt,
      severity: a.severity,
      source: { kind: 'RULE' as const, ruleId: a.ruleId },
    })),
    { now },
  );
  const ids = new Map(result.alerts.map((r) => [r.fingerprint, r.alertId]));
  for (const a of alerts) {
    const alertId = a.endsAt ? null : ids.get(fingerprint(a.labels));
    if (!alertId) continue;
    await changeAlert(deps, uow, alertId, {
      kind: 'UPDATED',
      action: a.flapping ? 'FLAPPING' : 'FLAPPING_STOPPED',
      actor: { type: 'SOURCE', id: null },
      decide: (alert) => (alert.flapping === a.flapping ? null : { flapping: a.flapping }),
    });
  }
}
