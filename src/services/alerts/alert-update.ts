import { insertAlertNote, lockAlert, lockAlertState, updateAlert } from '../../db/queries/alerts.queries';
import type { AlertRow, NewAlertRow } from '../../db/schema';
import type { ServiceDeps } from '../deps';
import { newId } from '../shared/ids';
import type { UnitOfWork } from '../shared/unit-of-work';
import { onAlertChanged, type AlertChange } from './alert-change-hooks';

/**
 * Columns other rounds move on an open alert (escalation, flap detection, snooze expiry; the
 * escalation's ack timeout puts an acknowledged alert back to FIRING).
 */
export type AlertPatch = Pick<Partial<NewAlertRow>, 'escalationLevel' | 'flapping' | 'snoozedUntil' | 'status' | 'acknowledgedBy' | 'acknowledgedAt'>;

/**
 * Changes an alert in the caller's transaction the way every alert change goes: the alert-state
 * lock, then the row lock; `decide` sees the locked row and returns the patch, or null to leave it
 * as it is (a stale timer: idempotent); then a timeline entry (`action`) and the alert change
 * (live event and hooks). Returns the alert after the change, or null when nothing changed.
 */
export async function changeAlert(
  deps: ServiceDeps,
  uow: UnitOfWork,
  alertId: string,
  change: {
    kind: AlertChange['kind'];
    action: string;
    actor: AlertChange['actor'];
    decide(alert: AlertRow): AlertPatch | null;
    note?: string | null;
    details?: Record<string, unknown> | null;
  },
): Promise<AlertRow | null> {
  await lockAlertState(uow.tx);
  const before = await lockAlert(uow.tx, alertId);
  if (!before) return null;
  const patch = change.decide(before);
  if (!patch) return null;
  const after = await updateAlert(uow.tx, alertId, patch);
  await insertAlertNote(uow.tx, {
    id: newId(),
    alertId,
    actorType: change.actor.type,
    actorId: change.actor.id,
    action: change.action,
    note: change.note ?? null,
    details: change.details ?? null,
  });
  await onAlertChanged(deps, uow, { kind: change.kind, alert: after, previous: before, actor: change.actor });
  return after;
}
