import { everyNotifiedAcknowledged, groupMembers, lockGroupsHoldingAlert, updateGroup } from '../../../db/queries/alert-routes.queries';
import { channelsToldAbout } from '../../../db/queries/deliveries.queries';
import type { AlertGroupRow } from '../../../db/schema';
import type { ServiceDeps } from '../../deps';
import { enqueueDelivery } from '../../deliveries/delivery-queue';
import type { UnitOfWork } from '../../shared/unit-of-work';
import { registerAlertChangeHook, type AlertChangeHook } from '../alert-change-hooks';
import type { NotificationEvent } from '../channels/notification-message';
import { groupMessage, notifiable } from './group-flush.task';

/** What opened or kept open the group's PagerDuty incident (the flush's notifications). */
const TRIGGER_EVENTS = ['FIRING', 'FLAPPING'] as const;

async function tellPagerDuty(deps: ServiceDeps, uow: UnitOfWork, group: AlertGroupRow, event: NotificationEvent, key: string): Promise<number> {
  const told = (await channelsToldAbout(uow.tx, { kind: 'alert-group', id: group.id }, TRIGGER_EVENTS)).filter((c) => c.channelType === 'PAGERDUTY');
  if (told.length === 0) return 0;
  const now = new Date();
  const firing = (await groupMembers(uow.tx, group.id)).filter((m) => m.notifiedFiring && notifiable(m.alert, now)).map((m) => m.alert);
  // A re-trigger re-opens: a trigger alone leaves PagerDuty's acknowledged incident quiet.
  const message = { ...groupMessage(group, firing, [], event), ...(event === 'FIRING' ? { reopen: true } : {}) };
  for (const c of told) {
    await enqueueDelivery(deps, uow, { channelId: c.channelId, message, idempotencyKey: `${key}:channel:${c.channelId}`, origin: { kind: 'alert-group', id: group.id } });
  }
  return told.length;
}

/**
 * Keeps a routing group's PagerDuty incident (dedup_key = the group's fingerprint) in step with
 * acknowledgements here, in the alert change's transaction:
 * - when every alert the group notified as firing and still open is acknowledged (after an ack, or
 *   after the last unacknowledged one resolved), PagerDuty receivers that were sent the group's
 *   trigger get `acknowledge`, once per acknowledgement (`acknowledged_at` on the group);
 * - when one of them is unacknowledged, the incident is re-opened (`reopen`: resolve + trigger;
 *   Events API v2 has no "unacknowledge", and a trigger alone leaves an acknowledged incident
 *   quiet). The flush does the same when it notifies a new, unacknowledged alert into a group
 *   that stood acknowledged.
 * Resolution needs nothing here: the group's next flush sends RESOLVED once all are resolved.
 * Other receivers (webhook, Slack, e-mail) hear groups as Alertmanager's receivers do: firing and
 * resolved only. Keys carry the group's acknowledgement time, so an episode is sent once.
 */
export const groupAckHook: AlertChangeHook = async (deps, uow, change) => {
  const { alert, previous } = change;
  const acked = change.kind === 'ACKNOWLEDGED';
  const unacked = change.kind === 'UNACKNOWLEDGED' && alert.status === 'FIRING';
  // Only an unacknowledged alert resolving can leave the rest all acknowledged.
  const resolvedLast = change.kind === 'RESOLVED' && previous?.status === 'FIRING';
  if (!acked && !unacked && !resolvedLast) return;
  for (const { group, notifiedFiring } of await lockGroupsHoldingAlert(uow.tx, alert.id)) {
    if (!notifiedFiring) continue;
    if (unacked) {
      if (!group.acknowledgedAt) continue;
      await tellPagerDuty(deps, uow, group, 'FIRING', `alert-group-unack:${group.id}:${group.acknowledgedAt.toISOString()}`);
      await updateGroup(uow.tx, group.id, { acknowledgedAt: null });
      continue;
    }
    if (group.acknowledgedAt || !(await everyNotifiedAcknowledged(uow.tx, group.id))) continue;
    const at = new Date();
    if ((await tellPagerDuty(deps, uow, group, 'ACKNOWLEDGED', `alert-group-ack:${group.id}:${at.toISOString()}`)) > 0) {
      await updateGroup(uow.tx, group.id, { acknowledgedAt: at });
    }
  }
};

registerAlertChangeHook('routing-acknowledgement', groupAckHook);
