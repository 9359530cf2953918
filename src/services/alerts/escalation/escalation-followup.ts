import { channelsToldAbout } from '../../../db/queries/deliveries.queries';
import type { AlertRow, ChannelType } from '../../../db/schema';
import type { ServiceDeps } from '../../deps';
import { enqueueDelivery } from '../../deliveries/delivery-queue';
import type { UnitOfWork } from '../../shared/unit-of-work';
import { registerAlertChangeHook, type AlertChange } from '../alert-change-hooks';
import type { NotificationEvent, NotificationMessage } from '../channels/notification-message';

/** What paged a channel about an alert (escalation's per-alert notifications). */
const PAGE_EVENTS = ['FIRING', 'ESCALATED', 'FLAPPING'] as const;

/**
 * Who hears that a paged alert was acknowledged or resolved: PagerDuty (its incident follows ours,
 * same dedup_key), and the team-room channels (webhook, Slack), so nobody else picks it up. EMAIL
 * and SMS stay quiet: a mail or text per acknowledgement is noise, and the routing groups already
 * send their resolved notices there.
 */
const FOLLOW_UP: ReadonlySet<ChannelType> = new Set<ChannelType>(['PAGERDUTY', 'WEBHOOK', 'SLACK']);

function followUpMessage(alert: AlertRow, event: NotificationEvent): NotificationMessage {
  const name = alert.labels.alertname ?? 'Alert';
  const word = event === 'ACKNOWLEDGED' ? 'acknowledged' : event === 'RESOLVED' ? 'resolved' : 'firing again';
  return {
    kind: 'alert',
    event,
    title: `${name} ${word}`,
    summary: alert.annotations.summary ?? alert.annotations.description ?? '',
    severity: alert.severity.toLowerCase() as NotificationMessage['severity'],
    labels: alert.labels,
    annotations: alert.annotations,
    // The alert's fingerprint, as every escalation notification: PagerDuty's dedup_key.
    fingerprint: alert.fingerprint,
  };
}

/**
 * Tells the channels escalation paged about an alert that it was acknowledged, resolved or
 * unacknowledged, in the change's transaction (a durable delivery per channel). "Paged" is read
 * from the deliveries of the alert (origin `alert`), so only channels that were actually sent a
 * page hear the follow-up. Idempotency keys are per episode (the acknowledgement's time; an alert
 * resolves once), so the same change never sends twice, and a later ack sends anew.
 *
 * Unacknowledged (by a user, or by the policy's ack timeout): PagerDuty's incident is re-opened
 * (`reopen`: resolve + trigger, as a trigger alone leaves an acknowledged incident quiet; Events
 * API v2 has no "unacknowledge"). Every PagerDuty channel that was paged gets it, level 0's too:
 * the ladder's restart pages level 0 with a plain trigger, which PagerDuty merges into the same
 * incident. Other channels hear again from the restarted ladder.
 */
export async function escalationFollowUpHook(deps: ServiceDeps, uow: UnitOfWork, change: AlertChange): Promise<void> {
  const { alert, previous } = change;
  let event: NotificationEvent;
  let key: string;
  if (change.kind === 'ACKNOWLEDGED' && alert.acknowledgedAt) {
    event = 'ACKNOWLEDGED';
    key = `alert-ack:${alert.id}:${alert.acknowledgedAt.toISOString()}`;
  } else if (change.kind === 'RESOLVED' && previous && previous.status !== 'RESOLVED') {
    event = 'RESOLVED';
    key = `alert-resolve:${alert.id}`;
  } else if (change.kind === 'UNACKNOWLEDGED' && previous?.acknowledgedAt && alert.status === 'FIRING') {
    event = 'FIRING';
    key = `alert-unack:${alert.id}:${previous.acknowledgedAt.toISOString()}`;
  } else return;

  // Unacknowledged: only PagerDuty needs telling (its incident is acknowledged); the ladder's restart pages everyone else.
  const told = (await channelsToldAbout(uow.tx, { kind: 'alert', id: alert.id }, PAGE_EVENTS)).filter((c) =>
    event === 'FIRING' ? c.channelType === 'PAGERDUTY' : FOLLOW_UP.has(c.channelType),
  );
  if (told.length === 0) return;
  const message = { ...followUpMessage(alert, event), ...(event === 'FIRING' ? { reopen: true } : {}) };
  for (const c of told) {
    await enqueueDelivery(deps, uow, { channelId: c.channelId, message, idempotencyKey: `${key}:channel:${c.channelId}`, origin: { kind: 'alert', id: alert.id } });
  }
}

registerAlertChangeHook('escalation-follow-up', escalationFollowUpHook);
