/**
 * The typed topic map. Payloads cross Redis as JSON, so they hold only JSON values: dates travel as
 * ISO strings and are revived by the subscribing service.
 */
export type UserChangeKind = 'CREATED' | 'UPDATED' | 'DELETED' | 'RESTORED';

export interface UserSnapshot {
  id: string;
  email: string;
  name: string;
  status: 'ACTIVE' | 'SUSPENDED' | 'DELETED';
  labels: Record<string, string>;
  createdAt: string;
  updatedAt: string;
  lastLoginAt: string | null;
  deletedAt: string | null;
  mfaEnabled: boolean;
}

export interface UserChangedMessage {
  kind: UserChangeKind;
  user: UserSnapshot;
}

export interface AuditLoggedMessage {
  id: number;
  occurredAt: string;
  actorType: 'USER' | 'SYSTEM' | 'ANONYMOUS';
  actorId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  changes: Record<string, { before?: unknown; after?: unknown }> | null;
  metadata: Record<string, unknown> | null;
  outcome: 'SUCCESS' | 'DENIED' | 'FAILURE';
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  chainSeq: number | null;
  prevHash: string | null;
  hash: string | null;
  /** Absent in events logged before the audit chain was sealed per transaction. */
  chainTxn?: number | null;
}

export interface SessionsRevokedMessage {
  userId: string;
  /** null: every session of the user. */
  sessionIds: string[] | null;
}

/**
 * A session's authentication changed without ending it (reauthenticate, a second factor enrolled or
 * removed): nodes drop what they cached about it, so step-up decisions read the new state.
 */
export interface SessionsChangedMessage {
  userId: string;
  /** null: every session of the user. */
  sessionIds: string[] | null;
}

export interface PermissionsInvalidatedMessage {
  /** Users whose effective permissions may have changed; null: everyone. */
  userIds: string[] | null;
  /** A set's grants or inheritance changed: every node reloads its copy of the set graph. */
  graphChanged?: boolean;
  /** When the change committed (ISO). */
  at: string;
}

export interface SecurityEventMessage {
  id: string;
  occurredAt: string;
  kind: string;
  severity: 'INFO' | 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
  userId: string | null;
  apiKeyId: string | null;
  ip: string | null;
  userAgent: string | null;
  summary: string;
  details: Record<string, unknown>;
  requestId: string | null;
  auditIds: number[];
}

export interface ApiKeysChangedMessage {
  /** The keys' owner. */
  userId: string;
  /** Revoked or rotated keys; null: every key of the user. */
  apiKeyIds: string[] | null;
}

/** A rate-limit policy changed: every node applies it to its copy at once (null policy: deleted). */
export interface RateLimitPolicyChangedMessage {
  policyId: string;
  policy: {
    id: string;
    name: string;
    subjectKind: 'USER' | 'PERMISSION_SET' | 'OPERATION' | 'IP';
    subjectValue: string;
    requestsPerWindow: number;
    windowSeconds: number;
    costPerMinute: number | null;
    enabled: boolean;
    createdAt: string;
    updatedAt: string;
  } | null;
}

/** Cached reads under these tags changed: nodes other than `origin` bump them too (see tag-cache.ts). */
export interface CacheInvalidatedMessage {
  tags: string[];
  /** The node that committed the change (and bumped the tags before answering). */
  origin: string;
}

/** What happened to an alert (src/services/alerts/alert-change-hooks.ts). */
export type AlertChangeKind =
  | 'FIRED'
  | 'UPDATED'
  | 'ACKNOWLEDGED'
  | 'UNACKNOWLEDGED'
  | 'RESOLVED'
  | 'SNOOZED'
  | 'SILENCED'
  | 'UNSILENCED'
  | 'INHIBITED'
  | 'UNINHIBITED'
  // The escalation ladder moved (src/services/alerts/escalation).
  | 'ESCALATED';

export interface AlertSnapshot {
  id: string;
  fingerprint: string;
  source: { kind: 'RULE' | 'EXTERNAL'; ruleId: string | null; name: string | null };
  status: 'FIRING' | 'ACKNOWLEDGED' | 'RESOLVED';
  severity: 'CRITICAL' | 'ERROR' | 'WARNING' | 'INFO';
  labels: Record<string, string>;
  annotations: Record<string, string>;
  generatorUrl: string | null;
  startsAt: string;
  endsAt: string | null;
  lastReceivedAt: string;
  acknowledgedBy: string | null;
  acknowledgedAt: string | null;
  resolvedBy: string | null;
  resolvedAt: string | null;
  snoozedUntil: string | null;
  escalationLevel: number;
  silencedBy: string[];
  inhibitedBy: string[];
  flapping: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface AlertChangedMessage {
  kind: AlertChangeKind;
  alert: AlertSnapshot;
}

/** A transition of one alert rule instance (alert_state_history row). */
export interface AlertRuleStateChangedMessage {
  /** The history row's id. */
  id: string;
  ruleId: string;
  ruleName: string;
  /** The labels the instance's alert carries (rule name, rule labels, series labels, severity). */
  labels: Record<string, string>;
  fromState: 'NORMAL' | 'PENDING' | 'FIRING' | 'NO_DATA' | 'ERROR';
  toState: 'NORMAL' | 'PENDING' | 'FIRING' | 'NO_DATA' | 'ERROR';
  value: number | null;
  flapping: boolean;
  at: string;
}

/** A report run moved (progress, stage or end state); subscribers re-read the run they may see. */
export interface ReportRunChangedMessage {
  runId: string;
  requestedBy: string | null;
  /** Absent in events logged before runs recorded the API key that asked. */
  requestedByApiKeyId?: string | null;
  status: 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED';
  progressPercent: number;
  stage: string;
}

export type Topics = {
  'user.changed': [UserChangedMessage];
  'audit.logged': [AuditLoggedMessage];
  'sessions.revoked': [SessionsRevokedMessage];
  'sessions.changed': [SessionsChangedMessage];
  'permissions.invalidated': [PermissionsInvalidatedMessage];
  'security.event': [SecurityEventMessage];
  'apiKeys.changed': [ApiKeysChangedMessage];
  'ratelimit.policy.changed': [RateLimitPolicyChangedMessage];
  'cache.invalidated': [CacheInvalidatedMessage];
  'alerts.changed': [AlertChangedMessage];
  'alerts.ruleStateChanged': [AlertRuleStateChangedMessage];
  'reports.runChanged': [ReportRunChangedMessage];
};

export type TopicName = keyof Topics;
