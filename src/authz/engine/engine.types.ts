import type { Action } from '../catalogue';
import type { GrantScope, SourcedGrant } from '../grant.types';

/**
 * Outcome of one check. On EXPLICIT_DENY, `deciding` is the ALLOW the deny overrode (null when
 * nothing would have allowed it) and `blockingDeny` is the deny itself, so an explanation can say
 * both "what would have let you in" and "what stopped you".
 */
export interface Decision {
  readonly allowed: boolean;
  readonly deciding: SourcedGrant | null;
  readonly blockingDeny: SourcedGrant | null;
  readonly reason: 'ALLOWED' | 'EXPLICIT_DENY' | 'NO_MATCHING_ALLOW';
}

/**
 * A grant prepared for the hot path: dates turned into epoch milliseconds, IDS turned into a Set,
 * selectors turned into parallel arrays, so `check` does no parsing and no allocation.
 */
export interface IndexedGrant {
  readonly grant: SourcedGrant;
  readonly kind: GrantScope['kind'];
  readonly ids: ReadonlySet<string> | null;
  readonly labelKeys: readonly string[];
  readonly labelValues: readonly string[];
  /** Inclusive start (validFrom), -Infinity when open. */
  readonly startsAt: number;
  /** Exclusive end: earliest of validUntil and the assignment / delegation expiry. */
  readonly endsAt: number;
  /** Set only for delegated grants: the delegator's permissions, stripped of their own delegations. */
  readonly delegator: CompiledPermissions | null;
  /** Pre-built so that an allow costs no allocation. */
  readonly allowDecision: Decision;
}

/** Candidates for one concrete action; wildcard grants appear in every action they expand to. */
export interface ActionBucket {
  readonly deny: readonly IndexedGrant[];
  readonly allow: readonly IndexedGrant[];
  readonly delegatedDeny: readonly IndexedGrant[];
  readonly delegatedAllow: readonly IndexedGrant[];
}

export type PermissionIndex = ReadonlyMap<Action, ActionBucket>;

export interface DelegatedGrant {
  grant: SourcedGrant;
  delegator: CompiledPermissions;
}

export interface CompiledPermissions {
  userId: string;
  /** Own grants: baseline, set-derived, direct (in that order). */
  grants: SourcedGrant[];
  delegated: DelegatedGrant[];
  compiledAt: Date;
  index: PermissionIndex;
  /** A held set (assigned, unexpired at compile time, or inherited) has the requireMfa policy. */
  requiresMfa?: boolean;
}
