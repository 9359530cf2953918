import type { Action } from '../catalogue';
import type { GrantScope } from '../grant.types';
import type { CompiledPermissions, IndexedGrant } from './engine.types';
import { isLive } from './grant-index';

/**
 * Which resources of one action a user reaches, as data a query can push down to SQL:
 * reachable = (any allow) AND NOT (any deny), where a delegated allow also needs the delegator's
 * own filter. It mirrors `check` exactly for resources described by id, labels and owner.
 */
export interface ScopeFilter {
  /** The user's own id, for SELF scopes. */
  userId: string;
  allow: GrantScope[];
  deny: GrantScope[];
  delegated: Array<{ scope: GrantScope; delegator: ScopeFilter }>;
}

const scopesOf = (entries: readonly IndexedGrant[], now: number) =>
  entries.filter((e) => isLive(e, now)).map((e) => e.grant.scope);

export function scopeFilter(perms: CompiledPermissions, action: Action, now: Date = new Date()): ScopeFilter {
  const t = now.getTime();
  const bucket = perms.index.get(action);
  if (!bucket) return { userId: perms.userId, allow: [], deny: [], delegated: [] };
  return {
    userId: perms.userId,
    allow: scopesOf(bucket.allow, t),
    deny: [...scopesOf(bucket.deny, t), ...scopesOf(bucket.delegatedDeny, t)],
    delegated: bucket.delegatedAllow
      .filter((e) => isLive(e, t) && e.delegator)
      .map((e) => ({ scope: e.grant.scope, delegator: scopeFilter(e.delegator!, action, now) })),
  };
}

/** True when the filter reaches every resource (an unconditional ALL allow and no deny). */
export function reachesEverything(filter: ScopeFilter): boolean {
  return filter.deny.length === 0 && filter.allow.some((s) => s.kind === 'ALL');
}
