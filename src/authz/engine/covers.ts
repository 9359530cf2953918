import { expandActionPattern, isActionPattern, type Action } from '../catalogue';
import type { Grant, GrantScope } from '../grant.types';
import type { CompiledPermissions, IndexedGrant } from './engine.types';
import { describeScope, describeSource } from './explain';

export type CoverResult = { ok: true } | { ok: false; action: Action; reason: string };

const OK: CoverResult = Object.freeze({ ok: true });

/** Can the holder's grant reach provably everything `scope` reaches? When unsure: no. */
function scopeContains(held: IndexedGrant, scope: GrantScope): boolean {
  switch (held.kind) {
    case 'ALL':
      return true;
    case 'IDS':
      return scope.kind === 'IDS' && scope.ids.every((id) => held.ids!.has(id));
    case 'LABELS':
      // Fewer required labels reach more resources: {env=prod} contains {env=prod, team=a}.
      return (
        scope.kind === 'LABELS' &&
        held.labelKeys.every((k, i) => Object.hasOwn(scope.selector, k) && scope.selector[k] === held.labelValues[i])
      );
    case 'SELF':
      return scope.kind === 'SELF';
  }
}

/** Conservative: only two IDS scopes with no id in common are known not to overlap. */
function mayOverlap(deny: IndexedGrant, scope: GrantScope): boolean {
  if (deny.kind !== 'IDS' || scope.kind !== 'IDS') return true;
  return scope.ids.some((id) => deny.ids!.has(id));
}

function coversAction(holder: CompiledPermissions, action: Action, grant: Grant, now: number): CoverResult {
  const bucket = holder.index.get(action);
  const fail = (reason: string): CoverResult => ({ ok: false, action, reason });
  if (bucket === undefined) return fail(`you do not hold ${action}`);

  // A deny that has not ended yet (even one starting later) restricts what may be handed on.
  for (const deny of [...bucket.deny, ...bucket.delegatedDeny]) {
    if (now < deny.endsAt && mayOverlap(deny, grant.scope)) {
      return fail(`you are denied ${action} on ${describeScope(deny.grant.scope)} by ${describeSource(deny.grant.source)}`);
    }
  }

  // Only own grants count: handing on a delegated right would outlive the delegator's consent.
  const grantEnds = grant.validUntil ? grant.validUntil.getTime() : Infinity;
  let live = false;
  let tooLong: number | null = null;
  for (const held of bucket.allow) {
    if (held.startsAt > now || now >= held.endsAt) continue;
    live = true;
    if (!scopeContains(held, grant.scope)) continue;
    if (grantEnds <= held.endsAt) return OK;
    tooLong = Math.max(tooLong ?? -Infinity, held.endsAt);
  }
  if (tooLong !== null) {
    return fail(`your ${action} ends at ${new Date(tooLong).toISOString()}; the new grant must end no later`);
  }
  if (live) return fail(`your ${action} grants do not cover ${describeScope(grant.scope)}`);
  return fail(`you do not currently hold ${action}`);
}

/**
 * No-escalation rule: an ALLOW may be granted, assigned or delegated only if, for every concrete
 * action it stands for, the holder has a live own ALLOW reaching at least as far and lasting at
 * least as long, and no DENY that could touch the same resources. A DENY only restricts, so
 * anyone may hand one out.
 */
export function covers(holder: CompiledPermissions, grant: Grant, now: Date = new Date()): CoverResult {
  if (grant.effect === 'DENY') return OK;
  if (!isActionPattern(grant.action)) {
    return { ok: false, action: grant.action as Action, reason: `unknown action pattern ${grant.action}` };
  }
  const t = now.getTime();
  for (const action of expandActionPattern(grant.action)) {
    const result = coversAction(holder, action, grant, t);
    if (!result.ok) return result;
  }
  return OK;
}

export function coversAll(holder: CompiledPermissions, grants: readonly Grant[], now: Date = new Date()): CoverResult {
  for (const grant of grants) {
    const result = covers(holder, grant, now);
    if (!result.ok) return result;
  }
  return OK;
}

/**
 * Taking grants away: removing an ALLOW needs the same cover as handing it out, and lifting a
 * DENY widens its holders exactly like granting the ALLOW it blocked, so it needs that cover too
 * (otherwise anyone restricted by a DENY could revoke or delete their own restriction).
 */
export function coversRemoval(holder: CompiledPermissions, grants: readonly Grant[], now: Date = new Date()): CoverResult {
  return coversAll(holder, grants.map((g) => (g.effect === 'DENY' ? { ...g, effect: 'ALLOW' as const } : g)), now);
}
