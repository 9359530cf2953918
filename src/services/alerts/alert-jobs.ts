import { insertAlertNote, lockAlert, lockAlertState, updateAlert } from '../../db/queries/alerts.queries';
import { defineTask } from '../jobs/task';
import { newId } from '../shared/ids';
import { inTransaction } from '../shared/unit-of-work';
import { onAlertChanged, type AlertChange } from './alert-change-hooks';
import { reconcileSuppression } from './alert-suppression';
import { changeAlert } from './alert-update';

export const snoozeJobKey = (alertId: string) => `alerts:snooze:${alertId}`;
export const expireJobKey = (alertId: string) => `alerts:expire:${alertId}`;
export const silenceStartJobKey = (silenceId: string) => `alerts:silence-start:${silenceId}`;
export const silenceEndJobKey = (silenceId: string) => `alerts:silence-end:${silenceId}`;

const SYSTEM: AlertChange['actor'] = { type: 'SYSTEM', id: null };

/**
 * A snooze ended: the alert wakes up. Idempotent and safe against re-snoozes: only a snooze that is
 * still the alert's (same `until`) and due is cleared.
 */
export const unsnoozeAlertTask = defineTask<{ alertId: string; until: string }>('alerts.unsnooze', async (deps, payload) => {
  await inTransaction(deps, deps.log, (uow) =>
    changeAlert(deps, uow, payload.alertId, {
      kind: 'UPDATED',
      action: 'UNSNOOZED',
      actor: SYSTEM,
      decide: (alert) =>
        alert.status !== 'RESOLVED' && alert.snoozedUntil?.toISOString() === payload.until && alert.snoozedUntil.getTime() <= Date.now()
          ? { snoozedUntil: null }
          : null,
    }),
  );
});

/**
 * A firing alert's `endsAt` passed with no newer report: resolved, as Alertmanager resolves it.
 * A newer report replaces this job (same key) and moves `endsAt`, so a stale run changes nothing.
 */
export const expireAlertTask = defineTask<{ alertId: string; endsAt: string }>('alerts.expire', async (deps, payload) => {
  await inTransaction(deps, deps.log, async (uow) => {
    await lockAlertState(uow.tx);
    const alert = await lockAlert(uow.tx, payload.alertId);
    if (!alert || alert.status === 'RESOLVED' || !alert.endsAt || alert.endsAt.getTime() > Date.now()) return;
    const after = await updateAlert(uow.tx, alert.id, { status: 'RESOLVED', resolvedAt: new Date(), resolvedBy: null, snoozedUntil: null });
    await insertAlertNote(uow.tx, { id: newId(), alertId: alert.id, actorType: 'SYSTEM', actorId: null, action: 'RESOLVED', details: { reason: 'endsAt passed' } });
    await onAlertChanged(deps, uow, { kind: 'RESOLVED', alert: after, previous: alert, actor: SYSTEM });
    await reconcileSuppression(deps, uow, SYSTEM);
  });
});

/** A silence started or ended: every open alert's `silencedBy` is recomputed. Idempotent. */
export const silenceBoundaryTask = defineTask<{ silenceId: string }>('alerts.silenceBoundary', async (deps) => {
  await inTransaction(deps, deps.log, async (uow) => {
    await lockAlertState(uow.tx);
    await reconcileSuppression(deps, uow, SYSTEM);
  });
});
