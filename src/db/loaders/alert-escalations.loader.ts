import DataLoader from 'dataloader';
import type { Db } from '../client';
import type { AlertEscalationRow } from '../schema';
import { findEscalations } from '../queries/escalation.queries';

const MAX_BATCH = 100;

/** The escalations of a page of alerts in one statement (null: the alert follows no policy). */
export function createAlertEscalationsLoader(db: Db) {
  return new DataLoader<string, AlertEscalationRow | null>(
    async (alertIds) => {
      const byAlert = new Map((await findEscalations(db, [...alertIds])).map((r) => [r.alertId, r]));
      return alertIds.map((id) => byAlert.get(id) ?? null);
    },
    { maxBatchSize: MAX_BATCH },
  );
}
