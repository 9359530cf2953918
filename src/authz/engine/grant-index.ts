import { expandActionPattern, isActionPattern, type Action } from '../catalogue';
import type { ResourceRef, SourcedGrant } from '../grant.types';
import type {
  ActionBucket,
  CompiledPermissions,
  DelegatedGrant,
  IndexedGrant,
  PermissionIndex,
} from './engine.types';

interface MutableBucket {
  deny: IndexedGrant[];
  allow: IndexedGrant[];
  delegatedDeny: IndexedGrant[];
  delegatedAllow: IndexedGrant[];
}

const NONE: readonly IndexedGrant[] = Object.freeze([]);

function ms(date: Date | null | undefined, open: number): number {
  return date ? date.getTime() : open;
}

/** Expiry that the source imposes on top of the grant's own window. */
function sourceEnd(grant: SourcedGrant): number {
  const src = grant.source;
  if (src.kind === 'SET') return ms(src.assignmentExpiresAt, Infinity);
  if (src.kind === 'DELEGATION') return src.expiresAt.getTime();
  return Infinity;
}

export function indexGrant(grant: SourcedGrant, delegator: CompiledPermissions | null): IndexedGrant {
  const scope = grant.scope;
  const selector = scope.kind === 'LABELS' ? Object.entries(scope.selector) : [];
  return {
    grant,
    kind: scope.kind,
    ids: scope.kind === 'IDS' ? new Set(scope.ids) : null,
    labelKeys: selector.map(([k]) => k),
    labelValues: selector.map(([, v]) => v),
    startsAt: ms(grant.validFrom, -Infinity),
    endsAt: Math.min(ms(grant.validUntil, Infinity), sourceEnd(grant)),
    delegator,
    allowDecision: Object.freeze({
      allowed: true,
      deciding: grant,
      blockingDeny: null,
      reason: 'ALLOWED' as const,
    }),
  };
}

/**
 * Grants that can never apply are left out of the index rather than checked on every request:
 * unknown action patterns (stale rows after a catalogue change) and ALLOWs with an empty label
 * selector, which validation rejects and which must not silently mean "everything labelled".
 */
function indexable(grant: SourcedGrant): boolean {
  if (!isActionPattern(grant.action)) return false;
  const s = grant.scope;
  return !(grant.effect === 'ALLOW' && s.kind === 'LABELS' && Object.keys(s.selector).length === 0);
}

function bucketFor(map: Map<Action, MutableBucket>, action: Action): MutableBucket {
  let bucket = map.get(action);
  if (bucket === undefined) {
    bucket = { deny: [], allow: [], delegatedDeny: [], delegatedAllow: [] };
    map.set(action, bucket);
  }
  return bucket;
}

export function buildIndex(own: SourcedGrant[], delegated: DelegatedGrant[]): PermissionIndex {
  const map = new Map<Action, MutableBucket>();
  for (const grant of own) {
    if (!indexable(grant)) continue;
    const entry = indexGrant(grant, null);
    for (const action of expandActionPattern(grant.action)) {
      const b = bucketFor(map, action);
      (grant.effect === 'DENY' ? b.deny : b.allow).push(entry);
    }
  }
  for (const { grant, delegator } of delegated) {
    if (!indexable(grant)) continue;
    const entry = indexGrant(grant, delegator);
    for (const action of expandActionPattern(grant.action)) {
      const b = bucketFor(map, action);
      (grant.effect === 'DENY' ? b.delegatedDeny : b.delegatedAllow).push(entry);
    }
  }
  return map;
}

/** Same index minus delegated entries; shares the own-grant arrays, so it is cheap. */
export function stripDelegatedIndex(index: PermissionIndex): PermissionIndex {
  const map = new Map<Action, ActionBucket>();
  for (const [action, b] of index) {
    if (b.deny.length === 0 && b.allow.length === 0) continue;
    map.set(action, { deny: b.deny, allow: b.allow, delegatedDeny: NONE, delegatedAllow: NONE });
  }
  return map;
}

export function isLive(e: IndexedGrant, now: number): boolean {
  return e.startsAt <= now && now < e.endsAt;
}

export function scopeMatches(e: IndexedGrant, r: ResourceRef, userId: string): boolean {
  switch (e.kind) {
    case 'ALL':
      return true;
    case 'IDS':
      return r.id != null && e.ids!.has(r.id);
    case 'LABELS': {
      const labels = r.labels;
      if (labels == null) return false;
      const keys = e.labelKeys;
      const values = e.labelValues;
      for (let i = 0; i < keys.length; i++) {
        // Inherited properties are never strings, so no hasOwnProperty call is needed here.
        if (labels[keys[i]] !== values[i]) return false;
      }
      return true;
    }
    case 'SELF':
      return (r.type === 'users' && r.id === userId) || (r.ownerId != null && r.ownerId === userId);
  }
}

/** First entry that is live at `now` and reaches the resource, or null. */
export function firstMatch(
  entries: readonly IndexedGrant[],
  r: ResourceRef,
  userId: string,
  now: number,
): IndexedGrant | null {
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (e.startsAt <= now && now < e.endsAt && scopeMatches(e, r, userId)) return e;
  }
  return null;
}
