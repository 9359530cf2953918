import DataLoader from 'dataloader';
import type { Db } from '../client';
import { allowlistsOfSets, allowlistsOfUsers } from '../queries/ip-allowlists.queries';

/** IP allowlists of users or of sets, batched; an absent list is an empty one (no restriction). */
export function createIpAllowlistLoaders(db: Db) {
  const batched = (load: (ids: readonly string[]) => Promise<Array<{ id: string | null; cidrs: string[] }>>) =>
    new DataLoader<string, string[]>(
      async (ids) => {
        const byId = new Map((await load(ids)).map((r) => [r.id, r.cidrs]));
        return ids.map((id) => byId.get(id) ?? []);
      },
      { maxBatchSize: 500 },
    );
  return {
    ipAllowlistByUser: batched(async (ids) => (await allowlistsOfUsers(db, ids)).map((r) => ({ id: r.userId, cidrs: r.cidrs }))),
    ipAllowlistBySet: batched(async (ids) => (await allowlistsOfSets(db, ids)).map((r) => ({ id: r.permissionSetId, cidrs: r.cidrs }))),
  };
}
