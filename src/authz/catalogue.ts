/**
 * The one typed permission catalogue. Every shield rule, every service check and every grant
 * names an action from here; adding a domain means adding its resource type and verbs here.
 */
export const RESOURCE_TYPES = ['users', 'sessions', 'audit', 'permissionSets', 'apiKeys', 'security', 'ratelimit', 'schema', 'cache', 'errors', 'alerts', 'metrics', 'reports'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

export const ACTIONS = {
  'users:read': 'Read user records (name, status, permission sets)',
  'users:readEmail': 'Read the email address of user records',
  'users:write': 'Create, update, suspend, delete and restore users',
  'sessions:read': 'List sessions',
  'sessions:revoke': 'Revoke sessions',
  'audit:read': 'Read the audit trail',
  'audit:readValues': 'Read before/after values of audit events',
  'permissionSets:read': 'Read permission sets, grants, effective permissions and explanations',
  'permissionSets:write': 'Create, update, clone and delete custom permission sets and direct grants',
  'permissionSets:assign': 'Assign and revoke permission sets held by users',
  'permissionSets:delegate': 'Delegate a subset of one\'s own permissions to another user',

  // API keys (machine credentials). Every user holds both on their own keys (baseline).
  'apiKeys:read': 'List API keys and their last use',
  'apiKeys:write': 'Create, rotate and revoke API keys',

  // Security administration.
  'security:read': 'Read security events and rate-limit statistics',
  'security:unlock': 'Lift login throttling on an account',
  'security:allowlists': 'Set IP allowlists on users and permission sets',
  'security:rotateKeys': 'Rotate the encryption key of secrets at rest',
  'security:resetMfa': 'Remove another user\'s second factor',

  // Rate limits.
  'ratelimit:read': 'Read rate-limit policies',
  'ratelimit:write': 'Create, update and delete rate-limit policies',
  'ratelimit:bypass': 'Not subject to rate-limit policies or the query cost budget',

  // The API's own schema (the explorer's autocompletion and docs need it). Developer and up.
  'schema:introspect': 'Introspect the GraphQL schema (__schema, __type), in production too',

  // Shared read cache (issue 8): statistics and purging by tag. Admin and up.
  'cache:read': 'Read cache statistics (hits, misses, evictions, size, bypasses)',
  'cache:invalidate': 'Drop cached reads by tag on every node',

  // Error analytics (issue 8): classified errors of GraphQL operations, with sample request ids.
  'errors:read': 'Read error statistics (counts by class, code and operation, top messages)',

  // Alerts (issue 10). Label-scoped grants (LABELS selector) apply to alerts by their labels.
  'alerts:read': 'Read alerts, alert rules, their state history, silences, routes, channels (never their secrets) and alert statistics',
  'alerts:acknowledge': 'Acknowledge, unacknowledge, resolve and snooze alerts',
  'alerts:silence': 'Create, edit and expire silences',
  'alerts:write': 'Create, edit and delete alert rules, routes, inhibition rules and escalation policies',
  // What a Prometheus needs and nothing more: its key cannot edit rules, routes or policies.
  'alerts:push': 'Send alerts to the Alertmanager-compatible intake, POST /api/v2/alerts (alerts:write allows it too)',
  'alerts:manageChannels': 'Create, edit, test and delete notification channels (with their secrets) and retry deliveries',
  // The built-in metrics store that alert rules read.
  'metrics:read': 'Read series and samples of the built-in metrics store',
  'metrics:write': 'Push samples into the built-in metrics store (pushMetrics)',
  // Reports (issue 11). A run reads with its requester's rights (a schedule's: its owner's).
  'reports:read': 'Read report definitions, schedules, runs and download their artifacts',
  'reports:run': 'Run report definitions and cancel runs',
  'reports:write': 'Create, edit, clone and delete report definitions',
  'reports:schedule': 'Create, edit and delete report schedules and their recipients',
} as const satisfies Record<`${ResourceType}:${string}`, string>;

export type Action = keyof typeof ACTIONS;
export const ALL_ACTIONS = Object.keys(ACTIONS) as Action[];

/** `users:*` or `*`: wildcards are allowed in grants, never in checks. */
export type ActionPattern = Action | `${ResourceType}:*` | '*';

export function isAction(value: string): value is Action {
  return Object.prototype.hasOwnProperty.call(ACTIONS, value);
}

export function isActionPattern(value: string): value is ActionPattern {
  if (value === '*' || isAction(value)) return true;
  // Exactly `type:*`: `users:*:*` or `users:*:x` would pass a two-part split and match nothing.
  const [type, verb, ...rest] = value.split(':');
  return rest.length === 0 && verb === '*' && ALL_ACTIONS.some((a) => a.startsWith(`${type}:`));
}

/** Concrete actions a pattern stands for (used to compare grants for escalation). */
export function expandActionPattern(pattern: ActionPattern): Action[] {
  if (pattern === '*') return ALL_ACTIONS;
  if (pattern.endsWith(':*')) {
    const prefix = pattern.slice(0, -1);
    return ALL_ACTIONS.filter((a) => a.startsWith(prefix));
  }
  return [pattern as Action];
}
