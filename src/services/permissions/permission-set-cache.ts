import type { HeldSet, LoaderCaches } from '../../db/loaders';
import type { TagCache } from '../cache/tag-cache';

/**
 * What the shared cache holds for permission sets and how it is dropped. Rows only, never a
 * viewer's view of them: visibility is decided per request on top (permission-set.service.ts).
 */
export const PERMISSION_SET_TAGS = {
  /** Every set row, its grants and parents, and pages of the list: any set edit bumps it. */
  sets: 'permissionSets',
  /** Every user's held sets (a change announced for everyone). */
  allHolders: 'permissionSets:holders',
  /** One user's held sets. */
  holder: (userId: string) => `permissionSets:holder:${userId}`,
} as const;

/** Above this many users, one tag for all holders is bumped rather than one per user. */
const MAX_HOLDER_TAGS = 100;

/** The tags an announced permission change invalidates. */
export function permissionChangeTags(userIds: readonly string[] | null, graphChanged: boolean): string[] {
  if (graphChanged) return [PERMISSION_SET_TAGS.sets];
  if (userIds === null || userIds.length > MAX_HOLDER_TAGS) return [PERMISSION_SET_TAGS.allHolders];
  return userIds.map(PERMISSION_SET_TAGS.holder);
}

/** Seconds until the first of these assignments expires (undefined: none does). */
function untilFirstExpiry(held: HeldSet[]): number | undefined {
  const ends = held.flatMap((h) => (h.expiresAt ? [h.expiresAt.getTime()] : []));
  return ends.length === 0 ? undefined : Math.max(0, Math.floor((Math.min(...ends) - Date.now()) / 1000));
}

/** The cache in front of the permission-set loaders of every request. */
export function permissionSetLoaderCaches(cache: TagCache): LoaderCaches {
  // Stateless per cache: built once, not for every request's loaders.
  let caches = loaderCachesOf.get(cache);
  if (!caches) loaderCachesOf.set(cache, (caches = buildLoaderCaches(cache)));
  return caches;
}

const loaderCachesOf = new WeakMap<TagCache, LoaderCaches>();

function buildLoaderCaches(cache: TagCache): LoaderCaches {
  const { sets, allHolders, holder } = PERMISSION_SET_TAGS;
  return {
    grantsBySet: (ids, load) => cache.wrapMany({ keys: ids, keyOf: (id) => `permissionSets:grants:${id}`, tagsOf: () => [sets] }, load),
    parentsBySet: (ids, load) => cache.wrapMany({ keys: ids, keyOf: (id) => `permissionSets:parents:${id}`, tagsOf: () => [sets] }, load),
    permissionSetsByUser: (ids, load) =>
      cache.wrapMany(
        {
          keys: ids,
          keyOf: (id) => `permissionSets:heldBy:${id}`,
          tagsOf: (id) => [sets, allHolders, holder(id)],
          ttlSeconds: (held: HeldSet[]) => untilFirstExpiry(held) ?? Number.POSITIVE_INFINITY,
        },
        load,
      ),
  };
}
