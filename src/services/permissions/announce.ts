import { delegateesOf } from '../../db/queries/grants.queries';
import type { ServiceDeps } from '../deps';
import type { UnitOfWork } from '../shared/unit-of-work';

/**
 * Inside a change to what users may do: after commit this node drops its cache before the caller
 * answers (so the caller's very next request sees it), and every node hears it from the event
 * log. Users holding delegations from the affected users are affected too: a delegation never
 * gives more than the delegator holds now. Read in the transaction, so it sees this change.
 */
export async function announcePermissionChange(
  deps: Pick<ServiceDeps, 'permissionCache'>,
  uow: UnitOfWork,
  userIds: string[] | null,
  opts: { graphChanged?: boolean } = {},
): Promise<void> {
  const affected = userIds === null ? null : [...new Set([...userIds, ...(await delegateesOf(uow.tx, userIds))])];
  const graphChanged = opts.graphChanged ?? false;
  uow.afterCommit(() => deps.permissionCache.invalidate(affected, graphChanged));
  uow.emit('permissions.invalidated', { userIds: affected, graphChanged, at: new Date().toISOString() });
}
