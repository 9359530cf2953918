/**
 * One alert instance's state (one rule, one label set), moved forward by each evaluation. Pure:
 * the evaluation job feeds it what the query returned and persists what it gives back. The states
 * and the NoData/Error handling follow Grafana's alerting (pkg/services/ngalert/state), with
 * Prometheus's `for` (pending period) and `keep_firing_for`, plus an optional recovery threshold
 * (hysteresis): once firing, the instance recovers only when the value crosses that threshold.
 */

export type InstanceState = 'NORMAL' | 'PENDING' | 'FIRING' | 'NO_DATA' | 'ERROR';
export type ComparisonOperator = 'GT' | 'GTE' | 'LT' | 'LTE' | 'EQ' | 'NE';
/** What NoData or an evaluation error does to an instance (as Grafana's rule settings). */
export type MissingDataPolicy = 'OK' | 'ALERTING' | 'NO_DATA' | 'KEEP_LAST';
export type ErrorPolicy = 'OK' | 'ALERTING' | 'ERROR' | 'KEEP_LAST';

export interface RuleCondition {
  operator: ComparisonOperator;
  threshold: number;
  /** While FIRING, the instance stays firing until the value no longer satisfies the operator against this. */
  recoveryThreshold?: number | null;
  forSeconds: number;
  keepFiringForSeconds: number;
  noDataState: MissingDataPolicy;
  execErrState: ErrorPolicy;
}

export interface InstanceSnapshot {
  state: InstanceState;
  /** When the current PENDING or FIRING episode began (PENDING start for `for`). */
  activeSince: Date | null;
  /** When the condition last held: `keepFiringFor` counts from here. */
  lastBreachAt: Date | null;
  lastValue: number | null;
}

/** What one evaluation saw for this label set. */
export type Observation = { kind: 'value'; value: number } | { kind: 'noData' } | { kind: 'error'; message: string };

export interface Step {
  next: InstanceSnapshot;
  /** Set when the state changed: what the state history records. */
  transition: { from: InstanceState; to: InstanceState } | null;
}

export const INITIAL: InstanceSnapshot = { state: 'NORMAL', activeSince: null, lastBreachAt: null, lastValue: null };

export function compare(op: ComparisonOperator, value: number, threshold: number): boolean {
  switch (op) {
    case 'GT':
      return value > threshold;
    case 'GTE':
      return value >= threshold;
    case 'LT':
      return value < threshold;
    case 'LTE':
      return value <= threshold;
    case 'EQ':
      return value === threshold;
    case 'NE':
      return value !== threshold;
  }
}

/** Does the value keep (or put) the instance in trouble? Hysteresis applies only while FIRING. */
function breaches(cond: RuleCondition, prev: InstanceSnapshot, value: number): boolean {
  if (prev.state === 'FIRING' && cond.recoveryThreshold != null) return compare(cond.operator, value, cond.recoveryThreshold);
  return compare(cond.operator, value, cond.threshold);
}

export function step(cond: RuleCondition, prev: InstanceSnapshot, seen: Observation, now: Date): Step {
  const next = advance(cond, prev, seen, now);
  return { next, transition: next.state === prev.state ? null : { from: prev.state, to: next.state } };
}

function advance(cond: RuleCondition, prev: InstanceSnapshot, seen: Observation, now: Date): InstanceSnapshot {
  if (seen.kind === 'value') return onCondition(cond, prev, breaches(cond, prev, seen.value), now, seen.value);
  const policy = seen.kind === 'noData' ? cond.noDataState : cond.execErrState;
  switch (policy) {
    case 'KEEP_LAST':
      return prev;
    case 'OK':
      return onCondition(cond, prev, false, now, prev.lastValue);
    case 'ALERTING':
      return onCondition(cond, prev, true, now, prev.lastValue);
    case 'NO_DATA':
    case 'ERROR':
      return { state: policy, activeSince: prev.state === policy ? prev.activeSince : now, lastBreachAt: prev.lastBreachAt, lastValue: prev.lastValue };
  }
}

function onCondition(cond: RuleCondition, prev: InstanceSnapshot, breaching: boolean, now: Date, value: number | null): InstanceSnapshot {
  if (breaching) {
    if (prev.state === 'FIRING') return { state: 'FIRING', activeSince: prev.activeSince, lastBreachAt: now, lastValue: value };
    const pendingSince = prev.state === 'PENDING' ? prev.activeSince ?? now : now;
    const pendingFor = (now.getTime() - pendingSince.getTime()) / 1000;
    if (pendingFor >= cond.forSeconds) return { state: 'FIRING', activeSince: now, lastBreachAt: now, lastValue: value };
    return { state: 'PENDING', activeSince: pendingSince, lastBreachAt: now, lastValue: value };
  }
  if (prev.state === 'FIRING' && cond.keepFiringForSeconds > 0 && prev.lastBreachAt) {
    const quietFor = (now.getTime() - prev.lastBreachAt.getTime()) / 1000;
    if (quietFor < cond.keepFiringForSeconds) return { ...prev, lastValue: value };
  }
  return { state: 'NORMAL', activeSince: null, lastBreachAt: prev.lastBreachAt, lastValue: value };
}

/** States in which the instance has an open alert (notifications, escalation). */
export const isAlerting = (state: InstanceState): boolean => state === 'FIRING';
