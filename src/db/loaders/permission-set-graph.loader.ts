import DataLoader from 'dataloader';
import type { Db } from '../client';
import type { PermissionSetGrantRow, PermissionSetRow } from '../schema';
import { grantsOfSets, parentsOfSets } from '../queries/permissions.queries';

function groupBy<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const row of rows) map.set(keyOf(row), [...(map.get(keyOf(row)) ?? []), row]);
  return keys.map((k) => map.get(k) ?? []);
}

export function createGrantsBySetLoader(db: Db) {
  return new DataLoader<string, PermissionSetGrantRow[]>(
    async (setIds) => groupBy(setIds, await grantsOfSets(db, setIds), (g) => g.setId),
    { maxBatchSize: 500 },
  );
}

export function createParentsBySetLoader(db: Db) {
  return new DataLoader<string, PermissionSetRow[]>(
    async (setIds) => groupBy(setIds, await parentsOfSets(db, setIds), (p) => p.setId).map((rows) => rows.map((r) => r.parent)),
    { maxBatchSize: 500 },
  );
}
