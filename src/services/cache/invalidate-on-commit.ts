import type { ServiceDeps } from '../deps';
import type { UnitOfWork } from '../shared/unit-of-work';

/**
 * Inside a mutation that changes cached data: after commit (before the caller answers) the tags'
 * versions are bumped, so the next read on any node loads afresh; the change is also written to
 * the event log, so every other node bumps them again should this node fail to after commit.
 */
export function invalidateOnCommit(deps: Pick<ServiceDeps, 'cache'>, uow: UnitOfWork, tags: readonly string[]): void {
  const unique = [...new Set(tags)];
  if (unique.length === 0) return;
  uow.afterCommit(() => deps.cache.invalidate(unique));
  uow.emit('cache.invalidated', { tags: unique, origin: deps.cache.nodeId });
}
