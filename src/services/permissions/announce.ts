import type { ServiceDeps } from '../deps';

/**
 * After a commit that changes what users may do: drop this node's cache synchronously (so the
 * caller's very next request sees it) and tell every other node.
 */
export async function announcePermissionChange(deps: ServiceDeps, userIds: string[] | null): Promise<void> {
  deps.permissionCache.invalidate(userIds);
  await deps.pubsub.publish('permissions.invalidated', { userIds });
}
