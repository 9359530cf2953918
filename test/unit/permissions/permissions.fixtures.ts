import type { ActionPattern, Action } from '../../../src/authz/catalogue';
import type { Grant, GrantScope, ResourceRef, CheckRequest, Effect } from '../../../src/authz/grant.types';
import { compilePermissions, type CompileInput, type CompiledPermissions, type SetNode } from '../../../src/authz/engine';

/** Every time-dependent test pins `now` to this instant. */
export const NOW = new Date('2025-06-01T12:00:00.000Z');
export const ms = (offset: number): Date => new Date(NOW.getTime() + offset);

export const ALL: GrantScope = { kind: 'ALL' };
export const SELF: GrantScope = { kind: 'SELF' };
export const ids = (...list: string[]): GrantScope => ({ kind: 'IDS', ids: list });
export const labels = (selector: Record<string, string>): GrantScope => ({ kind: 'LABELS', selector });

export function grant(
  effect: Effect,
  action: ActionPattern,
  scope: GrantScope = ALL,
  window: Pick<Grant, 'validFrom' | 'validUntil'> = {},
): Grant {
  return { effect, action, scope, ...window };
}
export const allow = (action: ActionPattern, scope?: GrantScope, window?: Pick<Grant, 'validFrom' | 'validUntil'>) =>
  grant('ALLOW', action, scope, window);
export const deny = (action: ActionPattern, scope?: GrantScope, window?: Pick<Grant, 'validFrom' | 'validUntil'>) =>
  grant('DENY', action, scope, window);

export function setNode(name: string, grants: Grant[], parentNames: string[] = []): SetNode {
  return { id: `id-${name}`, name, grants, parentIds: parentNames.map((p) => `id-${p}`) };
}
export const setMap = (...nodes: SetNode[]): Map<string, SetNode> => new Map(nodes.map((n) => [n.id, n]));

export type UserSpec = Partial<Omit<CompileInput, 'assignments'>> & {
  /** Set names to assign (ids are derived the same way as in `setNode`). */
  assign?: Array<string | { name: string; expiresAt: Date | null }>;
};

export function user(spec: UserSpec = {}): CompiledPermissions {
  const { assign = [], ...rest } = spec;
  return compilePermissions({
    userId: 'me',
    directGrants: [],
    delegations: [],
    sets: new Map(),
    baseline: [],
    compiledAt: NOW,
    ...rest,
    assignments: assign.map((a) =>
      typeof a === 'string' ? { setId: `id-${a}` } : { setId: `id-${a.name}`, expiresAt: a.expiresAt },
    ),
  });
}

export const direct = (...grants: Grant[]): Array<Grant & { id: string }> =>
  grants.map((g, i) => ({ ...g, id: `g${i + 1}` }));

export function req(action: Action, resource: Partial<ResourceRef> = {}): CheckRequest {
  return { action, resource: { type: action.split(':')[0] as ResourceRef['type'], ...resource } };
}
