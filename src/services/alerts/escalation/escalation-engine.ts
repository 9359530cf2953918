// Side effect: acknowledgement and resolution reach the channels escalation paged.
import './escalation-followup';
import { lockAlertState } from '../../../db/queries/alerts.queries';
import { findDefaultPolicy, findRulePolicy, findEscalation, findPolicyByName, insertEscalation, updateEscalation } from '../../../db/queries/escalation.queries';
import type { AlertRow, EscalationPolicyRow, EscalationSnapshot } from '../../../db/schema';
import type { ServiceDeps } from '../../deps';
import { cancelJob, enqueue } from '../../jobs/enqueue';
import { defineTask } from '../../jobs/task';
import { oncePerTransaction } from '../../shared/once-per-transaction';
import { inTransaction, type UnitOfWork } from '../../shared/unit-of-work';
import { registerAlertChangeHook, type AlertChange } from '../alert-change-hooks';
import { changeAlert } from '../alert-update';
import { notifyLevel, type LadderPosition } from './escalation-notify';

/** The label an external alert names its policy with (`escalation_policy=<name>`). */
export const POLICY_LABEL = 'escalation_policy';
export const stepJobKey = (alertId: string) => `alerts:escalate:${alertId}`;
export const ackTimeoutJobKey = (alertId: string) => `alerts:escalate-ack:${alertId}`;

const SYSTEM: AlertChange['actor'] = { type: 'SYSTEM', id: null };
const inSeconds = (s: number) => new Date(Date.now() + s * 1000);

export const snapshotOf = (p: EscalationPolicyRow): EscalationSnapshot => ({
  name: p.name,
  levels: p.levels,
  repeatCount: p.repeatCount,
  ackTimeoutSeconds: p.ackTimeoutSeconds,
  userEmailChannelId: p.userEmailChannelId,
});

/** The policy an alert follows: the one its label names, else the default policy, else none. */
async function policyFor(uow: UnitOfWork, alert: AlertRow): Promise<EscalationPolicyRow | undefined> {
  // Read once per transaction each: an intake batch runs this for every alert it opens.
  const once = <T>(key: string, load: () => Promise<T>) => oncePerTransaction(uow.tx, `escalation-policy:${key}`, load);
  const named = alert.labels[POLICY_LABEL];
  if (named) return once(`name:${named}`, () => findPolicyByName(uow.tx, named));
  // A rule's alert follows the rule's policy; otherwise (or when the rule names none) the default.
  const ruleId = alert.ruleId;
  const ofRule = ruleId ? await once(`rule:${ruleId}`, () => findRulePolicy(uow.tx, ruleId)) : undefined;
  return ofRule ?? once('default', () => findDefaultPolicy(uow.tx));
}

type StepPayload = LadderPosition & { alertId: string; restart?: boolean };

async function scheduleStep(uow: UnitOfWork, snapshot: EscalationSnapshot, alertId: string, pos: LadderPosition): Promise<void> {
  const rung = snapshot.levels[pos.level]!;
  await enqueue(uow, escalateTask, { alertId, ...pos }, { jobKey: stepJobKey(alertId), runAt: inSeconds(rung.timeoutSeconds) });
}

/** The rung after `pos`: the next level, else level 0 of the next round while repeats are left, else none. */
function nextPosition(snapshot: EscalationSnapshot, pos: LadderPosition): LadderPosition | null {
  if (pos.level + 1 < snapshot.levels.length) return { ...pos, level: pos.level + 1 };
  if (pos.round < snapshot.repeatCount) return { cycle: pos.cycle, round: pos.round + 1, level: 0 };
  return null;
}

/**
 * One timer of the ladder (and a restart). Runs at least once, maybe twice (a node killed after
 * commit, before the job was marked done), so everything it checks and moves is in one
 * transaction under the alert-state lock: a run whose alert is no longer FIRING and
 * unacknowledged at the level (round, cycle) the job was scheduled for changes nothing.
 */
export const escalateTask = defineTask<StepPayload>('alerts.escalate', async (deps, payload) => {
  await inTransaction(deps, deps.log, async (uow) => {
    await lockAlertState(uow.tx);
    const esc = await findEscalation(uow.tx, payload.alertId);
    if (!esc || esc.cycle !== payload.cycle || !esc.active) return;
    const from: LadderPosition = { cycle: payload.cycle, round: payload.round, level: payload.level };
    const to = payload.restart ? { cycle: payload.cycle, round: 0, level: 0 } : nextPosition(esc.policy, from);
    const open = (a: AlertRow) => a.status === 'FIRING' && a.acknowledgedAt === null;
    const due = (a: AlertRow) => open(a) && (payload.restart || (esc.round === from.round && a.escalationLevel === from.level));
    if (!to) {
      // The ladder (with its repeats) ran out: it stays at the last level until someone acts.
      await updateEscalation(uow.tx, payload.alertId, { active: false });
      return;
    }
    const after = await changeAlert(deps, uow, payload.alertId, {
      kind: 'ESCALATED',
      action: payload.restart ? 'ESCALATION_RESTARTED' : 'ESCALATED',
      actor: SYSTEM,
      details: { policy: esc.policy.name, policyVersion: esc.policyVersion, cycle: to.cycle, round: to.round, level: to.level },
      decide: (a) => (due(a) ? { escalationLevel: to.level } : null),
    });
    if (!after) return;
    await updateEscalation(uow.tx, payload.alertId, { round: to.round });
    await notifyLevel(deps, uow, after, esc.policy, to);
    await scheduleStep(uow, esc.policy, payload.alertId, to);
  });
});

/**
 * An acknowledged alert nobody resolved within the policy's ackTimeoutSeconds: back to FIRING and
 * unacknowledged at level 0 (the UNACKNOWLEDGED hook then restarts the ladder). Only the
 * acknowledgement it was scheduled for counts: a later ack/unack makes this run a no-op.
 */
export const ackTimeoutTask = defineTask<{ alertId: string; cycle: number; acknowledgedAt: string }>('alerts.escalationAckTimeout', async (deps, payload) => {
  await inTransaction(deps, deps.log, async (uow) => {
    await lockAlertState(uow.tx);
    const esc = await findEscalation(uow.tx, payload.alertId);
    if (!esc || esc.cycle !== payload.cycle) return;
    await changeAlert(deps, uow, payload.alertId, {
      kind: 'UNACKNOWLEDGED',
      action: 'ACK_TIMEOUT',
      actor: SYSTEM,
      details: { ackTimeoutSeconds: esc.policy.ackTimeoutSeconds },
      decide: (a) =>
        a.status === 'ACKNOWLEDGED' && a.acknowledgedAt?.toISOString() === payload.acknowledgedAt
          ? { status: 'FIRING', acknowledgedBy: null, acknowledgedAt: null, escalationLevel: 0 }
          : null,
    });
  });
});

/** Starts, stops and restarts escalations as alerts change (in the change's own transaction). */
export async function escalationHook(deps: ServiceDeps, uow: UnitOfWork, change: AlertChange): Promise<void> {
  const { alert } = change;
  switch (change.kind) {
    case 'FIRED': {
      const policy = await policyFor(uow, alert);
      if (!policy) return;
      const snapshot = snapshotOf(policy);
      const created = await insertEscalation(uow.tx, { alertId: alert.id, policyId: policy.id, policyVersion: policy.version, policy: snapshot });
      if (!created) return;
      const start = { cycle: 0, round: 0, level: 0 };
      await notifyLevel(deps, uow, alert, snapshot, start);
      await scheduleStep(uow, snapshot, alert.id, start);
      return;
    }
    case 'ACKNOWLEDGED': {
      const esc = await findEscalation(uow.tx, alert.id);
      if (!esc) return;
      await cancelJob(uow, stepJobKey(alert.id));
      const timeout = esc.policy.ackTimeoutSeconds;
      if (timeout && alert.acknowledgedAt) {
        await enqueue(uow, ackTimeoutTask, { alertId: alert.id, cycle: esc.cycle, acknowledgedAt: alert.acknowledgedAt.toISOString() }, { jobKey: ackTimeoutJobKey(alert.id), runAt: inSeconds(timeout) });
      }
      return;
    }
    case 'UNACKNOWLEDGED': {
      const esc = await findEscalation(uow.tx, alert.id);
      if (!esc) return;
      await cancelJob(uow, ackTimeoutJobKey(alert.id));
      // A new cycle: jobs of the earlier one find nothing to do, delivery keys never collide.
      const cycle = esc.cycle + 1;
      await updateEscalation(uow.tx, alert.id, { cycle, round: 0, active: true });
      await enqueue(uow, escalateTask, { alertId: alert.id, cycle, round: 0, level: 0, restart: true }, { jobKey: stepJobKey(alert.id) });
      return;
    }
    case 'RESOLVED': {
      const esc = await findEscalation(uow.tx, alert.id);
      if (!esc) return;
      await cancelJob(uow, stepJobKey(alert.id));
      await cancelJob(uow, ackTimeoutJobKey(alert.id));
      await updateEscalation(uow.tx, alert.id, { active: false });
      return;
    }
    default:
      return;
  }
}

registerAlertChangeHook('escalation', escalationHook);
