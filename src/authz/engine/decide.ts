import type { Action } from '../catalogue';
import type { CheckRequest } from '../grant.types';
import type { CompiledPermissions, Decision, IndexedGrant } from './engine.types';
import { firstMatch, isLive, scopeMatches } from './grant-index';

export type { Decision } from './engine.types';

const NO_MATCHING_ALLOW: Decision = Object.freeze({
  allowed: false,
  deciding: null,
  blockingDeny: null,
  reason: 'NO_MATCHING_ALLOW',
});

/** A delegated ALLOW counts only while the delegator could do the same thing themselves. */
function delegatedAllow(perms: CompiledPermissions, entries: readonly IndexedGrant[], req: CheckRequest, now: number): IndexedGrant | null {
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (!isLive(e, now) || !scopeMatches(e, req.resource, perms.userId)) continue;
    if (decideAt(e.delegator!, req, now).allowed) return e;
  }
  return null;
}

function decideAt(perms: CompiledPermissions, req: CheckRequest, now: number): Decision {
  const bucket = perms.index.get(req.action);
  if (bucket === undefined) return NO_MATCHING_ALLOW;
  const r = req.resource;
  const uid = perms.userId;

  const deny = firstMatch(bucket.deny, r, uid, now) ?? firstMatch(bucket.delegatedDeny, r, uid, now);
  if (deny !== null) {
    // Off the hot path: find what the deny overrode, purely so the explanation can name it.
    const overridden = firstMatch(bucket.allow, r, uid, now) ?? delegatedAllow(perms, bucket.delegatedAllow, req, now);
    return { allowed: false, deciding: overridden?.grant ?? null, blockingDeny: deny.grant, reason: 'EXPLICIT_DENY' };
  }

  const allow = firstMatch(bucket.allow, r, uid, now) ?? delegatedAllow(perms, bucket.delegatedAllow, req, now);
  return allow === null ? NO_MATCHING_ALLOW : allow.allowDecision;
}

/**
 * Explicit deny (own or delegated) wins; otherwise an own ALLOW; otherwise a delegated ALLOW the
 * delegator still holds right now; otherwise deny by default. Allocation-free when allowed.
 * A delegated SELF grant means the delegatee's own records, and so only works where the delegator
 * can reach those records too: delegation never reaches past the delegator.
 */
export function check(perms: CompiledPermissions, req: CheckRequest, now: Date = new Date()): Decision {
  return decideAt(perms, req, now.getTime());
}

/**
 * Coarse gate for a root field before any resource is known: some live ALLOW for the action on
 * any scope, and no live DENY that covers every resource. Resource-level checks still follow.
 */
export function holdsAnywhere(perms: CompiledPermissions, action: Action, now: Date = new Date()): boolean {
  return holdsAt(perms, action, now.getTime());
}

function holdsAt(perms: CompiledPermissions, action: Action, now: number): boolean {
  const bucket = perms.index.get(action);
  if (bucket === undefined) return false;
  const deniesAll = (e: IndexedGrant) => e.kind === 'ALL' && isLive(e, now);
  if (bucket.deny.some(deniesAll) || bucket.delegatedDeny.some(deniesAll)) return false;
  if (bucket.allow.some((e) => isLive(e, now))) return true;
  return bucket.delegatedAllow.some((e) => isLive(e, now) && holdsAt(e.delegator!, action, now));
}
