export type { ActionBucket, CompiledPermissions, Decision, DelegatedGrant, IndexedGrant, PermissionIndex } from './engine.types';
export { findCycle, flattenSet, reachesRequireMfa, type FlatGrant, type SetNode } from './set-graph';
export {
  compilePermissions,
  withoutDelegations,
  type CompileInput,
  type DelegationInput,
  type SetAssignment,
} from './compile';
export { check, holdsAnywhere } from './decide';
export { explain, describeGrant, describeScope, describeSource } from './explain';
export { covers, coversAll, coversRemoval, type CoverResult } from './covers';
export { scopeFilter, reachesEverything, type ScopeFilter } from './scope-filter';
