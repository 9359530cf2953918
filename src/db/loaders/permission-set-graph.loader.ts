import DataLoader from 'dataloader';
import type { Db } from '../client';
import type { PermissionSetGrantRow, PermissionSetRow } from '../schema';
import { grantsOfSets, parentsOfSets } from '../queries/permissions.queries';
import { direct, type BatchThrough } from './batch-through';

function groupBy<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const row of rows) map.set(keyOf(row), [...(map.get(keyOf(row)) ?? []), row]);
  return keys.map((k) => map.get(k) ?? []);
}

export function createGrantsBySetLoader(db: Db, through: BatchThrough<string, PermissionSetGrantRow[]> = direct) {
  return new DataLoader<string, PermissionSetGrantRow[]>(
    (setIds) => through(setIds, async (ids) => groupBy(ids, await grantsOfSets(db, ids), (g) => g.setId)),
    { maxBatchSize: 500 },
  );
}

export function createParentsBySetLoader(db: Db, through: BatchThrough<string, PermissionSetRow[]> = direct) {
  return new DataLoader<string, PermissionSetRow[]>(
    (setIds) => through(setIds, async (ids) => groupBy(ids, await parentsOfSets(db, ids), (p) => p.setId).map((rows) => rows.map((r) => r.parent))),
    { maxBatchSize: 500 },
  );
}
