import type { SQL } from 'drizzle-orm';
import { reachesEverything, scopeFilter } from '../../authz/engine';
import type { CompiledPermissions } from '../../authz/engine/engine.types';
import { labelledReachableSql } from '../../db/queries/scope-sql';
import { alertStateHistory } from '../../db/schema';

/**
 * State history rows carry the labels their alert carries, so label-scoped grants on alerts reach
 * the same transitions as the alerts (one WHERE condition; undefined when the viewer sees all).
 */
export function historyReachable(perms: CompiledPermissions): SQL | undefined {
  const readable = scopeFilter(perms, 'alerts:read');
  if (reachesEverything(readable)) return undefined;
  return labelledReachableSql(readable, { id: alertStateHistory.ruleId, labels: alertStateHistory.labels });
}
