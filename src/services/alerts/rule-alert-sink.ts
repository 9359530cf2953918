import type { ServiceDeps } from '../deps';
import type { UnitOfWork } from '../shared/unit-of-work';

/** What the rule engine reports about one instance: an alert opening/updating, or resolving. */
export interface RuleAlert {
  ruleId: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  severity: 'CRITICAL' | 'ERROR' | 'WARNING' | 'INFO';
  startsAt: Date | null;
  /** Set: resolves the alert (now). */
  endsAt: Date | null;
  flapping: boolean;
}

/**
 * The one place rule instances reach the alerts store: `ingestAlerts` of alerts-core, in the
 * evaluation's transaction (an instance's state and its alert commit together).
 */
export async function sendRuleAlerts(_deps: ServiceDeps, _uow: UnitOfWork, _alerts: RuleAlert[], _now: Date): Promise<void> {
  // Wired to ingestAlerts once the alerts store is merged.
}
