import { check } from '../../../authz/engine';
import { insertAlertNotes } from '../../../db/queries/alerts.queries';
import { activeUserEmails, existingChannelIds } from '../../../db/queries/escalation.queries';
import { findChannel } from '../../../db/queries/channels.queries';
import type { AlertRow, EscalationSnapshot } from '../../../db/schema';
import type { ServiceDeps } from '../../deps';
import { enqueueDelivery } from '../../deliveries/delivery-queue';
import { SEALED } from '../../security/sealed-columns';
import { newId } from '../../shared/ids';
import type { UnitOfWork } from '../../shared/unit-of-work';
import { alertResource } from '../alert-snapshot';
import type { NotificationMessage } from '../channels/notification-message';

/** Where the ladder stands: `cycle` (restarts), `round` (repeats of the whole ladder), `level`. */
export interface LadderPosition {
  cycle: number;
  round: number;
  level: number;
}

function messageFor(alert: AlertRow, pos: LadderPosition, snapshot: EscalationSnapshot): NotificationMessage {
  const escalated = pos.level > 0 || pos.round > 0;
  const title = alert.labels.alertname ?? 'Alert';
  return {
    kind: 'alert',
    event: escalated ? 'ESCALATED' : 'FIRING',
    title: escalated ? `${title} (escalation level ${pos.level + 1} of ${snapshot.levels.length}, policy ${snapshot.name})` : title,
    summary: alert.annotations.summary ?? alert.annotations.description ?? '',
    severity: alert.severity.toLowerCase() as NotificationMessage['severity'],
    labels: alert.labels,
    annotations: alert.annotations,
    fingerprint: alert.fingerprint,
  };
}

/** A suppressed alert (silenced, inhibited, snoozed) climbs the ladder but pages nobody. */
const suppressed = (alert: AlertRow) => alert.silencedBy.length > 0 || alert.inhibitedBy.length > 0 || (alert.snoozedUntil !== null && alert.snoozedUntil.getTime() > Date.now());

/**
 * Enqueues the deliveries of one rung in the caller's transaction. Every delivery's idempotency key
 * is alert + cycle + round + level + target, so a job run again after a crash enqueues nothing
 * twice. Channels deleted since the policy was snapshotted are skipped; user targets are mailed
 * through the policy's `userEmailChannelId` EMAIL channel with `to` replaced by the user's
 * address, only while the user is ACTIVE (never a suspended or deleted user) and holds alerts:read
 * on the alert's labels now (see `readersOnly`).
 */
export async function notifyLevel(deps: ServiceDeps, uow: UnitOfWork, alert: AlertRow, snapshot: EscalationSnapshot, pos: LadderPosition): Promise<number> {
  const rung = snapshot.levels[pos.level];
  if (!rung || suppressed(alert)) return 0;
  const message = messageFor(alert, pos, snapshot);
  const key = (target: string) => `escalation:${alert.id}:c${pos.cycle}:r${pos.round}:l${pos.level}:${target}`;
  const origin = { kind: 'alert', id: alert.id };
  let sent = 0;
  for (const channel of await existingChannelIds(uow.tx, rung.channelIds)) {
    await enqueueDelivery(deps, uow, { channelId: channel.id, message, idempotencyKey: key(`channel:${channel.id}`), origin });
    sent += 1;
  }
  const people = await readersOnly(deps, uow, alert, pos, await activeUserEmails(uow.tx, rung.userIds));
  const mailer = people.length > 0 && snapshot.userEmailChannelId ? await findChannel(uow.tx, snapshot.userEmailChannelId) : undefined;
  if (people.length > 0 && mailer?.type !== 'EMAIL') {
    deps.log.warn({ alertId: alert.id, policy: snapshot.name }, 'escalation: user targets need an EMAIL userEmailChannelId; users not paged');
    return sent;
  }
  if (!mailer) return sent;
  // The channel's SMTP credentials travel sealed with the one-off target, never in the clear.
  const secrets = mailer.secretsSealed ? (JSON.parse(await deps.secretBox.open(mailer.secretsSealed, SEALED.channelSecrets.purpose)) as Record<string, string>) : {};
  for (const person of people) {
    await enqueueDelivery(deps, uow, {
      target: { type: 'EMAIL', settings: { ...mailer.settings, to: [person.email] }, secrets },
      message,
      idempotencyKey: key(`user:${person.id}`),
      origin,
    });
    sent += 1;
  }
  return sent;
}

/** The timeline action of a user target that was not paged. */
export const TARGET_SKIPPED = 'ESCALATION_TARGET_SKIPPED';

/**
 * The user targets that may read this alert: a mail carries the alert's labels and annotations,
 * so a user whose grants do not reach the alert's labels (e.g. alerts:read on team=payments only,
 * for a team=search alert) is not paged. Decided at send time with the user's current grants, as
 * a request of theirs would be. Each skip leaves a SYSTEM note in the alert's timeline and a log
 * line naming the user and the reason, never the alert's content.
 */
async function readersOnly<P extends { id: string }>(deps: ServiceDeps, uow: UnitOfWork, alert: AlertRow, pos: LadderPosition, people: P[]): Promise<P[]> {
  const resource = alertResource(alert);
  const readers: P[] = [];
  const skipped: P[] = [];
  for (const person of people) {
    const perms = await deps.permissionCache.get(person.id);
    (check(perms, { action: 'alerts:read', resource }).allowed ? readers : skipped).push(person);
  }
  if (skipped.length === 0) return readers;
  const reason = "the user does not hold alerts:read on this alert's labels";
  await insertAlertNotes(
    uow.tx,
    skipped.map((p) => ({
      id: newId(),
      alertId: alert.id,
      actorType: 'SYSTEM' as const,
      actorId: null,
      action: TARGET_SKIPPED,
      note: `User ${p.id} was not paged: ${reason}`,
      details: { userId: p.id, reason: 'NO_ALERTS_READ', cycle: pos.cycle, round: pos.round, level: pos.level },
    })),
  );
  for (const p of skipped) deps.log.info({ alertId: alert.id, userId: p.id, level: pos.level }, `escalation: user target skipped: ${reason}`);
  return readers;
}
