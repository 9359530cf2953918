import DataLoader from 'dataloader';
import type { Db } from '../client';
import { notificationsOfAlerts, type AlertNotificationRow } from '../queries/alert-notifications.queries';

const MAX_BATCH = 100;
/** Newest first, at most this many per alert: an alert that has paged for days keeps its answer small. */
export const ALERT_NOTIFICATIONS_LIMIT = 50;

/** The deliveries about a page of alerts in one statement (newest first per alert). */
export function createAlertNotificationsLoader(db: Db) {
  return new DataLoader<string, AlertNotificationRow[]>(
    async (alertIds) => {
      const byAlert = new Map<string, AlertNotificationRow[]>();
      for (const r of await notificationsOfAlerts(db, alertIds, ALERT_NOTIFICATIONS_LIMIT)) {
        const list = byAlert.get(r.alertId);
        if (list) list.push(r);
        else byAlert.set(r.alertId, [r]);
      }
      return alertIds.map((id) => byAlert.get(id) ?? []);
    },
    { maxBatchSize: MAX_BATCH },
  );
}
