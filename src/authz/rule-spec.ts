import type { Action } from './catalogue';

/**
 * What guards one root field. One declarative map of these drives both graphql-shield (queries,
 * mutations) and the subscribe-time check in the WebSocket server, so both use the same rule.
 */
export type RuleSpec =
  | { kind: 'public' }
  /** `mfaExempt`: reachable while a requireMfa policy waits for enrolment (me, enrolTotp, logout...). */
  | { kind: 'authenticated'; mfaExempt?: boolean }
  | { kind: 'can'; action: Action };

export const PUBLIC: RuleSpec = { kind: 'public' };
export const AUTHENTICATED: RuleSpec = { kind: 'authenticated' };
export const MFA_ENROLMENT: RuleSpec = { kind: 'authenticated', mfaExempt: true };
export const can = (action: Action): RuleSpec => ({ kind: 'can', action });

export type RootType = 'Query' | 'Mutation' | 'Subscription';
export type PermissionMap = Record<RootType, Record<string, RuleSpec>>;

/** Readable form for the snapshot test: a diff here changes who can reach an endpoint. */
export function describeRule(spec: RuleSpec): string {
  if (spec.kind === 'can') return `can(${spec.action})`;
  return spec.kind === 'authenticated' && spec.mfaExempt ? 'authenticated(mfaExempt)' : spec.kind;
}

export function mergePermissionMaps(...maps: Array<Partial<PermissionMap>>): PermissionMap {
  const merged: PermissionMap = { Query: {}, Mutation: {}, Subscription: {} };
  for (const map of maps) {
    for (const root of Object.keys(map) as RootType[]) {
      for (const [field, spec] of Object.entries(map[root] ?? {})) {
        if (merged[root][field]) throw new Error(`Permission map: ${root}.${field} is mapped twice`);
        merged[root][field] = spec;
      }
    }
  }
  return merged;
}
