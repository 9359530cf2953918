import DataLoader from 'dataloader';
import type { Db } from '../client';
import type { PermissionSetRow } from '../schema';
import { setsOfUsers } from '../queries/permissions.queries';

/** The sets each user currently holds, batched: one query per page of users, whatever its size. */
export function createPermissionSetsByUserLoader(db: Db) {
  return new DataLoader<string, PermissionSetRow[]>(
    async (userIds) => {
      const rows = await setsOfUsers(db, userIds);
      const byUser = new Map<string, PermissionSetRow[]>();
      for (const row of rows) {
        const list = byUser.get(row.userId) ?? [];
        list.push(row.set);
        byUser.set(row.userId, list);
      }
      return userIds.map((id) => byUser.get(id) ?? []);
    },
    { maxBatchSize: 500 },
  );
}
