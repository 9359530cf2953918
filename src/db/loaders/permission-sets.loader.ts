import DataLoader from 'dataloader';
import type { Db } from '../client';
import type { PermissionSetRow } from '../schema';
import { setsOfUsers } from '../queries/permissions.queries';
import { direct, type BatchThrough } from './batch-through';

/** A set a user holds, and until when (null: no end): a cache must not keep it past that. */
export interface HeldSet {
  set: PermissionSetRow;
  expiresAt: Date | null;
}

/** The sets each user currently holds, batched: one query per page of users, whatever its size. */
export function createPermissionSetsByUserLoader(db: Db, through: BatchThrough<string, HeldSet[]> = direct) {
  const held = async (userIds: readonly string[]): Promise<HeldSet[][]> => {
    const byUser = new Map<string, HeldSet[]>();
    for (const row of await setsOfUsers(db, userIds)) {
      const list = byUser.get(row.userId) ?? [];
      list.push({ set: row.set, expiresAt: row.expiresAt });
      byUser.set(row.userId, list);
    }
    return userIds.map((id) => byUser.get(id) ?? []);
  };
  return new DataLoader<string, PermissionSetRow[]>(
    async (userIds) => {
      const now = Date.now();
      // A cached list may hold an assignment that has expired since: dropped here as the query would.
      return (await through(userIds, held)).map((sets) => sets.filter((h) => !h.expiresAt || h.expiresAt.getTime() > now).map((h) => h.set));
    },
    { maxBatchSize: 500 },
  );
}
