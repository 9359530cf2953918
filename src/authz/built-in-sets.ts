import type { ActionPattern } from './catalogue';
import type { Grant, GrantScope } from './grant.types';

const ALL: GrantScope = { kind: 'ALL' };
const SELF: GrantScope = { kind: 'SELF' };
const allow = (action: ActionPattern, scope: GrantScope = ALL): Grant => ({ effect: 'ALLOW', action, scope });

/**
 * Self-service every signed-in user holds: their own record, email, sessions and permissions. Compiled in as
 * the BASELINE source, so an explicit DENY can still take any of it away.
 */
export const BASELINE_GRANTS: Grant[] = [
  allow('users:read', SELF),
  allow('users:readEmail', SELF),
  allow('sessions:read', SELF),
  allow('sessions:revoke', SELF),
  // One's own effective permissions, explanations, delegations and history.
  allow('permissionSets:read', SELF),
  // One's own API keys (each worth no more than its owner's rights).
  allow('apiKeys:read', SELF),
  allow('apiKeys:write', SELF),
];

export type BuiltinKey = 'viewer' | 'developer' | 'admin' | 'owner';

export interface BuiltinSetDefinition {
  key: BuiltinKey;
  name: string;
  description: string;
  /** Built-ins inherit from each other, so the ladder is visible in `effectivePermissions`. */
  parents: BuiltinKey[];
  grants: Grant[];
}

/** Immutable, synchronised to the database at every start (code is their source of truth). */
export const BUILT_IN_SETS: BuiltinSetDefinition[] = [
  {
    key: 'viewer',
    name: 'Viewer',
    description: 'Read users, permission sets, alerts, metrics and reports.',
    parents: [],
    grants: [allow('users:read'), allow('permissionSets:read'), allow('alerts:read'), allow('metrics:read'), allow('reports:read')],
  },
  {
    key: 'developer',
    name: 'Developer',
    description: 'Viewer, plus user emails, the audit trail, schema introspection, acknowledging and silencing alerts, running reports.',
    parents: ['viewer'],
    grants: [allow('users:readEmail'), allow('audit:read'), allow('schema:introspect'), allow('alerts:acknowledge'), allow('alerts:silence'), allow('reports:run')],
  },
  {
    key: 'admin',
    name: 'Admin',
    description: 'Manage users, sessions, alerts, metrics and reports, read audit values, assign and delegate what it holds.',
    parents: ['developer'],
    grants: [
      allow('users:*'),
      allow('sessions:*'),
      allow('audit:*'),
      allow('permissionSets:assign'),
      allow('permissionSets:delegate'),
      allow('apiKeys:read'),
      allow('security:read'),
      allow('security:unlock'),
      allow('ratelimit:read'),
      allow('cache:*'),
      allow('errors:read'),
      allow('alerts:*'),
      allow('metrics:*'),
      allow('reports:*'),
    ],
  },
  {
    key: 'owner',
    name: 'Owner',
    description: 'Everything, including defining custom permission sets.',
    parents: ['admin'],
    grants: [allow('*')],
  },
];
