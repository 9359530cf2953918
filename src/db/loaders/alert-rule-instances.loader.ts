import DataLoader from 'dataloader';
import type { Db } from '../client';
import type { AlertRuleInstanceRow } from '../schema';
import { listInstancesOfRules } from '../queries/alert-rules.queries';

const MAX_BATCH = 100;

/** The instances of a page of alert rules in one statement. */
export function createAlertRuleInstancesLoader(db: Db) {
  return new DataLoader<string, AlertRuleInstanceRow[]>(
    async (ruleIds) => {
      const rows = await listInstancesOfRules(db, [...ruleIds]);
      return ruleIds.map((id) => rows.filter((r) => r.ruleId === id));
    },
    { maxBatchSize: MAX_BATCH },
  );
}
