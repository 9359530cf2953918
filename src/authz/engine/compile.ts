import type { Grant, SourcedGrant } from '../grant.types';
import type { CompiledPermissions, DelegatedGrant } from './engine.types';
import { buildIndex, stripDelegatedIndex } from './grant-index';
import { flattenSet, reachesRequireMfa, type FlatGrant, type SetNode } from './set-graph';

export type { CompiledPermissions, DelegatedGrant } from './engine.types';

export interface SetAssignment {
  setId: string;
  expiresAt?: Date | null;
}

export interface DelegationInput {
  id: string;
  delegatorId: string;
  expiresAt: Date;
  grants: Grant[];
  delegator: CompiledPermissions;
}

export interface CompileInput {
  userId: string;
  assignments: SetAssignment[];
  directGrants: Array<Grant & { id: string }>;
  delegations: DelegationInput[];
  sets: Map<string, SetNode>;
  baseline: Grant[];
  /** Stamped on the result; injectable so compilation stays a pure function in tests. */
  compiledAt?: Date;
}

/**
 * The delegator as a delegation may rely on them: own grants only. Delegation is never
 * transitive, so whatever was delegated *to* the delegator must not flow on.
 */
export function withoutDelegations(perms: CompiledPermissions): CompiledPermissions {
  if (perms.delegated.length === 0) return perms;
  return { ...perms, delegated: [], index: stripDelegatedIndex(perms.index) };
}

/** Grants may arrive as database rows; copy only the grant fields so nothing else leaks along. */
function pickGrant(g: Grant): Grant {
  const out: Grant = { effect: g.effect, action: g.action, scope: g.scope };
  if (g.validFrom !== undefined) out.validFrom = g.validFrom;
  if (g.validUntil !== undefined) out.validUntil = g.validUntil;
  return out;
}

/**
 * Assignment expiry is carried in the source and enforced by `check` against its `now`, not
 * dropped here, so a cached compilation stays correct as time passes.
 */
export function compilePermissions(input: CompileInput): CompiledPermissions {
  const grants: SourcedGrant[] = [];
  for (const g of input.baseline) grants.push({ ...pickGrant(g), source: { kind: 'BASELINE' } });

  // Assigning the same set twice (e.g. with different expiries) flattens it only once.
  const flatBySet = new Map<string, FlatGrant[]>();
  for (const assignment of input.assignments) {
    let flat = flatBySet.get(assignment.setId);
    if (flat === undefined) {
      flat = flattenSet(input.sets, assignment.setId);
      flatBySet.set(assignment.setId, flat);
    }
    const assignmentExpiresAt = assignment.expiresAt ?? null;
    for (const f of flat) {
      grants.push({
        ...pickGrant(f.grant),
        source: { kind: 'SET', setId: f.setId, setName: f.setName, path: f.path, assignmentExpiresAt },
      });
    }
  }

  for (const g of input.directGrants) {
    grants.push({ ...pickGrant(g), source: { kind: 'DIRECT', grantId: g.id } });
  }

  const delegated: DelegatedGrant[] = [];
  for (const d of input.delegations) {
    if (d.delegator.userId !== d.delegatorId) {
      throw new Error(`delegation ${d.id}: delegator permissions are for ${d.delegator.userId}, not ${d.delegatorId}`);
    }
    const delegator = withoutDelegations(d.delegator);
    for (const g of d.grants) {
      const source = { kind: 'DELEGATION', delegationId: d.id, delegatorId: d.delegatorId, expiresAt: d.expiresAt } as const;
      delegated.push({ grant: { ...pickGrant(g), source }, delegator });
    }
  }

  const compiledAt = input.compiledAt ?? new Date();
  // Judged at compile time: the cache's max age bounds how long an expired assignment still counts.
  const requiresMfa = input.assignments.some(
    (a) => (!a.expiresAt || a.expiresAt.getTime() > compiledAt.getTime()) && reachesRequireMfa(input.sets, a.setId),
  );
  return {
    userId: input.userId,
    grants,
    delegated,
    compiledAt,
    index: buildIndex(grants, delegated),
    ...(requiresMfa && { requiresMfa }),
  };
}
