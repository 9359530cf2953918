import { createHash } from 'node:crypto';
import { deleteGroup, findRoutingTree, groupMembers, listTimeIntervals, lockGroup, markNotifiedFiring, removeGroupMembers, updateGroup } from '../../../db/queries/alert-routes.queries';
import type { AlertGroupRow, AlertRow } from '../../../db/schema';
import { AppError } from '../../../errors/app-error';
import { enqueueDelivery } from '../../deliveries/delivery-queue';
import type { ServiceDeps } from '../../deps';
import { enqueue } from '../../jobs/enqueue';
import { defineTask } from '../../jobs/task';
import { inTransaction, type UnitOfWork } from '../../shared/unit-of-work';
import type { AlertNotificationMessage, NotificationEvent, NotificationSeverity } from '../channels/notification-message';
import { defaultRoot, findEffective } from './route-tree';
import { insideNamed } from './time-interval-ranges';

export const groupFlushJobKey = (groupId: string) => `alerts:group-flush:${groupId}`;

const SEVERITY_ORDER: NotificationSeverity[] = ['critical', 'error', 'warning', 'info'];

/** A firing alert is notified unless a silence, an inhibition or a snooze holds it back. */
export const notifiable = (a: AlertRow, now: Date) =>
  a.status !== 'RESOLVED' && a.silencedBy.length === 0 && a.inhibitedBy.length === 0 && !(a.snoozedUntil && a.snoozedUntil.getTime() > now.getTime());

/** Schedules a group's flush. `preserve_run_at` keeps the first run time: a burst never pushes it back. */
export async function scheduleFlush(uow: Pick<UnitOfWork, 'tx'>, groupId: string, runAt: Date, mode: 'preserve_run_at' | 'replace'): Promise<void> {
  await enqueue(uow, groupFlushTask, { groupId }, { jobKey: groupFlushJobKey(groupId), jobKeyMode: mode, runAt, maxAttempts: 25 });
}

/**
 * One flush of an aggregation group (Alertmanager's aggrGroup.flush + the notification log's
 * needsUpdate): sends ONE notification per receiver when a firing alert was not in the last
 * notification, when alerts that were notified firing have resolved, or when repeatInterval passed
 * with alerts still firing. Then reschedules itself after groupInterval while the group has alerts.
 * Flapping (the rule engine keeps a flapping alert open and marks it): an alert that newly flaps
 * makes the flush send once, with event FLAPPING; while it keeps flapping it causes nothing more,
 * and it does not make repeatInterval repeats on its own (a repeat due for steadily firing alerts
 * lists it, marked). When it stops flapping and still fires, the group says FIRING once more.
 * Everything happens under the group's row lock in one transaction, and the deliveries' idempotency
 * key is (group, flush sequence): a job run twice (at-least-once) sends nothing twice.
 */
export const groupFlushTask = defineTask<{ groupId: string }>('alerts.groupFlush', async (deps, payload) => {
  await inTransaction(deps, deps.log, (uow) => flushGroup(deps, uow, payload.groupId, new Date()));
});

export async function flushGroup(deps: ServiceDeps, uow: UnitOfWork, groupId: string, now: Date): Promise<void> {
  const group = await lockGroup(uow.tx, groupId);
  if (!group) return;
  const tree = await findRoutingTree(uow.tx);
  const route = findEffective(tree?.root ?? defaultRoot(), group.routeId);
  // The route was removed from the tree: its group goes with it (alerts are routed anew when they next fire).
  if (!route) return deleteGroup(uow.tx, group.id);

  const members = await groupMembers(uow.tx, group.id);
  const firing = members.filter((m) => notifiable(m.alert, now)).map((m) => m.alert);
  const resolved = members.filter((m) => m.alert.status === 'RESOLVED' && m.notifiedFiring).map((m) => m.alert);
  // Resolved before anyone was told it fired: nothing to say about it, ever.
  const silentResolved = members.filter((m) => m.alert.status === 'RESOLVED' && !m.notifiedFiring).map((m) => m.alert.id);

  const intervals = await listTimeIntervals(uow.tx, [...route.muteTimeIntervals, ...route.activeTimeIntervals]);
  const muted = route.muteTimeIntervals.some((n) => insideNamed(intervals, n, now));
  const inactive = route.activeTimeIntervals.length > 0 && !route.activeTimeIntervals.some((n) => insideNamed(intervals, n, now));

  const last = new Set(group.lastFiring);
  const lastFlapping = new Set(group.lastFlapping);
  const steady = firing.filter((a) => !a.flapping);
  const newlyFlapping = firing.filter((a) => a.flapping && !lastFlapping.has(a.id));
  // Stopped flapping and still firing: worth one FIRING notice (the last word about it was "flapping").
  const settled = steady.filter((a) => lastFlapping.has(a.id));
  const repeatDue = steady.length > 0 && (!group.lastNotifiedAt || now.getTime() - group.lastNotifiedAt.getTime() >= route.repeatIntervalMs);
  const changed = steady.some((a) => !last.has(a.id)) || settled.length > 0 || newlyFlapping.length > 0 || resolved.length > 0;
  const send = !muted && !inactive && (changed || repeatDue) && (firing.length > 0 || resolved.length > 0);

  await removeGroupMembers(uow.tx, group.id, silentResolved);
  if (send) {
    const seq = group.flushSeq + 1;
    // PagerDuty's incident stands acknowledged while every alert the group notifies is: a new
    // unacknowledged one re-opens it, and alerts acknowledged before their first notice open it acknowledged.
    const allAcknowledged = firing.length > 0 && firing.every((a) => a.status === 'ACKNOWLEDGED');
    const acknowledgedAt = allAcknowledged ? (group.acknowledgedAt ?? now) : firing.length > 0 ? null : group.acknowledgedAt;
    const reopen = group.acknowledgedAt !== null && firing.length > 0 && !allAcknowledged;
    const opensAcknowledged = allAcknowledged && group.acknowledgedAt === null;
    const message = {
      ...groupMessage(group, firing, resolved, newlyFlapping.length > 0 ? 'FLAPPING' : undefined),
      ...(reopen ? { reopen: true } : {}),
      ...(opensAcknowledged ? { acknowledged: true } : {}),
    };
    for (const channelId of route.receivers) {
      try {
        await enqueueDelivery(deps, uow, { channelId, message, idempotencyKey: `alert-group:${group.id}:${seq}`, origin: { kind: 'alert-group', id: group.id } });
      } catch (err) {
        // A channel deleted after the tree named it: the other receivers still hear (a plain read found nothing; the transaction is intact).
        if (!(err instanceof AppError && err.code === 'NOT_FOUND')) throw err;
        deps.log.warn({ groupId: group.id, channelId }, 'routing receiver channel no longer exists');
      }
    }
    await markNotifiedFiring(uow.tx, group.id, firing.map((a) => a.id));
    await removeGroupMembers(uow.tx, group.id, resolved.map((a) => a.id));
    await updateGroup(uow.tx, group.id, { flushSeq: seq, lastFiring: firing.map((a) => a.id), lastFlapping: firing.filter((a) => a.flapping).map((a) => a.id), lastNotifiedAt: now, acknowledgedAt });
  }
  const remaining = members.length - silentResolved.length - (send ? resolved.length : 0);
  if (remaining <= 0) return deleteGroup(uow.tx, group.id);
  await scheduleFlush(uow, group.id, new Date(now.getTime() + route.groupIntervalMs), 'replace');
}

/**
 * Alertmanager's default title: `[FIRING:3] HighErrorRate (team="payments")`. `event` overrides the
 * one the alerts imply (FLAPPING, or ACKNOWLEDGED for the PagerDuty group acknowledgement).
 */
export function groupMessage(group: AlertGroupRow, firing: AlertRow[], resolved: AlertRow[], event?: NotificationEvent): AlertNotificationMessage {
  const all = [...firing, ...resolved];
  const worst = SEVERITY_ORDER.find((s) => all.some((a) => a.severity.toLowerCase() === s)) ?? 'info';
  const names = [...new Set(all.map((a) => a.labels['alertname'] ?? ''))].filter(Boolean);
  const groupText = Object.entries(group.groupLabels)
    .map(([k, v]) => `${k}="${v}"`)
    .join(', ');
  const implied: NotificationEvent = firing.length > 0 ? 'FIRING' : 'RESOLVED';
  const shown = event ?? implied;
  const counted = shown === 'FLAPPING' ? firing.filter((a) => a.flapping).length : shown === 'RESOLVED' ? resolved.length : firing.length;
  const head = `[${shown}:${counted}]`;
  const title = `${head} ${names.slice(0, 3).join(', ') || 'alerts'}${groupText ? ` (${groupText})` : ''}`;
  const summary =
    firing.length > 0
      ? `${firing.length} firing${resolved.length ? `, ${resolved.length} resolved` : ''}: ${firing[0]!.annotations['summary'] ?? firing[0]!.labels['alertname'] ?? ''}`
      : `${resolved.length} resolved`;
  return {
    kind: 'alert',
    event: shown,
    title: title.slice(0, 300),
    summary: summary.slice(0, 1000),
    severity: worst,
    labels: group.groupLabels,
    annotations: {},
    // Stable per group: PagerDuty's dedup_key, so the resolved notification closes the same incident.
    fingerprint: createHash('sha256').update(group.groupKey).digest('hex').slice(0, 16),
    alerts: all.map((a) => ({
      fingerprint: a.fingerprint,
      status: a.status === 'RESOLVED' ? 'resolved' : 'firing',
      ...(a.flapping && a.status !== 'RESOLVED' ? { flapping: true } : {}),
      labels: a.labels,
      annotations: a.annotations,
      startsAt: a.startsAt.toISOString(),
      endsAt: a.status === 'RESOLVED' ? (a.endsAt ?? a.resolvedAt ?? null)?.toISOString() ?? null : null,
      ...(a.generatorUrl ? { url: a.generatorUrl } : {}),
    })),
  };
}
