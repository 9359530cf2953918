import { delegateesOf } from '../../db/queries/grants.queries';
import type { ServiceDeps } from '../deps';

/**
 * After a commit that changes what users may do: drop this node's cache synchronously (so the
 * caller's very next request sees it) and tell every node. Users holding delegations from the
 * affected users are affected too: a delegation never gives more than the delegator holds now.
 */
export async function announcePermissionChange(
  deps: ServiceDeps,
  userIds: string[] | null,
  opts: { graphChanged?: boolean } = {},
): Promise<void> {
  const affected = userIds === null ? null : [...new Set([...userIds, ...(await delegateesOf(deps.database.db, userIds))])];
  deps.permissionCache.invalidate(affected, opts.graphChanged ?? false);
  await deps.pubsub.publish('permissions.invalidated', { userIds: affected, graphChanged: opts.graphChanged ?? false });
}
