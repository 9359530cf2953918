import { delegateesOf } from '../../db/queries/grants.queries';
import type { ServiceDeps } from '../deps';
import { invalidateOnCommit } from '../cache/invalidate-on-commit';
import type { UnitOfWork } from '../shared/unit-of-work';
import { permissionChangeTags } from './permission-set-cache';

/**
 * Inside a change to what users may do: after commit this node drops its cache before the caller
 * answers (so the caller's very next request sees it), and every node hears it from the event
 * log. Users holding delegations from the affected users are affected too: a delegation never
 * gives more than the delegator holds now. Read in the transaction, so it sees this change.
 * Every mutation of sets, assignments and grants passes here.
 */
export async function announcePermissionChange(
  deps: Pick<ServiceDeps, 'permissionCache' | 'cache'>,
  uow: UnitOfWork,
  userIds: string[] | null,
  opts: { graphChanged?: boolean } = {},
): Promise<void> {
  const affected = userIds === null ? null : [...new Set([...userIds, ...(await delegateesOf(uow.tx, userIds))])];
  const graphChanged = opts.graphChanged ?? false;
  uow.afterCommit(() => deps.permissionCache.invalidate(affected, graphChanged));
  // Cached set rows and holdings (shared by every node) go too.
  invalidateOnCommit(deps, uow, permissionChangeTags(affected, graphChanged));
  uow.emit('permissions.invalidated', { userIds: affected, graphChanged, at: new Date().toISOString() });
}
