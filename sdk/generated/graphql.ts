import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

export type Alert = {
  __typename?: 'Alert';
  acknowledgedAt: Maybe<Scalars['DateTime']['output']>;
  /** User id. */
  acknowledgedBy: Maybe<Scalars['ID']['output']>;
  annotations: Scalars['JSONObject']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** When it resolved, or when it resolves unless reported again. */
  endsAt: Maybe<Scalars['DateTime']['output']>;
  /** The escalation this alert runs (null: it follows no policy). One read per page of alerts. */
  escalation: Maybe<AlertEscalation>;
  escalationLevel: Scalars['Int']['output'];
  /** Alertmanager's fingerprint of the labels (16 hex digits): one open alert per fingerprint. */
  fingerprint: Scalars['String']['output'];
  flapping: Scalars['Boolean']['output'];
  generatorUrl: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Open alerts inhibiting it (through inhibition rules). */
  inhibitedBy: Array<Scalars['ID']['output']>;
  labels: Scalars['JSONObject']['output'];
  /** The last report from its source. */
  lastReceivedAt: Scalars['DateTime']['output'];
  /** Notifications sent about this alert (escalation pages and follow-ups, routing-group notifications that carried it), newest first, the last 50. One read per page of alerts. */
  notifications: Array<AlertNotification>;
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  /** User id; null when its source resolved it. */
  resolvedBy: Maybe<Scalars['ID']['output']>;
  severity: AlertSeverity;
  /** Active silences matching it. */
  silencedBy: Array<Scalars['ID']['output']>;
  snoozedUntil: Maybe<Scalars['DateTime']['output']>;
  source: AlertSource;
  startsAt: Scalars['DateTime']['output'];
  status: AlertStatus;
  updatedAt: Scalars['DateTime']['output'];
};

export type AlertChange = {
  __typename?: 'AlertChange';
  alert: Alert;
  /** Position of this event in the event log: pass it as `after` to resume from here. */
  cursor: Scalars['String']['output'];
  kind: AlertChangeKind;
};

export type AlertChangeKind =
  | 'ACKNOWLEDGED'
  | 'ESCALATED'
  | 'FIRED'
  | 'INHIBITED'
  | 'RESOLVED'
  | 'SILENCED'
  | 'SNOOZED'
  | 'UNACKNOWLEDGED'
  | 'UNINHIBITED'
  | 'UNSILENCED'
  | 'UPDATED';

export type AlertConnection = {
  __typename?: 'AlertConnection';
  edges: Array<AlertEdge>;
  pageInfo: PageInfo;
  /** Items in the whole list (every page), as the caller may see them. Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** How many alerts share one value. */
export type AlertCount = {
  __typename?: 'AlertCount';
  count: Scalars['Int']['output'];
  key: Maybe<Scalars['String']['output']>;
};

export type AlertEdge = {
  __typename?: 'AlertEdge';
  cursor: Scalars['String']['output'];
  node: Alert;
};

/** The escalation an alert runs: the policy snapshot it fired with and where on the ladder it is (the level is the alert's escalationLevel). */
export type AlertEscalation = {
  __typename?: 'AlertEscalation';
  ackTimeoutSeconds: Maybe<Scalars['Int']['output']>;
  /** False once the ladder ran out or the alert was resolved. */
  active: Scalars['Boolean']['output'];
  /** Restarts so far (unacknowledge, ack timeout). */
  cycle: Scalars['Int']['output'];
  levels: Array<EscalationLevel>;
  /** Null once the policy was deleted (the snapshot still runs). */
  policyId: Maybe<Scalars['ID']['output']>;
  policyName: Scalars['String']['output'];
  /** The policy version snapshotted when the alert fired. */
  policyVersion: Scalars['Int']['output'];
  repeatCount: Scalars['Int']['output'];
  /** Repeats of the whole ladder so far in this cycle. */
  round: Scalars['Int']['output'];
  startedAt: Scalars['DateTime']['output'];
};

export type AlertFilter = {
  fingerprint?: InputMaybe<Scalars['String']['input']>;
  /** Every matcher must match the labels. */
  matchers?: InputMaybe<Array<LabelMatcherInput>>;
  severities?: InputMaybe<Array<AlertSeverity>>;
  statuses?: InputMaybe<Array<AlertStatus>>;
};

export type AlertInstanceState =
  | 'ERROR'
  | 'FIRING'
  | 'NORMAL'
  | 'NO_DATA'
  | 'PENDING';

export type AlertNote = {
  __typename?: 'AlertNote';
  /** FIRED, UPDATED, ACKNOWLEDGED, RESOLVED, SNOOZED, UNSNOOZED, SILENCED, INHIBITED, ... */
  action: Scalars['String']['output'];
  actorId: Maybe<Scalars['ID']['output']>;
  /** USER, SYSTEM (a timer) or SOURCE (the intake or rule engine). */
  actorType: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  details: Maybe<Scalars['JSONObject']['output']>;
  id: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
};

export type AlertNoteConnection = {
  __typename?: 'AlertNoteConnection';
  edges: Array<AlertNoteEdge>;
  pageInfo: PageInfo;
  /** Items in the whole list (every page), as the caller may see them. Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type AlertNoteEdge = {
  __typename?: 'AlertNoteEdge';
  cursor: Scalars['String']['output'];
  node: AlertNote;
};

/** A notification sent about this alert: an escalation page or follow-up (origin alert), or a routing-group notification that carried it (origin alert-group). */
export type AlertNotification = {
  __typename?: 'AlertNotification';
  /** Attempts made so far. */
  attemptCount: Scalars['Int']['output'];
  /** Null when the channel was deleted or the target was inline (a user target mailed by escalation). */
  channelId: Maybe<Scalars['ID']['output']>;
  channelType: NotificationChannelType;
  completedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  event: AlertNotificationEvent;
  /** The delivery (see notificationDeliveries). */
  id: Scalars['ID']['output'];
  /** HTTP status, or SMTP reply code, of the last attempt. */
  lastStatusCode: Maybe<Scalars['Int']['output']>;
  origin: DeliveryOrigin;
  status: DeliveryStatus;
};

/** Notifications sent for the window’s alerts (deliveries whose origin is one of them). */
export type AlertNotificationCounts = {
  __typename?: 'AlertNotificationCounts';
  /** Failed or dead (retries exhausted). */
  failed: Scalars['Int']['output'];
  pending: Scalars['Int']['output'];
  sent: Scalars['Int']['output'];
};

/** What a notification told about the alert. For a routing-group notification, this alert's part in it (FIRING, RESOLVED, FLAPPING; ACKNOWLEDGED when the group was). */
export type AlertNotificationEvent =
  | 'ACKNOWLEDGED'
  | 'ESCALATED'
  | 'FIRING'
  | 'FLAPPING'
  | 'RESOLVED';

/** A route of the notification routing tree (Alertmanager semantics). Null timing/grouping fields inherit from the parent. */
export type AlertRoute = {
  __typename?: 'AlertRoute';
  /** When set, notifications are sent only inside one of these named intervals. */
  activeTimeIntervals: Array<Scalars['String']['output']>;
  /** Keep trying the following siblings after this route matched. */
  continue: Scalars['Boolean']['output'];
  /** Label names to group by; ["..."] = every label. Null inherits. */
  groupBy: Maybe<Array<Scalars['String']['output']>>;
  /** Wait between notifications about a changed group (default 5m). */
  groupInterval: Maybe<Scalars['String']['output']>;
  /** Wait before the first notification of a new group (default 30s). */
  groupWait: Maybe<Scalars['String']['output']>;
  /** "root" for the root; kept across edits when passed back, so aggregation groups survive. */
  id: Scalars['ID']['output'];
  matchers: Array<LabelMatcher>;
  /** Named time intervals during which nothing is sent. */
  muteTimeIntervals: Array<Scalars['String']['output']>;
  /** Notification channel ids; empty inherits the parent's. */
  receivers: Array<Scalars['ID']['output']>;
  /** Resend an unchanged firing group after this (default 4h). */
  repeatInterval: Maybe<Scalars['String']['output']>;
  /** Child routes, tried in order. */
  routes: Array<AlertRoute>;
};

/** A route and its children. Durations are Prometheus style: 500ms, 30s, 5m, 4h, 1h30m. */
export type AlertRouteInput = {
  activeTimeIntervals?: InputMaybe<Array<Scalars['String']['input']>>;
  continue?: InputMaybe<Scalars['Boolean']['input']>;
  groupBy?: InputMaybe<Array<Scalars['String']['input']>>;
  groupInterval?: InputMaybe<Scalars['String']['input']>;
  groupWait?: InputMaybe<Scalars['String']['input']>;
  /** Pass an existing id back to keep its groups; omitted = a new route. Ignored on the root. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Not allowed on the root. */
  matchers?: InputMaybe<Array<LabelMatcherInput>>;
  muteTimeIntervals?: InputMaybe<Array<Scalars['String']['input']>>;
  receivers?: InputMaybe<Array<Scalars['ID']['input']>>;
  repeatInterval?: InputMaybe<Scalars['String']['input']>;
  routes?: InputMaybe<Array<AlertRouteInput>>;
};

export type AlertRoutingTree = {
  __typename?: 'AlertRoutingTree';
  root: AlertRoute;
  updatedAt: Maybe<Scalars['DateTime']['output']>;
  /** 0 until the tree is first saved. */
  version: Scalars['Int']['output'];
};

export type AlertRule = {
  __typename?: 'AlertRule';
  /** Templates: {{ $value }}, {{ $labels.name }}, {{ humanize $value }}, {{ humanizePercentage $value }}. */
  annotations: Scalars['JSONObject']['output'];
  /** The built-in store query (BUILTIN rules). */
  builtin: Maybe<AlertRuleBuiltinQuery>;
  /** After an instance resolves, a new firing within this many seconds opens no alert. */
  cooldownSeconds: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Set on the default rules (cpu, memory, error-rate, latency-p99): they can be edited and disabled, not deleted. */
  defaultKey: Maybe<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  enabled: Scalars['Boolean']['output'];
  escalationPolicyId: Maybe<Scalars['ID']['output']>;
  /** Evaluations claimed since the rule was created. */
  evaluationCount: Scalars['Float']['output'];
  execErrState: AlertRuleErrorState;
  /** The PromQL expression (PROMQL rules). */
  expr: Maybe<Scalars['String']['output']>;
  forSeconds: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** One per label set; label-scoped grants see their slice. */
  instances: Array<AlertRuleInstance>;
  intervalSeconds: Scalars['Int']['output'];
  keepFiringForSeconds: Scalars['Int']['output'];
  labels: Scalars['JSONObject']['output'];
  /** The last query failure, cleared by a successful evaluation. */
  lastError: Maybe<Scalars['String']['output']>;
  lastEvaluatedAt: Maybe<Scalars['DateTime']['output']>;
  /** How long the last query took (ms). */
  lastEvaluationMs: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  nextEvaluationAt: Scalars['DateTime']['output'];
  noDataState: AlertRuleNoDataState;
  operator: AlertRuleOperator;
  /** Once firing, the instance recovers only when the value no longer breaches this (hysteresis). */
  recoveryThreshold: Maybe<Scalars['Float']['output']>;
  severity: AlertSeverity;
  sourceKind: AlertRuleSourceKind;
  threshold: Scalars['Float']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type AlertRuleBuiltinInput = {
  aggregation: MetricAggregation;
  by?: InputMaybe<Array<Scalars['String']['input']>>;
  matchers?: InputMaybe<Array<MetricLabelMatcherInput>>;
  metric: Scalars['String']['input'];
  windowSeconds: Scalars['Int']['input'];
};

/** A built-in metrics store query: samples of `metric` matching `matchers` in the window before each evaluation, aggregated per `by` label set. */
export type AlertRuleBuiltinQuery = {
  __typename?: 'AlertRuleBuiltinQuery';
  aggregation: MetricAggregation;
  by: Array<Scalars['String']['output']>;
  matchers: Array<AlertRuleMatcher>;
  metric: Scalars['String']['output'];
  windowSeconds: Scalars['Int']['output'];
};

export type AlertRuleConnection = {
  __typename?: 'AlertRuleConnection';
  edges: Array<AlertRuleEdge>;
  pageInfo: PageInfo;
  /** Items in the whole list (every page), as the caller may see them. Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type AlertRuleEdge = {
  __typename?: 'AlertRuleEdge';
  cursor: Scalars['String']['output'];
  node: AlertRule;
};

/** What a failed query does to the instances (as Grafana). */
export type AlertRuleErrorState =
  | 'ALERTING'
  | 'ERROR'
  | 'KEEP_LAST'
  | 'OK';

/** Exactly one of builtin and promql on create; on update, either replaces the source. Intervals 5 s .. 1 day. */
export type AlertRuleInput = {
  annotations?: InputMaybe<Scalars['JSONObject']['input']>;
  builtin?: InputMaybe<AlertRuleBuiltinInput>;
  /** Update only: removes the escalation policy. */
  clearEscalationPolicy?: InputMaybe<Scalars['Boolean']['input']>;
  /** Update only: removes the recovery threshold. */
  clearRecoveryThreshold?: InputMaybe<Scalars['Boolean']['input']>;
  cooldownSeconds?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  escalationPolicyId?: InputMaybe<Scalars['ID']['input']>;
  execErrState?: InputMaybe<AlertRuleErrorState>;
  forSeconds?: InputMaybe<Scalars['Int']['input']>;
  intervalSeconds?: InputMaybe<Scalars['Int']['input']>;
  keepFiringForSeconds?: InputMaybe<Scalars['Int']['input']>;
  labels?: InputMaybe<Scalars['JSONObject']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  noDataState?: InputMaybe<AlertRuleNoDataState>;
  operator?: InputMaybe<AlertRuleOperator>;
  /** A PromQL expression; needs PROMETHEUS_URL on the server. */
  promql?: InputMaybe<Scalars['String']['input']>;
  recoveryThreshold?: InputMaybe<Scalars['Float']['input']>;
  severity?: InputMaybe<AlertSeverity>;
  threshold?: InputMaybe<Scalars['Float']['input']>;
};

/** One label set of a rule: its state between evaluations. */
export type AlertRuleInstance = {
  __typename?: 'AlertRuleInstance';
  /** Start of the current PENDING, FIRING, NO_DATA or ERROR episode. */
  activeSince: Maybe<Scalars['DateTime']['output']>;
  flapping: Scalars['Boolean']['output'];
  labels: Scalars['JSONObject']['output'];
  lastValue: Maybe<Scalars['Float']['output']>;
  state: AlertInstanceState;
  updatedAt: Scalars['DateTime']['output'];
};

export type AlertRuleMatcher = {
  __typename?: 'AlertRuleMatcher';
  name: Scalars['String']['output'];
  op: MetricMatchOp;
  value: Scalars['String']['output'];
};

/** What a missing series does to its instance (as Grafana). */
export type AlertRuleNoDataState =
  | 'ALERTING'
  | 'KEEP_LAST'
  | 'NO_DATA'
  | 'OK';

/** value OPERATOR threshold is a breach. */
export type AlertRuleOperator =
  | 'EQ'
  | 'GT'
  | 'GTE'
  | 'LT'
  | 'LTE'
  | 'NE';

export type AlertRuleSourceKind =
  | 'BUILTIN'
  | 'PROMQL';

export type AlertRuleStateEvent = {
  __typename?: 'AlertRuleStateEvent';
  at: Scalars['DateTime']['output'];
  /** Pass as `after` to resume from here. */
  cursor: Scalars['String']['output'];
  flapping: Scalars['Boolean']['output'];
  fromState: AlertInstanceState;
  id: Scalars['ID']['output'];
  /** The labels of the instance's alert: alertname, the rule's labels, the series' labels, severity. */
  labels: Scalars['JSONObject']['output'];
  ruleId: Scalars['ID']['output'];
  ruleName: Scalars['String']['output'];
  toState: AlertInstanceState;
  value: Maybe<Scalars['Float']['output']>;
};

export type AlertSeverity =
  | 'CRITICAL'
  | 'ERROR'
  | 'INFO'
  | 'WARNING';

export type AlertSource = {
  __typename?: 'AlertSource';
  kind: AlertSourceKind;
  /** Who pushed it (EXTERNAL): the API key or user of the intake. */
  name: Maybe<Scalars['String']['output']>;
  /** The alert rule (RULE). */
  ruleId: Maybe<Scalars['ID']['output']>;
};

/** An alert source (a rule or an external sender) and how many alerts it raised. */
export type AlertSourceCount = {
  __typename?: 'AlertSourceCount';
  count: Scalars['Int']['output'];
  kind: AlertSourceKind;
  name: Maybe<Scalars['String']['output']>;
  ruleId: Maybe<Scalars['ID']['output']>;
};

export type AlertSourceKind =
  | 'EXTERNAL'
  | 'RULE';

/** A transition of one rule instance. */
export type AlertStateChange = {
  __typename?: 'AlertStateChange';
  at: Scalars['DateTime']['output'];
  flapping: Scalars['Boolean']['output'];
  fromState: AlertInstanceState;
  id: Scalars['ID']['output'];
  /** The labels of the instance's alert: alertname, the rule's labels, the series' labels, severity. */
  labels: Scalars['JSONObject']['output'];
  ruleId: Scalars['ID']['output'];
  toState: AlertInstanceState;
  value: Maybe<Scalars['Float']['output']>;
};

export type AlertStateChangeConnection = {
  __typename?: 'AlertStateChangeConnection';
  edges: Array<AlertStateChangeEdge>;
  pageInfo: PageInfo;
  /** Items in the whole list (every page), as the caller may see them. Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type AlertStateChangeEdge = {
  __typename?: 'AlertStateChangeEdge';
  cursor: Scalars['String']['output'];
  node: AlertStateChange;
};

export type AlertStateHistoryFilter = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  ruleId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Alerts that started in [from, to) and the caller may read (label scopes apply). */
export type AlertStats = {
  __typename?: 'AlertStats';
  acknowledged: Scalars['Int']['output'];
  bySeverity: Array<AlertCount>;
  byStatus: Array<AlertCount>;
  /** Up to `top` flapping alerts, latest first. */
  flapping: Array<FlappingAlert>;
  flappingCount: Scalars['Int']['output'];
  from: Scalars['DateTime']['output'];
  groupBy: AlertStatsGroupBy;
  /** By groupBy, largest first. */
  groups: Array<AlertStatsGroup>;
  label: Maybe<Scalars['String']['output']>;
  /** Mean time to acknowledge (seconds from startsAt to acknowledgedAt); null when none was. */
  mttaSeconds: Maybe<Scalars['Float']['output']>;
  /** Mean time to resolve (seconds from startsAt to resolvedAt); null when none was. */
  mttrSeconds: Maybe<Scalars['Float']['output']>;
  /** The `top` sources raising most alerts. */
  noisiest: Array<AlertSourceCount>;
  notifications: AlertNotificationCounts;
  resolved: Scalars['Int']['output'];
  to: Scalars['DateTime']['output'];
  total: Scalars['Int']['output'];
};

/** One group of alerts (by the groupBy key) with its response times. */
export type AlertStatsGroup = {
  __typename?: 'AlertStatsGroup';
  /** Alerts that were acknowledged (and are still marked so). */
  acknowledged: Scalars['Int']['output'];
  count: Scalars['Int']['output'];
  /** The group key; null for alerts without one (RULE: external alerts; LABEL: alerts without the label). */
  key: Maybe<Scalars['String']['output']>;
  /** Mean seconds from startsAt to acknowledgedAt over acknowledged alerts; null when none. */
  mttaSeconds: Maybe<Scalars['Float']['output']>;
  /** Mean seconds from startsAt to resolvedAt over resolved alerts; null when none. */
  mttrSeconds: Maybe<Scalars['Float']['output']>;
  resolved: Scalars['Int']['output'];
};

/** How alertStats.groups splits the alerts. SOURCE keys are `rule:<ruleId>` or `external:<name>`; LABEL needs `label`. */
export type AlertStatsGroupBy =
  | 'LABEL'
  | 'RULE'
  | 'SEVERITY'
  | 'SOURCE'
  | 'STATUS';

export type AlertStatus =
  | 'ACKNOWLEDGED'
  | 'FIRING'
  | 'RESOLVED';

/** A named time interval, referenced by routes as a mute or active interval. Inside when inside any range. */
export type AlertTimeInterval = {
  __typename?: 'AlertTimeInterval';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  ranges: Array<TimeIntervalRange>;
  updatedAt: Scalars['DateTime']['output'];
};

export type AlertTimeIntervalInput = {
  name: Scalars['String']['input'];
  ranges: Array<TimeIntervalRangeInput>;
};

/** A machine credential, worth no more than its owner's live rights. The secret is never readable here. */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** CIDRs the key may be used from; empty: anywhere. */
  allowedCidrs: Array<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  expiresAt: Scalars['DateTime']['output'];
  /** What the key may do, each grant only while the owner can do it too. */
  grants: Array<Grant>;
  id: Scalars['ID']['output'];
  /** Updated at most once a minute. */
  lastUsedAt: Maybe<Scalars['DateTime']['output']>;
  lastUsedIp: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  ownerId: Scalars['ID']['output'];
  revokedAt: Maybe<Scalars['DateTime']['output']>;
};

export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  edges: Array<ApiKeyEdge>;
  pageInfo: PageInfo;
  /** Items in the whole list (every page), as the caller may see them. Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  cursor: Scalars['String']['output'];
  node: ApiKey;
};

export type ApiKeySecretPayload = {
  __typename?: 'ApiKeySecretPayload';
  apiKey: ApiKey;
  /** Use as `Authorization: Bearer <secret>`. Shown once: store it now, it cannot be read again. */
  secret: Scalars['String']['output'];
};

export type AuditActorType =
  | 'ANONYMOUS'
  | 'SYSTEM'
  | 'USER';

/** Result of recomputing the audit hash chain. */
export type AuditIntegrity = {
  __typename?: 'AuditIntegrity';
  /** Events whose hash was recomputed and matched, in chain order, from where verification started. */
  checked: Scalars['Int']['output'];
  /** Signed checkpoints whose signature and hash were checked. */
  checkpointsChecked: Scalars['Int']['output'];
  /** Lowest chain number that no longer verifies (an event changed, removed, re-ordered or added, or where a removed transaction would be). */
  firstBrokenSeq: Maybe<Scalars['Int']['output']>;
  /** Events before the checkpoint verification started after (0 for a full verification). */
  fromSeq: Scalars['Int']['output'];
  /** Whether every event was recomputed (true), or only those after the newest valid signed checkpoint. */
  full: Scalars['Boolean']['output'];
  /** Hash of the newest block (one per committed transaction): keep a copy elsewhere to detect a rewritten history. */
  headHash: Scalars['String']['output'];
  headSeq: Scalars['Int']['output'];
  /** Checkpoints that are forged (signature fails) or that the chain no longer matches (rewritten history). */
  invalidCheckpoints: Scalars['Int']['output'];
  verified: Scalars['Boolean']['output'];
};

export type AuditLog = {
  __typename?: 'AuditLog';
  /** Event name from the audit catalogue, e.g. user.created. */
  action: Scalars['String']['output'];
  actorId: Maybe<Scalars['ID']['output']>;
  actorType: AuditActorType;
  /** Number of the event in the tamper-evident hash chain: unique, increasing within a transaction (transactions are chained in commit order), with gaps where a transaction rolled back. */
  chainSeq: Maybe<Scalars['Int']['output']>;
  /** Changed fields with before/after; values are omitted without audit:readValues. */
  changes: Maybe<Scalars['JSONObject']['output']>;
  /** Set on subscription events: their position in the event log, to pass as `after` to resume from there. Null in lists (use the edge cursor). */
  cursor: Maybe<Scalars['String']['output']>;
  /** sha256 of the hash of the event written before it in the same transaction and of this event; each committed transaction is sealed into a block chained to the previous one, so editing or removing any event shows. */
  hash: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  ip: Maybe<Scalars['String']['output']>;
  metadata: Maybe<Scalars['JSONObject']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  outcome: AuditOutcome;
  requestId: Maybe<Scalars['String']['output']>;
  targetId: Maybe<Scalars['String']['output']>;
  targetType: Maybe<Scalars['String']['output']>;
  userAgent: Maybe<Scalars['String']['output']>;
};

export type AuditLogConnection = {
  __typename?: 'AuditLogConnection';
  edges: Array<AuditLogEdge>;
  pageInfo: PageInfo;
  /** Items in the whole list (every page), as the caller may see them. Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type AuditLogEdge = {
  __typename?: 'AuditLogEdge';
  cursor: Scalars['String']['output'];
  node: AuditLog;
};

export type AuditLogFilter = {
  action?: InputMaybe<Scalars['String']['input']>;
  actorId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  targetId?: InputMaybe<Scalars['String']['input']>;
  targetType?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type AuditOutcome =
  | 'DENIED'
  | 'FAILURE'
  | 'SUCCESS';

/** How strongly a session last authenticated. */
export type AuthLevel =
  | 'MFA'
  | 'PASSWORD';

export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** JWT for `Authorization: Bearer`; short-lived. */
  accessToken: Scalars['String']['output'];
  /** When the access token expires. */
  expiresAt: Scalars['DateTime']['output'];
  /** Opaque, single use: exchange it with refreshSession. */
  refreshToken: Scalars['String']['output'];
  user: User;
};

/** REDIS: shared by every node (REDIS_URL set); MEMORY: an LRU in this process (one node). */
export type CacheBackend =
  | 'MEMORY'
  | 'REDIS';

/** The read cache as this node sees it. Counters are this node's since it started. */
export type CacheStats = {
  __typename?: 'CacheStats';
  backend: CacheBackend;
  /** Reads that went straight to PostgreSQL because the cache could not be trusted or reached. */
  bypasses: Scalars['Int']['output'];
  /** False when CACHE_TTL_SECONDS is 0: every read goes to PostgreSQL. */
  enabled: Scalars['Boolean']['output'];
  /** Entries held (REDIS: the whole deployment); null when Redis does not answer. */
  entries: Maybe<Scalars['Int']['output']>;
  /** Entries this node evicted to stay within CACHE_MAX_ENTRIES. */
  evictions: Scalars['Int']['output'];
  /** Reads served from the cache. */
  hits: Scalars['Int']['output'];
  /** Tags this node invalidated. */
  invalidations: Scalars['Int']['output'];
  maxEntries: Scalars['Int']['output'];
  /** Reads loaded from PostgreSQL and stored. */
  misses: Scalars['Int']['output'];
  /** Whether this node serves from the cache now; false while it may miss invalidations (Redis away), when reads bypass it. */
  trusted: Scalars['Boolean']['output'];
};

export type CreateApiKeyInput = {
  /** IPv4/IPv6 CIDRs the key may be used from; omitted or empty: anywhere. */
  allowedCidrs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Mandatory, at most one year ahead. */
  expiresAt: Scalars['DateTime']['input'];
  /** A subset of your own rights (same shape as permission-set grants). */
  grants: Array<GrantInput>;
  name: Scalars['String']['input'];
};

export type CreateChannelInput = {
  name: Scalars['String']['input'];
  /** Secret name -> value. Write-only: sealed at rest, never returned or logged. */
  secrets?: InputMaybe<Scalars['JSONObject']['input']>;
  settings?: InputMaybe<Scalars['JSONObject']['input']>;
  type: NotificationChannelType;
};

export type CreateEscalationPolicyInput = {
  ackTimeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  isDefault?: InputMaybe<Scalars['Boolean']['input']>;
  levels: Array<EscalationLevelInput>;
  name: Scalars['String']['input'];
  repeatCount?: InputMaybe<Scalars['Int']['input']>;
  userEmailChannelId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreatePermissionSetInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  grants?: InputMaybe<Array<GrantInput>>;
  name: Scalars['String']['input'];
  /** Sets this one inherits from. */
  parentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Holders (also through inheritance) must enrol TOTP first. */
  requireMfa?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CreateRateLimitPolicyInput = {
  costPerMinute?: InputMaybe<Scalars['Int']['input']>;
  /** Default true. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  /** 1 to 1,000,000. */
  requestsPerWindow: Scalars['Int']['input'];
  subjectKind: RateLimitSubjectKind;
  subjectValue: Scalars['String']['input'];
  /** 1 to 86,400. */
  windowSeconds: Scalars['Int']['input'];
};

export type CreateReportDefinitionInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Missing fields take the template's defaults. */
  parameters?: InputMaybe<ReportParametersInput>;
  /** Section keys; missing or empty: the template's. */
  sections?: InputMaybe<Array<Scalars['String']['input']>>;
  template: ReportTemplate;
};

export type CreateReportScheduleInput = {
  /** Five fields, e.g. "0 9 * * 1" (Mondays 09:00). */
  cron: Scalars['String']['input'];
  definitionId: Scalars['ID']['input'];
  /** Default true. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  formats: Array<ReportFormat>;
  recipients?: InputMaybe<Array<ReportRecipientInput>>;
  /** Default false. */
  skipIfEmpty?: InputMaybe<Scalars['Boolean']['input']>;
  /** IANA zone, e.g. Europe/Berlin. */
  timezone: Scalars['String']['input'];
};

export type CreateUserInput = {
  email: Scalars['String']['input'];
  labels?: InputMaybe<Scalars['JSONObject']['input']>;
  name: Scalars['String']['input'];
  /** At least 12 characters. */
  password: Scalars['String']['input'];
  permissionSetIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type DecisionReason =
  | 'ALLOWED'
  | 'EXPLICIT_DENY'
  | 'NO_MATCHING_ALLOW';

export type DelegatePermissionsInput = {
  delegateeId: Scalars['ID']['input'];
  /** Mandatory, at most 90 days ahead. */
  expiresAt: Scalars['DateTime']['input'];
  grants: Array<GrantInput>;
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type Delegation = {
  __typename?: 'Delegation';
  createdAt: Scalars['DateTime']['output'];
  delegateeId: Scalars['ID']['output'];
  delegatorId: Scalars['ID']['output'];
  expiresAt: Scalars['DateTime']['output'];
  grants: Array<Grant>;
  id: Scalars['ID']['output'];
  reason: Maybe<Scalars['String']['output']>;
  revokedAt: Maybe<Scalars['DateTime']['output']>;
};

export type DeliveryAttempt = {
  __typename?: 'DeliveryAttempt';
  attempt: Scalars['Int']['output'];
  /** Why it failed (never a secret). */
  error: Maybe<Scalars['String']['output']>;
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  latencyMs: Maybe<Scalars['Int']['output']>;
  outcome: DeliveryAttemptOutcome;
  /** When the next attempt was scheduled (RETRY). */
  retryAt: Maybe<Scalars['DateTime']['output']>;
  startedAt: Scalars['DateTime']['output'];
  /** HTTP status, or SMTP reply code. */
  statusCode: Maybe<Scalars['Int']['output']>;
};

/** INTERRUPTED: the worker stopped mid-send. */
export type DeliveryAttemptOutcome =
  | 'FAILED'
  | 'INTERRUPTED'
  | 'IN_FLIGHT'
  | 'RETRY'
  | 'SUCCEEDED';

export type DeliveryOrigin = {
  __typename?: 'DeliveryOrigin';
  id: Scalars['String']['output'];
  /** alert, report, test, ... */
  kind: Scalars['String']['output'];
};

export type DeliveryOriginInput = {
  id?: InputMaybe<Scalars['String']['input']>;
  kind: Scalars['String']['input'];
};

/** PENDING: queued or waiting for a retry. FAILED: refused for good (4xx, blocked target). DEAD: retries exhausted (dead letter). */
export type DeliveryStatus =
  | 'DEAD'
  | 'FAILED'
  | 'PENDING'
  | 'SUCCEEDED';

export type EffectiveGrant = {
  __typename?: 'EffectiveGrant';
  /** Catalogue action, `type:*` or `*`. */
  action: Scalars['String']['output'];
  effect: GrantEffect;
  /** Set for direct grants (to revoke them). */
  id: Maybe<Scalars['ID']['output']>;
  scope: GrantScope;
  source: GrantSource;
  validFrom: Maybe<Scalars['DateTime']['output']>;
  validUntil: Maybe<Scalars['DateTime']['output']>;
};

export type EncryptionKeyRotation = {
  __typename?: 'EncryptionKeyRotation';
  /** Id of the new active key (named in every new ciphertext). */
  keyId: Scalars['String']['output'];
  /** Sealed values re-encrypted with the new key. */
  resealed: Scalars['Int']['output'];
  /** The key it replaced; kept to open old backups. */
  retiredKeyId: Maybe<Scalars['String']['output']>;
};

/** A count of errors sharing one value (a class, a code or an operation). */
export type ErrorCount = {
  __typename?: 'ErrorCount';
  count: Scalars['Int']['output'];
  key: Scalars['String']['output'];
};

/** One error message with its code, how often it occurred, and a request to look up in the logs. */
export type ErrorMessageStat = {
  __typename?: 'ErrorMessageStat';
  /** The extensions.code clients received. */
  code: Scalars['String']['output'];
  count: Scalars['Int']['output'];
  lastSeen: Scalars['DateTime']['output'];
  message: Scalars['String']['output'];
  /** The X-Request-Id of the latest occurrence: its log lines carry it. */
  sampleRequestId: Maybe<Scalars['String']['output']>;
};

/** Errors returned by GraphQL operations over HTTP in [from, to), classified once each. */
export type ErrorStats = {
  __typename?: 'ErrorStats';
  /** By class (transient, permanent, user, system, validation, authorization, network, database, external); an error with several classes counts in each. */
  byClass: Array<ErrorCount>;
  /** By extensions.code. */
  byCode: Array<ErrorCount>;
  /** By operation name (bounded as in /metrics: `anonymous`, `other`); at most 100. */
  byOperation: Array<ErrorCount>;
  from: Scalars['DateTime']['output'];
  to: Scalars['DateTime']['output'];
  /** Most frequent messages first. */
  topMessages: Array<ErrorMessageStat>;
  total: Scalars['Int']['output'];
};

/** One rung of an escalation ladder. */
export type EscalationLevel = {
  __typename?: 'EscalationLevel';
  /** Notification channels paged at this level. */
  channelIds: Array<Scalars['ID']['output']>;
  /** Seconds without acknowledgement before the next level. */
  timeoutSeconds: Scalars['Int']['output'];
  /** Users mailed at this level (through the policy's userEmailChannelId; ACTIVE users only, and only about alerts they may read). */
  userIds: Array<Scalars['ID']['output']>;
};

export type EscalationLevelInput = {
  channelIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  timeoutSeconds: Scalars['Int']['input'];
  userIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Who is paged, in which order, until an alert is acknowledged. Alerts follow the version they fired with. */
export type EscalationPolicy = {
  __typename?: 'EscalationPolicy';
  /** An acknowledged alert not resolved within this many seconds fires and escalates again. */
  ackTimeoutSeconds: Maybe<Scalars['Int']['output']>;
  createdAt: Scalars['DateTime']['output'];
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Followed by alerts without an escalation_policy label (at most one policy). */
  isDefault: Scalars['Boolean']['output'];
  levels: Array<EscalationLevel>;
  name: Scalars['String']['output'];
  /** How many times the whole ladder runs again after its last level. */
  repeatCount: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** The EMAIL channel user targets are mailed through (its `to` replaced by the user's address). */
  userEmailChannelId: Maybe<Scalars['ID']['output']>;
  /** Bumped on every change. */
  version: Scalars['Int']['output'];
};

export type EscalationPolicyConnection = {
  __typename?: 'EscalationPolicyConnection';
  edges: Array<EscalationPolicyEdge>;
  pageInfo: PageInfo;
  /** Items in the whole list (every page), as the caller may see them. Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type EscalationPolicyEdge = {
  __typename?: 'EscalationPolicyEdge';
  cursor: Scalars['String']['output'];
  node: EscalationPolicy;
};

/** An alert marked flapping. */
export type FlappingAlert = {
  __typename?: 'FlappingAlert';
  fingerprint: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  labels: Scalars['JSONObject']['output'];
  startsAt: Scalars['DateTime']['output'];
  status: AlertStatus;
};

export type Grant = {
  __typename?: 'Grant';
  /** Catalogue action, `type:*` or `*`. */
  action: Scalars['String']['output'];
  effect: GrantEffect;
  /** Set for direct grants (to revoke them). */
  id: Maybe<Scalars['ID']['output']>;
  scope: GrantScope;
  validFrom: Maybe<Scalars['DateTime']['output']>;
  validUntil: Maybe<Scalars['DateTime']['output']>;
};

/** DENY always wins over ALLOW. */
export type GrantEffect =
  | 'ALLOW'
  | 'DENY';

export type GrantInput = {
  action: Scalars['String']['input'];
  effect: GrantEffect;
  scope: GrantScopeInput;
  validFrom?: InputMaybe<Scalars['DateTime']['input']>;
  validUntil?: InputMaybe<Scalars['DateTime']['input']>;
};

export type GrantScope = {
  __typename?: 'GrantScope';
  ids: Maybe<Array<Scalars['String']['output']>>;
  kind: ScopeKind;
  /** Label selector: every pair must match. */
  labels: Maybe<Scalars['JSONObject']['output']>;
};

export type GrantScopeInput = {
  ids?: InputMaybe<Array<Scalars['String']['input']>>;
  kind: ScopeKind;
  labels?: InputMaybe<Scalars['JSONObject']['input']>;
};

export type GrantSource = {
  __typename?: 'GrantSource';
  delegationId: Maybe<Scalars['ID']['output']>;
  delegatorId: Maybe<Scalars['ID']['output']>;
  /** When the assignment or delegation ends. */
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  grantId: Maybe<Scalars['ID']['output']>;
  kind: GrantSourceKind;
  /** Inheritance chain from the assigned set to the set holding the grant. */
  path: Maybe<Array<Scalars['String']['output']>>;
  setId: Maybe<Scalars['ID']['output']>;
  setName: Maybe<Scalars['String']['output']>;
};

export type GrantSourceKind =
  | 'BASELINE'
  | 'DELEGATION'
  | 'DIRECT'
  | 'SET';

export type InhibitionRule = {
  __typename?: 'InhibitionRule';
  createdAt: Scalars['DateTime']['output'];
  createdBy: Maybe<Scalars['ID']['output']>;
  /** Labels whose values must be equal in source and target. */
  equal: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  sourceMatchers: Array<LabelMatcher>;
  targetMatchers: Array<LabelMatcher>;
};

export type InhibitionRuleConnection = {
  __typename?: 'InhibitionRuleConnection';
  edges: Array<InhibitionRuleEdge>;
  pageInfo: PageInfo;
  /** Items in the whole list (every page), as the caller may see them. Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type InhibitionRuleEdge = {
  __typename?: 'InhibitionRuleEdge';
  cursor: Scalars['String']['output'];
  node: InhibitionRule;
};

export type InhibitionRuleInput = {
  equal?: InputMaybe<Array<Scalars['String']['input']>>;
  sourceMatchers: Array<LabelMatcherInput>;
  targetMatchers: Array<LabelMatcherInput>;
};

/** A label matcher with Alertmanager semantics: an absent label reads as "", regexes are anchored. */
export type LabelMatcher = {
  __typename?: 'LabelMatcher';
  name: Scalars['String']['output'];
  /** One of =, !=, =~, !~. */
  op: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type LabelMatcherInput = {
  name: Scalars['String']['input'];
  /** One of =, !=, =~, !~ (regexes anchored at both ends, at most 512 characters). */
  op: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

/** How a BUILTIN rule aggregates the samples of its window. */
export type MetricAggregation =
  | 'avg'
  | 'count'
  | 'max'
  | 'min'
  | 'p95'
  | 'p99'
  | 'rate'
  | 'sum';

/** One label of a series. */
export type MetricLabel = {
  __typename?: 'MetricLabel';
  name: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type MetricLabelInput = {
  /** Prometheus label name: [a-zA-Z_][a-zA-Z0-9_]*, not starting with __. */
  name: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

export type MetricLabelMatcherInput = {
  name: Scalars['String']['input'];
  op: MetricMatchOp;
  value: Scalars['String']['input'];
};

/** Label matcher operators as in Prometheus: regexes are anchored (`REGEX "a|b"` matches the whole value); a missing label reads as "". */
export type MetricMatchOp =
  | 'EQUAL'
  | 'NOT_EQUAL'
  | 'NOT_REGEX'
  | 'REGEX';

export type MetricPoint = {
  __typename?: 'MetricPoint';
  at: Scalars['DateTime']['output'];
  value: Scalars['Float']['output'];
};

/** Samples of one series over a time range, oldest first. */
export type MetricRange = {
  __typename?: 'MetricRange';
  points: Array<MetricPoint>;
  series: MetricSeries;
  /** Seconds per point when averaged into steps; null for raw samples. */
  step: Maybe<Scalars['Int']['output']>;
};

/** One sample. Give labels as a list or as `labelMap` (an object of strings), not both. */
export type MetricSampleInput = {
  /** Sample time; now when omitted. Within the retention window and at most 5 minutes ahead. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** Labels as {"name": "value"}. */
  labelMap?: InputMaybe<Scalars['JSONObject']['input']>;
  labels?: InputMaybe<Array<MetricLabelInput>>;
  /** Prometheus metric name: [a-zA-Z_:][a-zA-Z0-9_:]*. */
  metric: Scalars['String']['input'];
  value: Scalars['Float']['input'];
};

/** A time series of the built-in metrics store: one metric name and one label set. */
export type MetricSeries = {
  __typename?: 'MetricSeries';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The same labels as {"name": "value"}. */
  labelMap: Scalars['JSONObject']['output'];
  /** Sorted by name. */
  labels: Array<MetricLabel>;
  metric: Scalars['String']['output'];
};

export type MetricSeriesConnection = {
  __typename?: 'MetricSeriesConnection';
  edges: Array<MetricSeriesEdge>;
  pageInfo: PageInfo;
  /** Items in the whole list (every page), as the caller may see them. Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type MetricSeriesEdge = {
  __typename?: 'MetricSeriesEdge';
  cursor: Scalars['String']['output'];
  node: MetricSeries;
};

export type MetricSeriesFilter = {
  /** Every matcher must hold. */
  matchers?: InputMaybe<Array<MetricLabelMatcherInput>>;
  metric?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  acknowledgeAlert: Alert;
  /** Adds a note to the alert's timeline (no state change). */
  addAlertNote: Alert;
  /** setId inherits every grant of parentId; cycles are refused. */
  addPermissionSetParent: PermissionSet;
  /** Refused unless the caller holds everything the set grants. */
  assignPermissionSet: Scalars['Boolean']['output'];
  /** Public. Starts sign-in with the configured OpenID provider (code flow + PKCE). */
  beginOidcLogin: OidcLoginStart;
  /** A queued run ends CANCELLED at once; a running one stops at its next batch. */
  cancelReportRun: ReportRun;
  changePassword: Scalars['Boolean']['output'];
  /** A custom copy (same grants and parents) under a new name. */
  clonePermissionSet: PermissionSet;
  /** A copy under a new name, owned by the caller. */
  cloneReportDefinition: ReportDefinition;
  /** Public. Finishes an OIDC sign-in from the URL the provider redirected to; each state works once. */
  completeOidcLogin: AuthPayload;
  /** Enables TOTP; returns ten single-use recovery codes, shown only this once. */
  confirmTotp: Array<Scalars['String']['output']>;
  /** Needs alerts:write. Evaluated at once, then every intervalSeconds. */
  createAlertRule: AlertRule;
  /** alerts:write. */
  createAlertTimeInterval: AlertTimeInterval;
  /** A key holding a subset of your rights; the secret is in this response only. */
  createApiKey: ApiKeySecretPayload;
  /** Secrets are sealed at rest and never returned (alerts:manageChannels). */
  createChannel: NotificationChannel;
  /** alerts:write (naming users in userIds: users:read too). Alerts already escalating keep the policy they fired with. */
  createEscalationPolicy: EscalationPolicy;
  createInhibitionRule: InhibitionRule;
  /** Refused unless the caller holds everything the set would grant. */
  createPermissionSet: PermissionSet;
  /** Applies on every node as soon as it is committed. */
  createRateLimitPolicy: RateLimitPolicy;
  createReportDefinition: ReportDefinition;
  /** Needs reports:schedule and reports:run (the schedule runs with its owner’s rights: yours). */
  createReportSchedule: ReportSchedule;
  createSilence: Silence;
  createUser: User;
  /** Lends a subset of the caller's own rights, until expiresAt. */
  delegatePermissions: Delegation;
  /** Needs alerts:write. Default rules answer CONFLICT: disable them instead. */
  deleteAlertRule: Scalars['Boolean']['output'];
  /** Refused while routes refer to it (alerts:write). */
  deleteAlertTimeInterval: Scalars['Boolean']['output'];
  /** Pending deliveries to it fail ("the channel was deleted"); the delivery log is kept. */
  deleteChannel: Scalars['Boolean']['output'];
  /** alerts:write. Running escalations keep their snapshot. */
  deleteEscalationPolicy: Scalars['Boolean']['output'];
  /** Deletes the rule and returns it as it was. */
  deleteInhibitionRule: InhibitionRule;
  /** Refused while users hold the set unless force is true. */
  deletePermissionSet: Scalars['Boolean']['output'];
  deleteRateLimitPolicy: Scalars['Boolean']['output'];
  /** Deletes the definition and returns it as it was; its runs stay. */
  deleteReportDefinition: ReportDefinition;
  /** Needs reports:schedule. Runs already queued still finish. */
  deleteReportSchedule: Scalars['Boolean']['output'];
  /** Soft delete: status DELETED, sessions revoked, history kept. */
  deleteUser: User;
  /** Needs a current TOTP code or a recovery code. */
  disableTotp: Scalars['Boolean']['output'];
  /** Starts (or restarts) TOTP enrolment for the viewer. */
  enrollTotp: TotpEnrollment;
  /** Ends the silence now; it stays queryable as EXPIRED. */
  expireSilence: Silence;
  /** A direct grant to one user; refused if broader than what the caller holds. */
  grantPermission: Grant;
  /** Drops cached reads under these tags on every node before answering (`*`: everything). Tags in use: permissionSets, permissionSets:holders, permissionSets:holder:<userId>. Returns the tags dropped. */
  invalidateCache: Array<Scalars['String']['output']>;
  /** Public. Throttled per account and per IP. */
  login: AuthPayload;
  /** Revokes the current session. */
  logout: Scalars['Boolean']['output'];
  /** Stores samples in the built-in metrics store, the whole batch or none of it. At most METRICS_PUSH_MAX_SAMPLES samples; a metric name may have at most METRICS_MAX_SERIES_PER_METRIC label sets, and the store at most METRICS_MAX_SERIES series. Needs metrics:write. */
  pushMetrics: PushMetricsResult;
  reactivateUser: User;
  /** Satisfies STEP_UP_REQUIRED: the password, or a TOTP/recovery code once TOTP is on. */
  reauthenticate: StepUpStatus;
  /** Public. Rotates the refresh token; reuse revokes the session. */
  refreshSession: AuthPayload;
  removePermissionSetParent: PermissionSet;
  /** Removes another user's second factor (security:resetMfa). */
  resetMfa: Scalars['Boolean']['output'];
  resolveAlert: Alert;
  restoreUser: User;
  /** Sends a FAILED or DEAD delivery again with a fresh budget of attempts (alerts:manageChannels). */
  retryDelivery: NotificationDelivery;
  /** Takes effect at the next request on every node; open sockets close. */
  revokeApiKey: Scalars['Boolean']['output'];
  /** By the delegator, the delegatee, or whoever may assign to the delegatee. */
  revokeDelegation: Scalars['Boolean']['output'];
  revokeGrant: Scalars['Boolean']['output'];
  revokePermissionSet: Scalars['Boolean']['output'];
  /** Own sessions always; anyone else's with sessions:revoke. */
  revokeSession: Scalars['Boolean']['output'];
  /** New secret; older ones keep working for overlapSeconds (at most 7 days). */
  rotateApiKey: ApiKeySecretPayload;
  /** New data key for secrets at rest; every sealed value re-encrypted. */
  rotateEncryptionKey: EncryptionKeyRotation;
  /** Queues a run and returns it at once (QUEUED); watch it with reportRunChanged. */
  runReport: ReportRun;
  /** Replaces the whole routing tree, validated as a whole (alerts:write). */
  setAlertRoutingTree: AlertRoutingTree;
  /** Needs alerts:write. */
  setAlertRuleEnabled: AlertRule;
  /** Replaces the set's IP allowlist; it binds every direct holder of the set. */
  setPermissionSetIpAllowlist: Array<Scalars['String']['output']>;
  /** Replaces the user's IP allowlist (CIDRs); empty: no restriction. Returns the stored list. */
  setUserIpAllowlist: Array<Scalars['String']['output']>;
  /** Mutes an open alert until `until` (at most 30 days); it wakes up by itself. */
  snoozeAlert: Alert;
  /** Suspends the user and revokes all their sessions. */
  suspendUser: User;
  /** Sends a test message through the channel; follow it in notificationDeliveries. */
  testChannel: NotificationDelivery;
  unacknowledgeAlert: Alert;
  /** Lifts login throttling on an account (every client IP, every node). Needs security:unlock. */
  unlockAccount: Scalars['Boolean']['output'];
  /** Needs alerts:write. */
  updateAlertRule: AlertRule;
  /** Ranges are replaced; a rename is refused while routes use the name (alerts:write). */
  updateAlertTimeInterval: AlertTimeInterval;
  /** Settings are replaced as a whole when given; secrets are merged (set, replaced, cleared). */
  updateChannel: NotificationChannel;
  /** alerts:write (adding users to userIds: users:read too). Bumps the version; running escalations are not changed. */
  updateEscalationPolicy: EscalationPolicy;
  /** Built-in sets cannot be edited. */
  updatePermissionSet: PermissionSet;
  /** The subject cannot change: delete the policy and create another. */
  updateRateLimitPolicy: RateLimitPolicy;
  /** Optimistic: `version` is the one you read; a stale one is a CONFLICT. */
  updateReportDefinition: ReportDefinition;
  /** Needs reports:schedule and reports:run; you become the owner. CONFLICT when version is stale. */
  updateReportSchedule: ReportSchedule;
  updateSilence: Silence;
  updateUser: User;
  /** Public. Completes a login that failed with MFA_REQUIRED. */
  verifyMfa: AuthPayload;
};


export type MutationAcknowledgeAlertArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationAddAlertNoteArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationAddPermissionSetParentArgs = {
  parentId: Scalars['ID']['input'];
  setId: Scalars['ID']['input'];
};


export type MutationAssignPermissionSetArgs = {
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  permissionSetId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationCancelReportRunArgs = {
  id: Scalars['ID']['input'];
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationClonePermissionSetArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationCloneReportDefinitionArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationCompleteOidcLoginArgs = {
  callbackUrl: Scalars['String']['input'];
  state?: InputMaybe<Scalars['String']['input']>;
};


export type MutationConfirmTotpArgs = {
  code: Scalars['String']['input'];
};


export type MutationCreateAlertRuleArgs = {
  input: AlertRuleInput;
};


export type MutationCreateAlertTimeIntervalArgs = {
  input: AlertTimeIntervalInput;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateChannelArgs = {
  input: CreateChannelInput;
};


export type MutationCreateEscalationPolicyArgs = {
  input: CreateEscalationPolicyInput;
};


export type MutationCreateInhibitionRuleArgs = {
  input: InhibitionRuleInput;
};


export type MutationCreatePermissionSetArgs = {
  input: CreatePermissionSetInput;
};


export type MutationCreateRateLimitPolicyArgs = {
  input: CreateRateLimitPolicyInput;
};


export type MutationCreateReportDefinitionArgs = {
  input: CreateReportDefinitionInput;
};


export type MutationCreateReportScheduleArgs = {
  input: CreateReportScheduleInput;
};


export type MutationCreateSilenceArgs = {
  input: SilenceInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDelegatePermissionsArgs = {
  input: DelegatePermissionsInput;
};


export type MutationDeleteAlertRuleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteAlertTimeIntervalArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteChannelArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteEscalationPolicyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteInhibitionRuleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeletePermissionSetArgs = {
  force?: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationDeleteRateLimitPolicyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteReportDefinitionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteReportScheduleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDisableTotpArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
};


export type MutationExpireSilenceArgs = {
  comment: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationGrantPermissionArgs = {
  grant: GrantInput;
  userId: Scalars['ID']['input'];
};


export type MutationInvalidateCacheArgs = {
  tags: Array<Scalars['String']['input']>;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationPushMetricsArgs = {
  samples: Array<MetricSampleInput>;
};


export type MutationReactivateUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReauthenticateArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  password?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRefreshSessionArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRemovePermissionSetParentArgs = {
  parentId: Scalars['ID']['input'];
  setId: Scalars['ID']['input'];
};


export type MutationResetMfaArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationResolveAlertArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRestoreUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRetryDeliveryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeDelegationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeGrantArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokePermissionSetArgs = {
  permissionSetId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationRevokeSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRotateApiKeyArgs = {
  id: Scalars['ID']['input'];
  overlapSeconds?: Scalars['Int']['input'];
};


export type MutationRunReportArgs = {
  definitionId: Scalars['ID']['input'];
  formats: Array<ReportFormat>;
};


export type MutationSetAlertRoutingTreeArgs = {
  input: AlertRouteInput;
};


export type MutationSetAlertRuleEnabledArgs = {
  enabled: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSetPermissionSetIpAllowlistArgs = {
  cidrs: Array<Scalars['String']['input']>;
  permissionSetId: Scalars['ID']['input'];
};


export type MutationSetUserIpAllowlistArgs = {
  cidrs: Array<Scalars['String']['input']>;
  userId: Scalars['ID']['input'];
};


export type MutationSnoozeAlertArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  until: Scalars['DateTime']['input'];
};


export type MutationSuspendUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationTestChannelArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUnacknowledgeAlertArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUnlockAccountArgs = {
  email: Scalars['String']['input'];
};


export type MutationUpdateAlertRuleArgs = {
  id: Scalars['ID']['input'];
  input: AlertRuleInput;
};


export type MutationUpdateAlertTimeIntervalArgs = {
  id: Scalars['ID']['input'];
  input: AlertTimeIntervalInput;
};


export type MutationUpdateChannelArgs = {
  id: Scalars['ID']['input'];
  input: UpdateChannelInput;
};


export type MutationUpdateEscalationPolicyArgs = {
  id: Scalars['ID']['input'];
  input: UpdateEscalationPolicyInput;
};


export type MutationUpdatePermissionSetArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePermissionSetInput;
};


export type MutationUpdateRateLimitPolicyArgs = {
  id: Scalars['ID']['input'];
  input: UpdateRateLimitPolicyInput;
};


export type MutationUpdateReportDefinitionArgs = {
  id: Scalars['ID']['input'];
  input: UpdateReportDefinitionInput;
  version: Scalars['Int']['input'];
};


export type MutationUpdateReportScheduleArgs = {
  id: Scalars['ID']['input'];
  input: UpdateReportScheduleInput;
};


export type MutationUpdateSilenceArgs = {
  id: Scalars['ID']['input'];
  input: SilenceInput;
};


export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};


export type MutationVerifyMfaArgs = {
  challenge: Scalars['String']['input'];
  code: Scalars['String']['input'];
};

/** Where notifications go. Secrets are write-only: only their names are ever shown. */
export type NotificationChannel = {
  __typename?: 'NotificationChannel';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Names of the secrets that are set (never their values). */
  secretsSet: Array<Scalars['String']['output']>;
  /** Non-secret settings of the type. */
  settings: Scalars['JSONObject']['output'];
  type: NotificationChannelType;
  updatedAt: Scalars['DateTime']['output'];
};

export type NotificationChannelConnection = {
  __typename?: 'NotificationChannelConnection';
  edges: Array<NotificationChannelEdge>;
  pageInfo: PageInfo;
  /** Items in the whole list (every page), as the caller may see them. Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type NotificationChannelEdge = {
  __typename?: 'NotificationChannelEdge';
  cursor: Scalars['String']['output'];
  node: NotificationChannel;
};

/** EMAIL settings {host, port, secure, requireTls, username, from, to[]}, secret password. SLACK settings {mention}, secret webhookUrl. PAGERDUTY settings {source, component}, secret routingKey. WEBHOOK settings {url, headers}, secret signingSecret (whsec_...). SMS settings {accountSid, from, to}, secret authToken. */
export type NotificationChannelType =
  | 'EMAIL'
  | 'PAGERDUTY'
  | 'SLACK'
  | 'SMS'
  | 'WEBHOOK';

/** One outbound send (a notification, a test) and every attempt at it. */
export type NotificationDelivery = {
  __typename?: 'NotificationDelivery';
  attemptCount: Scalars['Int']['output'];
  /** Every attempt, oldest first. */
  attempts: Array<DeliveryAttempt>;
  /** Null when the channel was deleted or the target was inline. */
  channelId: Maybe<Scalars['ID']['output']>;
  channelType: NotificationChannelType;
  completedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastError: Maybe<Scalars['String']['output']>;
  lastStatusCode: Maybe<Scalars['Int']['output']>;
  maxAttempts: Scalars['Int']['output'];
  nextAttemptAt: Maybe<Scalars['DateTime']['output']>;
  origin: DeliveryOrigin;
  status: DeliveryStatus;
  summary: Scalars['String']['output'];
};

export type NotificationDeliveryConnection = {
  __typename?: 'NotificationDeliveryConnection';
  edges: Array<NotificationDeliveryEdge>;
  pageInfo: PageInfo;
  /** Items in the whole list (every page), as the caller may see them. Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type NotificationDeliveryEdge = {
  __typename?: 'NotificationDeliveryEdge';
  cursor: Scalars['String']['output'];
  node: NotificationDelivery;
};

export type NotificationDeliveryFilter = {
  channelId?: InputMaybe<Scalars['ID']['input']>;
  origin?: InputMaybe<DeliveryOriginInput>;
  status?: InputMaybe<DeliveryStatus>;
};

export type OidcLoginStart = {
  __typename?: 'OidcLoginStart';
  /** Send the browser here: the identity provider's sign-in page. */
  authorizationUrl: Scalars['String']['output'];
  /** Keep it (e.g. in sessionStorage) and pass it to completeOidcLogin: a callback with another state is refused. */
  state: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PermissionCheck = {
  __typename?: 'PermissionCheck';
  allowed: Scalars['Boolean']['output'];
  blockingDeny: Maybe<EffectiveGrant>;
  /** The ALLOW that decided (or that a DENY overrode). */
  deciding: Maybe<EffectiveGrant>;
  /** Human-readable: the deciding grant, its source, and any DENY that blocked it. */
  explanation: Scalars['String']['output'];
  reason: DecisionReason;
};

export type PermissionSet = {
  __typename?: 'PermissionSet';
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  /** The set's own grants (not inherited ones); empty unless you may read the set or hold it. */
  grants: Array<Grant>;
  id: Scalars['ID']['output'];
  /** IP allowlist binding direct holders (empty: none). Needs security:allowlists or security:read; null without. */
  ipAllowlist: Maybe<Array<Scalars['String']['output']>>;
  /** Built-in sets (Viewer, Developer, Admin, Owner) are immutable. */
  isBuiltin: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** Sets this one inherits from, among those you may read. */
  parents: Array<PermissionSet>;
  /** Holders must enrol a TOTP second factor before doing anything else. */
  requireMfa: Scalars['Boolean']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type PermissionSetConnection = {
  __typename?: 'PermissionSetConnection';
  edges: Array<PermissionSetEdge>;
  pageInfo: PageInfo;
  /** Items in the whole list (every page), as the caller may see them. Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type PermissionSetEdge = {
  __typename?: 'PermissionSetEdge';
  cursor: Scalars['String']['output'];
  node: PermissionSet;
};

export type PermissionsChange = {
  __typename?: 'PermissionsChange';
  at: Scalars['DateTime']['output'];
  /** Position of this event in the event log: pass it as `after` to resume from here. */
  cursor: Scalars['String']['output'];
  userId: Scalars['ID']['output'];
};

export type PushMetricsResult = {
  __typename?: 'PushMetricsResult';
  /** Samples stored (all of the batch: a batch is stored whole or not at all). */
  accepted: Scalars['Int']['output'];
  /** Series the batch created. */
  seriesCreated: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** An alert the caller may read (label scopes apply); NOT_FOUND otherwise. */
  alert: Alert;
  /** The notification routing tree (alerts:read). Select `routes` as deep as you need. */
  alertRoutingTree: AlertRoutingTree;
  /** One alert rule. Needs alerts:read. */
  alertRule: AlertRule;
  /** Alert rules by name. Needs alerts:read. */
  alertRules: AlertRuleConnection;
  /** Transitions of rule instances, newest first; label-scoped grants see their slice. Needs alerts:read. */
  alertStateHistory: AlertStateChangeConnection;
  /** Alerts that started in [from, to) (at most 90 days) the caller may read: counts by status and severity, MTTA/MTTR overall and per group, the `top` (default 10, max 50) noisiest sources, flapping alerts and notifications sent. Needs alerts:read. */
  alertStats: AlertStats;
  /** Named time intervals, by name (alerts:read). */
  alertTimeIntervals: Array<AlertTimeInterval>;
  /** An alert's timeline: every state change and note, oldest first. */
  alertTimeline: AlertNoteConnection;
  /** Alerts the caller may read, newest first. */
  alerts: AlertConnection;
  /** Your own API keys, newest first; another user's (userId) with apiKeys:read over them. */
  apiKeys: ApiKeyConnection;
  /** Recomputes the audit hash chain from the newest valid signed checkpoint (or all of it with full) and reports the first break. */
  auditIntegrity: AuditIntegrity;
  /** Newest first. */
  auditLogs: AuditLogConnection;
  /** Hits, misses, bypasses and evictions of the read cache on this node, and its size. */
  cacheStats: CacheStats;
  /** Notification channels, oldest first (alerts:read). Secrets are never shown. */
  channels: NotificationChannelConnection;
  /** Would the user be allowed, and why (or why not)? */
  checkPermission: PermissionCheck;
  /** Delegations given or received by the user (latest 200). */
  delegations: Array<Delegation>;
  /** Every grant the user holds, with where it came from. */
  effectivePermissions: Array<EffectiveGrant>;
  /** Classified errors between `from` (inclusive) and `to` (exclusive, at most 31 days later): counts by class, code and operation, and the `top` (default 10, max 50) messages. Needs errors:read. */
  errorStats: ErrorStats;
  /** Escalation policies, oldest first (alerts:read). */
  escalationPolicies: EscalationPolicyConnection;
  inhibitionRules: InhibitionRuleConnection;
  /** The signed-in user. */
  me: User;
  /** Samples of one series (by seriesId, or by metric and its exact labels) in [from, to]; with step (seconds), averaged per step. At most 11,000 points. Needs metrics:read. */
  metricRange: MetricRange;
  /** Series of the built-in metrics store, oldest first. Needs metrics:read. */
  metricSeries: MetricSeriesConnection;
  /** The delivery log, newest first, with every attempt (alerts:read). */
  notificationDeliveries: NotificationDeliveryConnection;
  /** Every recorded change to what the user can do, newest first. */
  permissionHistory: AuditLogConnection;
  permissionSet: PermissionSet;
  /** Sets the viewer may read, by name. */
  permissionSets: PermissionSetConnection;
  /** Rate-limit policies by name. */
  rateLimitPolicies: RateLimitPolicyConnection;
  /** Callers refused most in the last windowMinutes (1 to 60, default 15), most refusals first; at most `first` (default 20, max 100). Needs security:read or ratelimit:read. */
  rateLimitStats: Array<RateLimitStat>;
  reportDefinition: ReportDefinition;
  /** Report definitions, newest first. */
  reportDefinitions: ReportDefinitionConnection;
  /** A run you requested (or any run, with reports:write); NOT_FOUND otherwise. */
  reportRun: ReportRun;
  /** Your runs, newest first (everyone's with reports:write). */
  reportRuns: ReportRunConnection;
  /** Needs reports:read. */
  reportSchedule: ReportSchedule;
  /** Report schedules, oldest first. Needs reports:read. */
  reportSchedules: ReportScheduleConnection;
  /** The five built-in templates with their default sections and parameters. */
  reportTemplates: Array<ReportTemplateInfo>;
  /** Newest first. */
  securityEvents: SecurityEventConnection;
  /** Live sessions, newest first: your own, or another user's (userId) with sessions:read reaching them. */
  sessions: SessionConnection;
  silence: Silence;
  /** Silences, newest first; expired ones stay listed. */
  silences: SilenceConnection;
  user: User;
  users: UserConnection;
  /** Active users allowed the action on the resource. */
  whoCan: UserConnection;
};


export type QueryAlertArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAlertRuleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAlertRulesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAlertStateHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AlertStateHistoryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAlertStatsArgs = {
  from: Scalars['DateTime']['input'];
  groupBy?: AlertStatsGroupBy;
  label?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['DateTime']['input'];
  top?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAlertTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  alertId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAlertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AlertFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryAuditIntegrityArgs = {
  full?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryAuditLogsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryChannelsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCheckPermissionArgs = {
  action: Scalars['String']['input'];
  resource: ResourceInput;
  userId: Scalars['ID']['input'];
};


export type QueryDelegationsArgs = {
  userId: Scalars['ID']['input'];
};


export type QueryEffectivePermissionsArgs = {
  userId: Scalars['ID']['input'];
};


export type QueryErrorStatsArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
  top?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEscalationPoliciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInhibitionRulesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMetricRangeArgs = {
  from: Scalars['DateTime']['input'];
  labelMap?: InputMaybe<Scalars['JSONObject']['input']>;
  labels?: InputMaybe<Array<MetricLabelInput>>;
  metric?: InputMaybe<Scalars['String']['input']>;
  seriesId?: InputMaybe<Scalars['ID']['input']>;
  step?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['DateTime']['input'];
};


export type QueryMetricSeriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MetricSeriesFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNotificationDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NotificationDeliveryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPermissionHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  userId: Scalars['ID']['input'];
};


export type QueryPermissionSetArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPermissionSetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRateLimitPoliciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRateLimitStatsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  windowMinutes?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReportDefinitionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReportDefinitionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReportRunArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReportRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  definitionId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReportScheduleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReportSchedulesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  definitionId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySecurityEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SecurityEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySilenceArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySilencesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SilenceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UserFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWhoCanArgs = {
  action: Scalars['String']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  resource: ResourceInput;
};

/** The kind of limit that refused requests. */
export type RateLimitKind =
  | 'anonymous_ip'
  | 'cost'
  | 'ip'
  | 'operation'
  | 'permission_set'
  | 'user';

export type RateLimitPolicy = {
  __typename?: 'RateLimitPolicy';
  /** Query complexity points per minute; null: the default budget. */
  costPerMinute: Maybe<Scalars['Int']['output']>;
  createdAt: Scalars['DateTime']['output'];
  enabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  requestsPerWindow: Scalars['Int']['output'];
  subjectKind: RateLimitSubjectKind;
  /** A user id, a permission set id, a root field name (e.g. createUser), or an IP / CIDR. */
  subjectValue: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  windowSeconds: Scalars['Int']['output'];
};

export type RateLimitPolicyConnection = {
  __typename?: 'RateLimitPolicyConnection';
  edges: Array<RateLimitPolicyEdge>;
  pageInfo: PageInfo;
  /** Items in the whole list (every page), as the caller may see them. Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type RateLimitPolicyEdge = {
  __typename?: 'RateLimitPolicyEdge';
  cursor: Scalars['String']['output'];
  node: RateLimitPolicy;
};

/** Refusals of one caller by one limit in the recent window. */
export type RateLimitStat = {
  __typename?: 'RateLimitStat';
  /** The refused address, when counted by IP. */
  ip: Maybe<Scalars['String']['output']>;
  lastRefusedAt: Scalars['DateTime']['output'];
  limit: RateLimitKind;
  /** The policy name, or `default` for the configured limits. */
  policy: Scalars['String']['output'];
  refusals: Scalars['Int']['output'];
  /** The refused user, when authenticated. */
  userId: Maybe<Scalars['ID']['output']>;
};

/** Who a policy counts: one user, each holder of a permission set, callers of a root field, or addresses in a CIDR. */
export type RateLimitSubjectKind =
  | 'IP'
  | 'OPERATION'
  | 'PERMISSION_SET'
  | 'USER';

export type ReportArtifact = {
  __typename?: 'ReportArtifact';
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** GET it on this server: a signed link valid for REPORT_LINK_TTL_SECONDS, no token needed. Null unless you asked for the run: its files hold what the requester's rights read. */
  downloadUrl: Maybe<Scalars['String']['output']>;
  /** Deleted after this (REPORT_ARTIFACT_RETENTION_DAYS). */
  expiresAt: Scalars['DateTime']['output'];
  fileName: Scalars['String']['output'];
  format: ReportFormat;
  id: Scalars['ID']['output'];
  /** Hex SHA-256 of the file (also its download ETag). */
  sha256: Maybe<Scalars['String']['output']>;
  sizeBytes: Scalars['Float']['output'];
};

export type ReportDefinition = {
  __typename?: 'ReportDefinition';
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  ownerId: Maybe<Scalars['ID']['output']>;
  parameters: ReportParameters;
  /** Section keys in display order (the template's when none were chosen). */
  sections: Array<Scalars['String']['output']>;
  template: ReportTemplate;
  updatedAt: Scalars['DateTime']['output'];
  /** Pass it to updateReportDefinition: a stale version is a CONFLICT. */
  version: Scalars['Int']['output'];
};

export type ReportDefinitionConnection = {
  __typename?: 'ReportDefinitionConnection';
  edges: Array<ReportDefinitionEdge>;
  pageInfo: PageInfo;
  /** Items in the whole list (every page), as the caller may see them. Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type ReportDefinitionEdge = {
  __typename?: 'ReportDefinitionEdge';
  cursor: Scalars['String']['output'];
  node: ReportDefinition;
};

export type ReportFormat =
  | 'CSV'
  | 'JSON'
  | 'PDF'
  | 'XLSX';

export type ReportGranularity =
  | 'DAY'
  | 'HOUR'
  | 'MONTH'
  | 'WEEK';

export type ReportParameters = {
  __typename?: 'ReportParameters';
  /** With range CUSTOM only. */
  from: Maybe<Scalars['DateTime']['output']>;
  granularity: ReportGranularity;
  /** Label selector narrowing label-scoped data (users, alerts). */
  labels: Scalars['JSONObject']['output'];
  range: ReportRange;
  /** IANA time zone: buckets and presets follow its calendar. */
  timezone: Scalars['String']['output'];
  /** With range CUSTOM only (exclusive). */
  to: Maybe<Scalars['DateTime']['output']>;
};

export type ReportParametersInput = {
  from?: InputMaybe<Scalars['DateTime']['input']>;
  granularity?: InputMaybe<ReportGranularity>;
  labels?: InputMaybe<Scalars['JSONObject']['input']>;
  range?: InputMaybe<ReportRange>;
  timezone?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Presets resolve when a run starts, in the definition's time zone (weeks start on Monday). */
export type ReportRange =
  | 'CUSTOM'
  | 'LAST_7_DAYS'
  | 'LAST_24_HOURS'
  | 'LAST_30_DAYS'
  | 'LAST_90_DAYS'
  | 'PREVIOUS_MONTH'
  | 'PREVIOUS_WEEK'
  | 'TODAY'
  | 'YESTERDAY';

/** Where a scheduled report goes. Secrets are write-only: a Slack or webhook URL shows only its origin, a signing secret never. */
export type ReportRecipient = {
  __typename?: 'ReportRecipient';
  kind: ReportRecipientKind;
  /** A secret (Slack webhook URL, webhook URL and signing secret) is stored, sealed. */
  secretSet: Scalars['Boolean']['output'];
  /** The email address (in full with reports:schedule, else `…@domain`), or the origin of the Slack or webhook URL (`https://host/…`). */
  target: Scalars['String']['output'];
};

export type ReportRecipientInput = {
  kind: ReportRecipientKind;
  /** WEBHOOK (required): the Standard Webhooks signing secret, whsec_ followed by base64. */
  signingSecret?: InputMaybe<Scalars['String']['input']>;
  /** An email address, a Slack incoming-webhook URL, or a webhook URL. */
  target: Scalars['String']['input'];
};

/** EMAIL: the files attached (linked above REPORT_EMAIL_MAX_ATTACHMENT_MB). SLACK: a message with download links. WEBHOOK: a signed JSON payload (Standard Webhooks). */
export type ReportRecipientKind =
  | 'EMAIL'
  | 'SLACK'
  | 'WEBHOOK';

export type ReportRun = {
  __typename?: 'ReportRun';
  /** Completed files (SUCCEEDED runs). */
  artifacts: Array<ReportArtifact>;
  attempts: Scalars['Int']['output'];
  cancelRequestedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Null once the definition is deleted. */
  definitionId: Maybe<Scalars['ID']['output']>;
  /** The definition's name when the run was queued. */
  definitionName: Scalars['String']['output'];
  /** Why the run FAILED, in words (never internals). */
  error: Maybe<Scalars['String']['output']>;
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  formats: Array<ReportFormat>;
  id: Scalars['ID']['output'];
  /** 0-100; only grows while the run runs. */
  progressPercent: Scalars['Int']['output'];
  /** Whose rights the run reads with. */
  requestedBy: Maybe<Scalars['ID']['output']>;
  rowCount: Scalars['Float']['output'];
  scheduleId: Maybe<Scalars['ID']['output']>;
  /** What the run is doing (queued, collecting users, writing JSON, done). */
  stage: Scalars['String']['output'];
  startedAt: Maybe<Scalars['DateTime']['output']>;
  status: ReportRunStatus;
  template: ReportTemplate;
};

export type ReportRunConnection = {
  __typename?: 'ReportRunConnection';
  edges: Array<ReportRunEdge>;
  pageInfo: PageInfo;
  /** Items in the whole list (every page), as the caller may see them. Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type ReportRunEdge = {
  __typename?: 'ReportRunEdge';
  cursor: Scalars['String']['output'];
  node: ReportRun;
};

export type ReportRunStatus =
  | 'CANCELLED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

/** A report definition run on a cron schedule in a time zone, with its owner’s current rights, and delivered to recipients. */
export type ReportSchedule = {
  __typename?: 'ReportSchedule';
  createdAt: Scalars['DateTime']['output'];
  /** Five fields: minute hour day-of-month month day-of-week. */
  cron: Scalars['String']['output'];
  definitionId: Scalars['ID']['output'];
  /** Why the schedule stopped on its own (its owner can no longer run it); cleared when enabled again. */
  disabledReason: Maybe<Scalars['String']['output']>;
  enabled: Scalars['Boolean']['output'];
  formats: Array<ReportFormat>;
  id: Scalars['ID']['output'];
  /** The occurrence the last run was queued for. */
  lastRunAt: Maybe<Scalars['DateTime']['output']>;
  lastRunId: Maybe<Scalars['ID']['output']>;
  /** The next occurrence (null while disabled). */
  nextRunAt: Maybe<Scalars['DateTime']['output']>;
  /** Whose rights the runs read with: whoever created the schedule or changed it last. */
  ownerId: Maybe<Scalars['ID']['output']>;
  recipients: Array<ReportRecipient>;
  /** A run with no rows delivers nothing. */
  skipIfEmpty: Scalars['Boolean']['output'];
  /** IANA zone the cron expression is read in (DST policy in the README). */
  timezone: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Pass it back to updateReportSchedule (optimistic concurrency). */
  version: Scalars['Int']['output'];
};

export type ReportScheduleConnection = {
  __typename?: 'ReportScheduleConnection';
  edges: Array<ReportScheduleEdge>;
  pageInfo: PageInfo;
  /** Items in the whole list (every page), as the caller may see them. Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type ReportScheduleEdge = {
  __typename?: 'ReportScheduleEdge';
  cursor: Scalars['String']['output'];
  node: ReportSchedule;
};

export type ReportTemplate =
  | 'ACCESS_REVIEW'
  | 'DAILY_SUMMARY'
  | 'MONTHLY_COMPREHENSIVE'
  | 'SECURITY_EVENTS'
  | 'WEEKLY_PERFORMANCE';

export type ReportTemplateInfo = {
  __typename?: 'ReportTemplateInfo';
  description: Scalars['String']['output'];
  key: ReportTemplate;
  /** Defaults a new definition of this template takes. */
  parameters: ReportParameters;
  sections: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type ResourceInput = {
  id?: InputMaybe<Scalars['ID']['input']>;
  /** For users, read from the record when omitted. */
  labels?: InputMaybe<Scalars['JSONObject']['input']>;
  /** The user owning it (for SELF scopes). */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** users, sessions, audit or permissionSets. */
  type: Scalars['String']['input'];
};

/** SELF: the holder's own user record and what they own (their sessions, permissions). */
export type ScopeKind =
  | 'ALL'
  | 'IDS'
  | 'LABELS'
  | 'SELF';

/** Something threat detection raised, linked to the audit events behind it. */
export type SecurityEvent = {
  __typename?: 'SecurityEvent';
  apiKeyId: Maybe<Scalars['ID']['output']>;
  /** The audit events behind it (by id and by request, at most 100); null without audit:read. */
  auditEvents: Maybe<Array<AuditLog>>;
  /** Set on subscription events: their position in the event log, to pass as `after` to resume from there. Null in lists (use the edge cursor). */
  cursor: Maybe<Scalars['String']['output']>;
  details: Scalars['JSONObject']['output'];
  id: Scalars['ID']['output'];
  /** Client IP of the request that raised it. */
  ip: Maybe<Scalars['String']['output']>;
  kind: SecurityEventKind;
  occurredAt: Scalars['DateTime']['output'];
  /** Request that raised it: its audit events are linked. */
  requestId: Maybe<Scalars['String']['output']>;
  severity: SecuritySeverity;
  summary: Scalars['String']['output'];
  userAgent: Maybe<Scalars['String']['output']>;
  /** The user the event is about (the actor, or the targeted account). */
  userId: Maybe<Scalars['ID']['output']>;
};

export type SecurityEventConnection = {
  __typename?: 'SecurityEventConnection';
  edges: Array<SecurityEventEdge>;
  pageInfo: PageInfo;
  /** Items in the whole list (every page), as the caller may see them. Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type SecurityEventEdge = {
  __typename?: 'SecurityEventEdge';
  cursor: Scalars['String']['output'];
  node: SecurityEvent;
};

export type SecurityEventFilter = {
  kinds?: InputMaybe<Array<SecurityEventKind>>;
  /** Only events at least this severe. */
  minSeverity?: InputMaybe<SecuritySeverity>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** What threat detection noticed. */
export type SecurityEventKind =
  | 'API_KEY_OUTSIDE_CIDRS'
  | 'AUDIT_CHAIN_BROKEN'
  | 'CREDENTIAL_STUFFING'
  | 'FORBIDDEN_BURST'
  | 'IP_NOT_ALLOWED'
  | 'LOGIN_FAILURE_BURST'
  | 'MFA_DISABLED'
  | 'NEW_IP_AND_USER_AGENT'
  | 'OWNER_LEVEL_GRANT'
  | 'REFRESH_TOKEN_REUSE';

/** INFO < LOW < MEDIUM < HIGH < CRITICAL. */
export type SecuritySeverity =
  | 'CRITICAL'
  | 'HIGH'
  | 'INFO'
  | 'LOW'
  | 'MEDIUM';

export type Session = {
  __typename?: 'Session';
  createdAt: Scalars['DateTime']['output'];
  /** True for the session making this request. */
  current: Scalars['Boolean']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  ip: Maybe<Scalars['String']['output']>;
  lastUsedAt: Scalars['DateTime']['output'];
  userAgent: Maybe<Scalars['String']['output']>;
};

export type SessionConnection = {
  __typename?: 'SessionConnection';
  edges: Array<SessionEdge>;
  pageInfo: PageInfo;
  /** Items in the whole list (every page), as the caller may see them. Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type SessionEdge = {
  __typename?: 'SessionEdge';
  cursor: Scalars['String']['output'];
  node: Session;
};

export type Silence = {
  __typename?: 'Silence';
  comment: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** User id of its creator. */
  createdBy: Maybe<Scalars['ID']['output']>;
  endsAt: Scalars['DateTime']['output'];
  /** Who expired it (expireSilence). */
  expiredBy: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  matchers: Array<LabelMatcher>;
  startsAt: Scalars['DateTime']['output'];
  state: SilenceState;
  updatedAt: Scalars['DateTime']['output'];
  updatedBy: Maybe<Scalars['ID']['output']>;
};

export type SilenceConnection = {
  __typename?: 'SilenceConnection';
  edges: Array<SilenceEdge>;
  pageInfo: PageInfo;
  /** Items in the whole list (every page), as the caller may see them. Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type SilenceEdge = {
  __typename?: 'SilenceEdge';
  cursor: Scalars['String']['output'];
  node: Silence;
};

export type SilenceFilter = {
  states?: InputMaybe<Array<SilenceState>>;
};

export type SilenceInput = {
  comment: Scalars['String']['input'];
  endsAt: Scalars['DateTime']['input'];
  /** At least one must not match the empty string. */
  matchers: Array<LabelMatcherInput>;
  /** Default: now. */
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
};

export type SilenceState =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'PENDING';

export type StepUpStatus = {
  __typename?: 'StepUpStatus';
  authLevel: AuthLevel;
  authenticatedAt: Scalars['DateTime']['output'];
  /** Sensitive operations pass step-up until then (STEP_UP_MAX_AGE). */
  validUntil: Scalars['DateTime']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Alert changes the subscriber may read (label scopes apply per event), matching the filter. */
  alertChanged: AlertChange;
  /** Transitions of one rule's instances (or of every rule), filtered by the subscriber's label scope. Needs alerts:read. */
  alertRuleStateChanged: AlertRuleStateEvent;
  /** Audit events as they are committed, filtered like auditLogs. */
  auditLogged: AuditLog;
  /** Fires when the user's effective permissions may have changed: own, or anyone's with permissionSets:read. */
  permissionsChanged: PermissionsChange;
  /** The run now, then each change (progress only grows), ending after its end state. */
  reportRunChanged: ReportRun;
  /** Security events as they are raised, on any node. */
  securityEventRaised: SecurityEvent;
  /** Users created, updated, deleted or restored that the subscriber may read. */
  userChanged: UserChange;
};


export type SubscriptionAlertChangedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AlertFilter>;
};


export type SubscriptionAlertRuleStateChangedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  ruleId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionAuditLoggedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
};


export type SubscriptionPermissionsChangedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  userId: Scalars['ID']['input'];
};


export type SubscriptionReportRunChangedArgs = {
  runId: Scalars['ID']['input'];
};


export type SubscriptionSecurityEventRaisedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  minSeverity?: InputMaybe<SecuritySeverity>;
};


export type SubscriptionUserChangedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
};

/** Inside when every field that is set matches (Alertmanager time_intervals). */
export type TimeIntervalRange = {
  __typename?: 'TimeIntervalRange';
  /** e.g. "1:7", "-1" (last day). */
  daysOfMonth: Array<Scalars['String']['output']>;
  /** IANA zone; UTC when null. */
  location: Maybe<Scalars['String']['output']>;
  /** e.g. "january:march", "12". */
  months: Array<Scalars['String']['output']>;
  times: Array<TimeOfDayRange>;
  /** e.g. "monday:friday", "saturday". */
  weekdays: Array<Scalars['String']['output']>;
  /** e.g. "2026:2027". */
  years: Array<Scalars['String']['output']>;
};

export type TimeIntervalRangeInput = {
  daysOfMonth?: InputMaybe<Array<Scalars['String']['input']>>;
  location?: InputMaybe<Scalars['String']['input']>;
  months?: InputMaybe<Array<Scalars['String']['input']>>;
  times?: InputMaybe<Array<TimeOfDayRangeInput>>;
  weekdays?: InputMaybe<Array<Scalars['String']['input']>>;
  years?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type TimeOfDayRange = {
  __typename?: 'TimeOfDayRange';
  /** HH:MM (up to 24:00), exclusive. */
  end: Scalars['String']['output'];
  /** HH:MM, inclusive. */
  start: Scalars['String']['output'];
};

export type TimeOfDayRangeInput = {
  end: Scalars['String']['input'];
  start: Scalars['String']['input'];
};

/** Scan the QR code (or open the URI) in an authenticator app, then call confirmTotp. */
export type TotpEnrollment = {
  __typename?: 'TotpEnrollment';
  /** otpauth:// URI holding the secret: show it only to the enrolling user. */
  otpauthUri: Scalars['String']['output'];
  /** The same URI as an SVG QR code. */
  qrCodeSvg: Scalars['String']['output'];
};

export type UpdateChannelInput = {
  /** Removes these secrets (a required one cannot be removed). */
  clearSecrets?: InputMaybe<Array<Scalars['String']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Sets or replaces these secrets; the others are kept. */
  secrets?: InputMaybe<Scalars['JSONObject']['input']>;
  /** Replaces the settings as a whole. */
  settings?: InputMaybe<Scalars['JSONObject']['input']>;
};

/** Fields left out are kept; levels are replaced as a whole. */
export type UpdateEscalationPolicyInput = {
  ackTimeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  isDefault?: InputMaybe<Scalars['Boolean']['input']>;
  levels?: InputMaybe<Array<EscalationLevelInput>>;
  name?: InputMaybe<Scalars['String']['input']>;
  repeatCount?: InputMaybe<Scalars['Int']['input']>;
  userEmailChannelId?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdatePermissionSetInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Replaces all grants of the set. */
  grants?: InputMaybe<Array<GrantInput>>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Holders (also through inheritance) must enrol TOTP first. */
  requireMfa?: InputMaybe<Scalars['Boolean']['input']>;
};

export type UpdateRateLimitPolicyInput = {
  /** Remove the policy's own cost budget (the default applies again). */
  clearCostPerMinute?: InputMaybe<Scalars['Boolean']['input']>;
  /** Set to change the budget; see clearCostPerMinute to remove it. */
  costPerMinute?: InputMaybe<Scalars['Int']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  requestsPerWindow?: InputMaybe<Scalars['Int']['input']>;
  windowSeconds?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateReportDefinitionInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Merged over the current parameters. */
  parameters?: InputMaybe<ReportParametersInput>;
  sections?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Only the fields given change. recipients, when given, replace the list (secrets given again). */
export type UpdateReportScheduleInput = {
  cron?: InputMaybe<Scalars['String']['input']>;
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  formats?: InputMaybe<Array<ReportFormat>>;
  recipients?: InputMaybe<Array<ReportRecipientInput>>;
  skipIfEmpty?: InputMaybe<Scalars['Boolean']['input']>;
  timezone?: InputMaybe<Scalars['String']['input']>;
  /** The version read: a schedule changed meanwhile answers CONFLICT. */
  version: Scalars['Int']['input'];
};

export type UpdateUserInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  labels?: InputMaybe<Scalars['JSONObject']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type User = {
  __typename?: 'User';
  createdAt: Scalars['DateTime']['output'];
  deletedAt: Maybe<Scalars['DateTime']['output']>;
  /** Needs users:readEmail on this user; null without it. */
  email: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** IP allowlist (empty: none). Needs security:allowlists or security:read on the user; null without. */
  ipAllowlist: Maybe<Array<Scalars['String']['output']>>;
  /** Key/value labels matched by permission label selectors. */
  labels: Scalars['JSONObject']['output'];
  lastLoginAt: Maybe<Scalars['DateTime']['output']>;
  /** A TOTP second factor is enrolled and confirmed. */
  mfaEnabled: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** Sets the user currently holds (unexpired). */
  permissionSets: Array<PermissionSet>;
  status: UserStatus;
  updatedAt: Scalars['DateTime']['output'];
};

export type UserChange = {
  __typename?: 'UserChange';
  /** Position of this event in the event log: pass it as `after` to resume from here. */
  cursor: Scalars['String']['output'];
  kind: UserChangeKind;
  user: User;
};

export type UserChangeKind =
  | 'CREATED'
  | 'DELETED'
  | 'RESTORED'
  | 'UPDATED';

export type UserConnection = {
  __typename?: 'UserConnection';
  edges: Array<UserEdge>;
  pageInfo: PageInfo;
  /** Items in the whole list (every page), as the caller may see them. Counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type UserEdge = {
  __typename?: 'UserEdge';
  cursor: Scalars['String']['output'];
  node: User;
};

export type UserFilter = {
  permissionSetId?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive match on email or name. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<UserStatus>;
};

export type UserStatus =
  | 'ACTIVE'
  | 'DELETED'
  | 'SUSPENDED';

export type AlertRuleFieldsFragment = { __typename?: 'AlertRule', id: string, name: string, description: string, enabled: boolean, sourceKind: AlertRuleSourceKind, expr: string | null, operator: AlertRuleOperator, threshold: number, recoveryThreshold: number | null, intervalSeconds: number, forSeconds: number, keepFiringForSeconds: number, noDataState: AlertRuleNoDataState, execErrState: AlertRuleErrorState, severity: AlertSeverity, labels: Record<string, unknown>, annotations: Record<string, unknown>, escalationPolicyId: string | null, cooldownSeconds: number, defaultKey: string | null, version: number, nextEvaluationAt: string, lastEvaluatedAt: string | null, evaluationCount: number, lastEvaluationMs: number | null, lastError: string | null, builtin: { __typename?: 'AlertRuleBuiltinQuery', metric: string, by: Array<string>, aggregation: MetricAggregation, windowSeconds: number, matchers: Array<{ __typename?: 'AlertRuleMatcher', name: string, op: MetricMatchOp, value: string }> } | null };

export type AlertRulesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AlertRulesQuery = { __typename?: 'Query', alertRules: { __typename?: 'AlertRuleConnection', totalCount: number, edges: Array<{ __typename?: 'AlertRuleEdge', cursor: string, node: { __typename?: 'AlertRule', id: string, name: string, description: string, enabled: boolean, sourceKind: AlertRuleSourceKind, expr: string | null, operator: AlertRuleOperator, threshold: number, recoveryThreshold: number | null, intervalSeconds: number, forSeconds: number, keepFiringForSeconds: number, noDataState: AlertRuleNoDataState, execErrState: AlertRuleErrorState, severity: AlertSeverity, labels: Record<string, unknown>, annotations: Record<string, unknown>, escalationPolicyId: string | null, cooldownSeconds: number, defaultKey: string | null, version: number, nextEvaluationAt: string, lastEvaluatedAt: string | null, evaluationCount: number, lastEvaluationMs: number | null, lastError: string | null, builtin: { __typename?: 'AlertRuleBuiltinQuery', metric: string, by: Array<string>, aggregation: MetricAggregation, windowSeconds: number, matchers: Array<{ __typename?: 'AlertRuleMatcher', name: string, op: MetricMatchOp, value: string }> } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type AlertRuleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AlertRuleQuery = { __typename?: 'Query', alertRule: { __typename?: 'AlertRule', id: string, name: string, description: string, enabled: boolean, sourceKind: AlertRuleSourceKind, expr: string | null, operator: AlertRuleOperator, threshold: number, recoveryThreshold: number | null, intervalSeconds: number, forSeconds: number, keepFiringForSeconds: number, noDataState: AlertRuleNoDataState, execErrState: AlertRuleErrorState, severity: AlertSeverity, labels: Record<string, unknown>, annotations: Record<string, unknown>, escalationPolicyId: string | null, cooldownSeconds: number, defaultKey: string | null, version: number, nextEvaluationAt: string, lastEvaluatedAt: string | null, evaluationCount: number, lastEvaluationMs: number | null, lastError: string | null, instances: Array<{ __typename?: 'AlertRuleInstance', labels: Record<string, unknown>, state: AlertInstanceState, activeSince: string | null, lastValue: number | null, flapping: boolean, updatedAt: string }>, builtin: { __typename?: 'AlertRuleBuiltinQuery', metric: string, by: Array<string>, aggregation: MetricAggregation, windowSeconds: number, matchers: Array<{ __typename?: 'AlertRuleMatcher', name: string, op: MetricMatchOp, value: string }> } | null } };

export type AlertStateHistoryQueryVariables = Exact<{
  filter?: InputMaybe<AlertStateHistoryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AlertStateHistoryQuery = { __typename?: 'Query', alertStateHistory: { __typename?: 'AlertStateChangeConnection', totalCount: number, edges: Array<{ __typename?: 'AlertStateChangeEdge', cursor: string, node: { __typename?: 'AlertStateChange', id: string, ruleId: string, labels: Record<string, unknown>, fromState: AlertInstanceState, toState: AlertInstanceState, value: number | null, flapping: boolean, at: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type CreateAlertRuleMutationVariables = Exact<{
  input: AlertRuleInput;
}>;


export type CreateAlertRuleMutation = { __typename?: 'Mutation', createAlertRule: { __typename?: 'AlertRule', id: string, name: string, description: string, enabled: boolean, sourceKind: AlertRuleSourceKind, expr: string | null, operator: AlertRuleOperator, threshold: number, recoveryThreshold: number | null, intervalSeconds: number, forSeconds: number, keepFiringForSeconds: number, noDataState: AlertRuleNoDataState, execErrState: AlertRuleErrorState, severity: AlertSeverity, labels: Record<string, unknown>, annotations: Record<string, unknown>, escalationPolicyId: string | null, cooldownSeconds: number, defaultKey: string | null, version: number, nextEvaluationAt: string, lastEvaluatedAt: string | null, evaluationCount: number, lastEvaluationMs: number | null, lastError: string | null, builtin: { __typename?: 'AlertRuleBuiltinQuery', metric: string, by: Array<string>, aggregation: MetricAggregation, windowSeconds: number, matchers: Array<{ __typename?: 'AlertRuleMatcher', name: string, op: MetricMatchOp, value: string }> } | null } };

export type UpdateAlertRuleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: AlertRuleInput;
}>;


export type UpdateAlertRuleMutation = { __typename?: 'Mutation', updateAlertRule: { __typename?: 'AlertRule', id: string, name: string, description: string, enabled: boolean, sourceKind: AlertRuleSourceKind, expr: string | null, operator: AlertRuleOperator, threshold: number, recoveryThreshold: number | null, intervalSeconds: number, forSeconds: number, keepFiringForSeconds: number, noDataState: AlertRuleNoDataState, execErrState: AlertRuleErrorState, severity: AlertSeverity, labels: Record<string, unknown>, annotations: Record<string, unknown>, escalationPolicyId: string | null, cooldownSeconds: number, defaultKey: string | null, version: number, nextEvaluationAt: string, lastEvaluatedAt: string | null, evaluationCount: number, lastEvaluationMs: number | null, lastError: string | null, builtin: { __typename?: 'AlertRuleBuiltinQuery', metric: string, by: Array<string>, aggregation: MetricAggregation, windowSeconds: number, matchers: Array<{ __typename?: 'AlertRuleMatcher', name: string, op: MetricMatchOp, value: string }> } | null } };

export type SetAlertRuleEnabledMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  enabled: Scalars['Boolean']['input'];
}>;


export type SetAlertRuleEnabledMutation = { __typename?: 'Mutation', setAlertRuleEnabled: { __typename?: 'AlertRule', id: string, name: string, description: string, enabled: boolean, sourceKind: AlertRuleSourceKind, expr: string | null, operator: AlertRuleOperator, threshold: number, recoveryThreshold: number | null, intervalSeconds: number, forSeconds: number, keepFiringForSeconds: number, noDataState: AlertRuleNoDataState, execErrState: AlertRuleErrorState, severity: AlertSeverity, labels: Record<string, unknown>, annotations: Record<string, unknown>, escalationPolicyId: string | null, cooldownSeconds: number, defaultKey: string | null, version: number, nextEvaluationAt: string, lastEvaluatedAt: string | null, evaluationCount: number, lastEvaluationMs: number | null, lastError: string | null, builtin: { __typename?: 'AlertRuleBuiltinQuery', metric: string, by: Array<string>, aggregation: MetricAggregation, windowSeconds: number, matchers: Array<{ __typename?: 'AlertRuleMatcher', name: string, op: MetricMatchOp, value: string }> } | null } };

export type DeleteAlertRuleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteAlertRuleMutation = { __typename?: 'Mutation', deleteAlertRule: boolean };

export type AlertRuleStateChangedSubscriptionVariables = Exact<{
  ruleId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AlertRuleStateChangedSubscription = { __typename?: 'Subscription', alertRuleStateChanged: { __typename?: 'AlertRuleStateEvent', id: string, ruleId: string, ruleName: string, labels: Record<string, unknown>, fromState: AlertInstanceState, toState: AlertInstanceState, value: number | null, flapping: boolean, at: string, cursor: string } };

export type AlertNotificationFieldsFragment = { __typename?: 'AlertNotification', id: string, channelId: string | null, channelType: NotificationChannelType, event: AlertNotificationEvent, status: DeliveryStatus, attemptCount: number, lastStatusCode: number | null, createdAt: string, completedAt: string | null, origin: { __typename?: 'DeliveryOrigin', kind: string, id: string } };

export type AlertNotificationsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AlertNotificationsQuery = { __typename?: 'Query', alert: { __typename?: 'Alert', id: string, notifications: Array<{ __typename?: 'AlertNotification', id: string, channelId: string | null, channelType: NotificationChannelType, event: AlertNotificationEvent, status: DeliveryStatus, attemptCount: number, lastStatusCode: number | null, createdAt: string, completedAt: string | null, origin: { __typename?: 'DeliveryOrigin', kind: string, id: string } }> } };

export type AlertsWithNotificationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<AlertFilter>;
}>;


export type AlertsWithNotificationsQuery = { __typename?: 'Query', alerts: { __typename?: 'AlertConnection', edges: Array<{ __typename?: 'AlertEdge', node: { __typename?: 'Alert', id: string, status: AlertStatus, notifications: Array<{ __typename?: 'AlertNotification', id: string, channelId: string | null, channelType: NotificationChannelType, event: AlertNotificationEvent, status: DeliveryStatus, attemptCount: number, lastStatusCode: number | null, createdAt: string, completedAt: string | null, origin: { __typename?: 'DeliveryOrigin', kind: string, id: string } }> } }> } };

export type AlertStatsQueryVariables = Exact<{
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
  groupBy?: InputMaybe<AlertStatsGroupBy>;
  label?: InputMaybe<Scalars['String']['input']>;
  top?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AlertStatsQuery = { __typename?: 'Query', alertStats: { __typename?: 'AlertStats', from: string, to: string, groupBy: AlertStatsGroupBy, label: string | null, total: number, acknowledged: number, resolved: number, mttaSeconds: number | null, mttrSeconds: number | null, flappingCount: number, byStatus: Array<{ __typename?: 'AlertCount', key: string | null, count: number }>, bySeverity: Array<{ __typename?: 'AlertCount', key: string | null, count: number }>, groups: Array<{ __typename?: 'AlertStatsGroup', key: string | null, count: number, acknowledged: number, resolved: number, mttaSeconds: number | null, mttrSeconds: number | null }>, noisiest: Array<{ __typename?: 'AlertSourceCount', kind: AlertSourceKind, ruleId: string | null, name: string | null, count: number }>, flapping: Array<{ __typename?: 'FlappingAlert', id: string, fingerprint: string, labels: Record<string, unknown>, status: AlertStatus, startsAt: string }>, notifications: { __typename?: 'AlertNotificationCounts', sent: number, failed: number, pending: number } } };

export type NotificationChannelFieldsFragment = { __typename?: 'NotificationChannel', id: string, name: string, type: NotificationChannelType, settings: Record<string, unknown>, secretsSet: Array<string>, createdAt: string, updatedAt: string };

export type NotificationDeliveryFieldsFragment = { __typename?: 'NotificationDelivery', id: string, channelId: string | null, channelType: NotificationChannelType, summary: string, status: DeliveryStatus, attemptCount: number, maxAttempts: number, nextAttemptAt: string | null, lastStatusCode: number | null, lastError: string | null, createdAt: string, completedAt: string | null, origin: { __typename?: 'DeliveryOrigin', kind: string, id: string }, attempts: Array<{ __typename?: 'DeliveryAttempt', attempt: number, outcome: DeliveryAttemptOutcome, statusCode: number | null, latencyMs: number | null, error: string | null, retryAt: string | null, startedAt: string, finishedAt: string | null }> };

export type ChannelsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ChannelsQuery = { __typename?: 'Query', channels: { __typename?: 'NotificationChannelConnection', edges: Array<{ __typename?: 'NotificationChannelEdge', node: { __typename?: 'NotificationChannel', id: string, name: string, type: NotificationChannelType, settings: Record<string, unknown>, secretsSet: Array<string>, createdAt: string, updatedAt: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type CreateChannelMutationVariables = Exact<{
  input: CreateChannelInput;
}>;


export type CreateChannelMutation = { __typename?: 'Mutation', createChannel: { __typename?: 'NotificationChannel', id: string, name: string, type: NotificationChannelType, settings: Record<string, unknown>, secretsSet: Array<string>, createdAt: string, updatedAt: string } };

export type UpdateChannelMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateChannelInput;
}>;


export type UpdateChannelMutation = { __typename?: 'Mutation', updateChannel: { __typename?: 'NotificationChannel', id: string, name: string, type: NotificationChannelType, settings: Record<string, unknown>, secretsSet: Array<string>, createdAt: string, updatedAt: string } };

export type DeleteChannelMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteChannelMutation = { __typename?: 'Mutation', deleteChannel: boolean };

export type TestChannelMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TestChannelMutation = { __typename?: 'Mutation', testChannel: { __typename?: 'NotificationDelivery', id: string, channelId: string | null, channelType: NotificationChannelType, summary: string, status: DeliveryStatus, attemptCount: number, maxAttempts: number, nextAttemptAt: string | null, lastStatusCode: number | null, lastError: string | null, createdAt: string, completedAt: string | null, origin: { __typename?: 'DeliveryOrigin', kind: string, id: string }, attempts: Array<{ __typename?: 'DeliveryAttempt', attempt: number, outcome: DeliveryAttemptOutcome, statusCode: number | null, latencyMs: number | null, error: string | null, retryAt: string | null, startedAt: string, finishedAt: string | null }> } };

export type NotificationDeliveriesQueryVariables = Exact<{
  filter?: InputMaybe<NotificationDeliveryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type NotificationDeliveriesQuery = { __typename?: 'Query', notificationDeliveries: { __typename?: 'NotificationDeliveryConnection', totalCount: number, edges: Array<{ __typename?: 'NotificationDeliveryEdge', node: { __typename?: 'NotificationDelivery', id: string, channelId: string | null, channelType: NotificationChannelType, summary: string, status: DeliveryStatus, attemptCount: number, maxAttempts: number, nextAttemptAt: string | null, lastStatusCode: number | null, lastError: string | null, createdAt: string, completedAt: string | null, origin: { __typename?: 'DeliveryOrigin', kind: string, id: string }, attempts: Array<{ __typename?: 'DeliveryAttempt', attempt: number, outcome: DeliveryAttemptOutcome, statusCode: number | null, latencyMs: number | null, error: string | null, retryAt: string | null, startedAt: string, finishedAt: string | null }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type RetryDeliveryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RetryDeliveryMutation = { __typename?: 'Mutation', retryDelivery: { __typename?: 'NotificationDelivery', id: string, channelId: string | null, channelType: NotificationChannelType, summary: string, status: DeliveryStatus, attemptCount: number, maxAttempts: number, nextAttemptAt: string | null, lastStatusCode: number | null, lastError: string | null, createdAt: string, completedAt: string | null, origin: { __typename?: 'DeliveryOrigin', kind: string, id: string }, attempts: Array<{ __typename?: 'DeliveryAttempt', attempt: number, outcome: DeliveryAttemptOutcome, statusCode: number | null, latencyMs: number | null, error: string | null, retryAt: string | null, startedAt: string, finishedAt: string | null }> } };

export type EscalationPolicyFieldsFragment = { __typename?: 'EscalationPolicy', id: string, name: string, description: string | null, repeatCount: number, ackTimeoutSeconds: number | null, userEmailChannelId: string | null, isDefault: boolean, version: number, createdAt: string, updatedAt: string, levels: Array<{ __typename?: 'EscalationLevel', channelIds: Array<string>, userIds: Array<string>, timeoutSeconds: number }> };

export type EscalationPoliciesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type EscalationPoliciesQuery = { __typename?: 'Query', escalationPolicies: { __typename?: 'EscalationPolicyConnection', edges: Array<{ __typename?: 'EscalationPolicyEdge', node: { __typename?: 'EscalationPolicy', id: string, name: string, description: string | null, repeatCount: number, ackTimeoutSeconds: number | null, userEmailChannelId: string | null, isDefault: boolean, version: number, createdAt: string, updatedAt: string, levels: Array<{ __typename?: 'EscalationLevel', channelIds: Array<string>, userIds: Array<string>, timeoutSeconds: number }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type CreateEscalationPolicyMutationVariables = Exact<{
  input: CreateEscalationPolicyInput;
}>;


export type CreateEscalationPolicyMutation = { __typename?: 'Mutation', createEscalationPolicy: { __typename?: 'EscalationPolicy', id: string, name: string, description: string | null, repeatCount: number, ackTimeoutSeconds: number | null, userEmailChannelId: string | null, isDefault: boolean, version: number, createdAt: string, updatedAt: string, levels: Array<{ __typename?: 'EscalationLevel', channelIds: Array<string>, userIds: Array<string>, timeoutSeconds: number }> } };

export type UpdateEscalationPolicyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateEscalationPolicyInput;
}>;


export type UpdateEscalationPolicyMutation = { __typename?: 'Mutation', updateEscalationPolicy: { __typename?: 'EscalationPolicy', id: string, name: string, description: string | null, repeatCount: number, ackTimeoutSeconds: number | null, userEmailChannelId: string | null, isDefault: boolean, version: number, createdAt: string, updatedAt: string, levels: Array<{ __typename?: 'EscalationLevel', channelIds: Array<string>, userIds: Array<string>, timeoutSeconds: number }> } };

export type DeleteEscalationPolicyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteEscalationPolicyMutation = { __typename?: 'Mutation', deleteEscalationPolicy: boolean };

export type AlertEscalationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AlertEscalationQuery = { __typename?: 'Query', alert: { __typename?: 'Alert', id: string, escalationLevel: number, escalation: { __typename?: 'AlertEscalation', policyId: string | null, policyName: string, policyVersion: number, repeatCount: number, ackTimeoutSeconds: number | null, cycle: number, round: number, active: boolean, startedAt: string, levels: Array<{ __typename?: 'EscalationLevel', channelIds: Array<string>, userIds: Array<string>, timeoutSeconds: number }> } | null } };

export type AlertsWithEscalationQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<AlertFilter>;
}>;


export type AlertsWithEscalationQuery = { __typename?: 'Query', alerts: { __typename?: 'AlertConnection', edges: Array<{ __typename?: 'AlertEdge', node: { __typename?: 'Alert', id: string, status: AlertStatus, escalationLevel: number, escalation: { __typename?: 'AlertEscalation', policyName: string, cycle: number, round: number, active: boolean } | null } }> } };

export type AlertFieldsFragment = { __typename?: 'Alert', id: string, fingerprint: string, status: AlertStatus, severity: AlertSeverity, labels: Record<string, unknown>, annotations: Record<string, unknown>, generatorUrl: string | null, startsAt: string, endsAt: string | null, lastReceivedAt: string, acknowledgedBy: string | null, acknowledgedAt: string | null, resolvedBy: string | null, resolvedAt: string | null, snoozedUntil: string | null, escalationLevel: number, silencedBy: Array<string>, inhibitedBy: Array<string>, flapping: boolean, createdAt: string, updatedAt: string, source: { __typename?: 'AlertSource', kind: AlertSourceKind, ruleId: string | null, name: string | null } };

export type SilenceFieldsFragment = { __typename?: 'Silence', id: string, startsAt: string, endsAt: string, comment: string, state: SilenceState, createdBy: string | null, updatedBy: string | null, expiredBy: string | null, createdAt: string, updatedAt: string, matchers: Array<{ __typename?: 'LabelMatcher', name: string, op: string, value: string }> };

export type InhibitionRuleFieldsFragment = { __typename?: 'InhibitionRule', id: string, equal: Array<string>, createdBy: string | null, createdAt: string, sourceMatchers: Array<{ __typename?: 'LabelMatcher', name: string, op: string, value: string }>, targetMatchers: Array<{ __typename?: 'LabelMatcher', name: string, op: string, value: string }> };

export type AcknowledgeAlertMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type AcknowledgeAlertMutation = { __typename?: 'Mutation', acknowledgeAlert: { __typename?: 'Alert', id: string, fingerprint: string, status: AlertStatus, severity: AlertSeverity, labels: Record<string, unknown>, annotations: Record<string, unknown>, generatorUrl: string | null, startsAt: string, endsAt: string | null, lastReceivedAt: string, acknowledgedBy: string | null, acknowledgedAt: string | null, resolvedBy: string | null, resolvedAt: string | null, snoozedUntil: string | null, escalationLevel: number, silencedBy: Array<string>, inhibitedBy: Array<string>, flapping: boolean, createdAt: string, updatedAt: string, source: { __typename?: 'AlertSource', kind: AlertSourceKind, ruleId: string | null, name: string | null } } };

export type UnacknowledgeAlertMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type UnacknowledgeAlertMutation = { __typename?: 'Mutation', unacknowledgeAlert: { __typename?: 'Alert', id: string, fingerprint: string, status: AlertStatus, severity: AlertSeverity, labels: Record<string, unknown>, annotations: Record<string, unknown>, generatorUrl: string | null, startsAt: string, endsAt: string | null, lastReceivedAt: string, acknowledgedBy: string | null, acknowledgedAt: string | null, resolvedBy: string | null, resolvedAt: string | null, snoozedUntil: string | null, escalationLevel: number, silencedBy: Array<string>, inhibitedBy: Array<string>, flapping: boolean, createdAt: string, updatedAt: string, source: { __typename?: 'AlertSource', kind: AlertSourceKind, ruleId: string | null, name: string | null } } };

export type ResolveAlertMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type ResolveAlertMutation = { __typename?: 'Mutation', resolveAlert: { __typename?: 'Alert', id: string, fingerprint: string, status: AlertStatus, severity: AlertSeverity, labels: Record<string, unknown>, annotations: Record<string, unknown>, generatorUrl: string | null, startsAt: string, endsAt: string | null, lastReceivedAt: string, acknowledgedBy: string | null, acknowledgedAt: string | null, resolvedBy: string | null, resolvedAt: string | null, snoozedUntil: string | null, escalationLevel: number, silencedBy: Array<string>, inhibitedBy: Array<string>, flapping: boolean, createdAt: string, updatedAt: string, source: { __typename?: 'AlertSource', kind: AlertSourceKind, ruleId: string | null, name: string | null } } };

export type SnoozeAlertMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  until: Scalars['DateTime']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type SnoozeAlertMutation = { __typename?: 'Mutation', snoozeAlert: { __typename?: 'Alert', id: string, fingerprint: string, status: AlertStatus, severity: AlertSeverity, labels: Record<string, unknown>, annotations: Record<string, unknown>, generatorUrl: string | null, startsAt: string, endsAt: string | null, lastReceivedAt: string, acknowledgedBy: string | null, acknowledgedAt: string | null, resolvedBy: string | null, resolvedAt: string | null, snoozedUntil: string | null, escalationLevel: number, silencedBy: Array<string>, inhibitedBy: Array<string>, flapping: boolean, createdAt: string, updatedAt: string, source: { __typename?: 'AlertSource', kind: AlertSourceKind, ruleId: string | null, name: string | null } } };

export type AddAlertNoteMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
}>;


export type AddAlertNoteMutation = { __typename?: 'Mutation', addAlertNote: { __typename?: 'Alert', id: string, fingerprint: string, status: AlertStatus, severity: AlertSeverity, labels: Record<string, unknown>, annotations: Record<string, unknown>, generatorUrl: string | null, startsAt: string, endsAt: string | null, lastReceivedAt: string, acknowledgedBy: string | null, acknowledgedAt: string | null, resolvedBy: string | null, resolvedAt: string | null, snoozedUntil: string | null, escalationLevel: number, silencedBy: Array<string>, inhibitedBy: Array<string>, flapping: boolean, createdAt: string, updatedAt: string, source: { __typename?: 'AlertSource', kind: AlertSourceKind, ruleId: string | null, name: string | null } } };

export type CreateSilenceMutationVariables = Exact<{
  input: SilenceInput;
}>;


export type CreateSilenceMutation = { __typename?: 'Mutation', createSilence: { __typename?: 'Silence', id: string, startsAt: string, endsAt: string, comment: string, state: SilenceState, createdBy: string | null, updatedBy: string | null, expiredBy: string | null, createdAt: string, updatedAt: string, matchers: Array<{ __typename?: 'LabelMatcher', name: string, op: string, value: string }> } };

export type UpdateSilenceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: SilenceInput;
}>;


export type UpdateSilenceMutation = { __typename?: 'Mutation', updateSilence: { __typename?: 'Silence', id: string, startsAt: string, endsAt: string, comment: string, state: SilenceState, createdBy: string | null, updatedBy: string | null, expiredBy: string | null, createdAt: string, updatedAt: string, matchers: Array<{ __typename?: 'LabelMatcher', name: string, op: string, value: string }> } };

export type ExpireSilenceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  comment: Scalars['String']['input'];
}>;


export type ExpireSilenceMutation = { __typename?: 'Mutation', expireSilence: { __typename?: 'Silence', id: string, startsAt: string, endsAt: string, comment: string, state: SilenceState, createdBy: string | null, updatedBy: string | null, expiredBy: string | null, createdAt: string, updatedAt: string, matchers: Array<{ __typename?: 'LabelMatcher', name: string, op: string, value: string }> } };

export type CreateInhibitionRuleMutationVariables = Exact<{
  input: InhibitionRuleInput;
}>;


export type CreateInhibitionRuleMutation = { __typename?: 'Mutation', createInhibitionRule: { __typename?: 'InhibitionRule', id: string, equal: Array<string>, createdBy: string | null, createdAt: string, sourceMatchers: Array<{ __typename?: 'LabelMatcher', name: string, op: string, value: string }>, targetMatchers: Array<{ __typename?: 'LabelMatcher', name: string, op: string, value: string }> } };

export type DeleteInhibitionRuleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteInhibitionRuleMutation = { __typename?: 'Mutation', deleteInhibitionRule: { __typename?: 'InhibitionRule', id: string, equal: Array<string>, createdBy: string | null, createdAt: string, sourceMatchers: Array<{ __typename?: 'LabelMatcher', name: string, op: string, value: string }>, targetMatchers: Array<{ __typename?: 'LabelMatcher', name: string, op: string, value: string }> } };

export type AlertQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AlertQuery = { __typename?: 'Query', alert: { __typename?: 'Alert', id: string, fingerprint: string, status: AlertStatus, severity: AlertSeverity, labels: Record<string, unknown>, annotations: Record<string, unknown>, generatorUrl: string | null, startsAt: string, endsAt: string | null, lastReceivedAt: string, acknowledgedBy: string | null, acknowledgedAt: string | null, resolvedBy: string | null, resolvedAt: string | null, snoozedUntil: string | null, escalationLevel: number, silencedBy: Array<string>, inhibitedBy: Array<string>, flapping: boolean, createdAt: string, updatedAt: string, source: { __typename?: 'AlertSource', kind: AlertSourceKind, ruleId: string | null, name: string | null } } };

export type AlertsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AlertFilter>;
}>;


export type AlertsQuery = { __typename?: 'Query', alerts: { __typename?: 'AlertConnection', totalCount: number, edges: Array<{ __typename?: 'AlertEdge', cursor: string, node: { __typename?: 'Alert', id: string, fingerprint: string, status: AlertStatus, severity: AlertSeverity, labels: Record<string, unknown>, annotations: Record<string, unknown>, generatorUrl: string | null, startsAt: string, endsAt: string | null, lastReceivedAt: string, acknowledgedBy: string | null, acknowledgedAt: string | null, resolvedBy: string | null, resolvedAt: string | null, snoozedUntil: string | null, escalationLevel: number, silencedBy: Array<string>, inhibitedBy: Array<string>, flapping: boolean, createdAt: string, updatedAt: string, source: { __typename?: 'AlertSource', kind: AlertSourceKind, ruleId: string | null, name: string | null } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type AlertTimelineQueryVariables = Exact<{
  alertId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AlertTimelineQuery = { __typename?: 'Query', alertTimeline: { __typename?: 'AlertNoteConnection', edges: Array<{ __typename?: 'AlertNoteEdge', cursor: string, node: { __typename?: 'AlertNote', id: string, at: string, actorType: string, actorId: string | null, action: string, note: string | null, details: Record<string, unknown> | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type SilenceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SilenceQuery = { __typename?: 'Query', silence: { __typename?: 'Silence', id: string, startsAt: string, endsAt: string, comment: string, state: SilenceState, createdBy: string | null, updatedBy: string | null, expiredBy: string | null, createdAt: string, updatedAt: string, matchers: Array<{ __typename?: 'LabelMatcher', name: string, op: string, value: string }> } };

export type SilencesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SilenceFilter>;
}>;


export type SilencesQuery = { __typename?: 'Query', silences: { __typename?: 'SilenceConnection', totalCount: number, edges: Array<{ __typename?: 'SilenceEdge', cursor: string, node: { __typename?: 'Silence', id: string, startsAt: string, endsAt: string, comment: string, state: SilenceState, createdBy: string | null, updatedBy: string | null, expiredBy: string | null, createdAt: string, updatedAt: string, matchers: Array<{ __typename?: 'LabelMatcher', name: string, op: string, value: string }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type InhibitionRulesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type InhibitionRulesQuery = { __typename?: 'Query', inhibitionRules: { __typename?: 'InhibitionRuleConnection', edges: Array<{ __typename?: 'InhibitionRuleEdge', cursor: string, node: { __typename?: 'InhibitionRule', id: string, equal: Array<string>, createdBy: string | null, createdAt: string, sourceMatchers: Array<{ __typename?: 'LabelMatcher', name: string, op: string, value: string }>, targetMatchers: Array<{ __typename?: 'LabelMatcher', name: string, op: string, value: string }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type AlertRouteFieldsFragment = { __typename?: 'AlertRoute', id: string, continue: boolean, receivers: Array<string>, groupBy: Array<string> | null, groupWait: string | null, groupInterval: string | null, repeatInterval: string | null, muteTimeIntervals: Array<string>, activeTimeIntervals: Array<string>, matchers: Array<{ __typename?: 'LabelMatcher', name: string, op: string, value: string }> };

export type AlertRoutingTreeFieldsFragment = { __typename?: 'AlertRoutingTree', version: number, updatedAt: string | null, root: { __typename?: 'AlertRoute', id: string, continue: boolean, receivers: Array<string>, groupBy: Array<string> | null, groupWait: string | null, groupInterval: string | null, repeatInterval: string | null, muteTimeIntervals: Array<string>, activeTimeIntervals: Array<string>, routes: Array<{ __typename?: 'AlertRoute', id: string, continue: boolean, receivers: Array<string>, groupBy: Array<string> | null, groupWait: string | null, groupInterval: string | null, repeatInterval: string | null, muteTimeIntervals: Array<string>, activeTimeIntervals: Array<string>, routes: Array<{ __typename?: 'AlertRoute', id: string, continue: boolean, receivers: Array<string>, groupBy: Array<string> | null, groupWait: string | null, groupInterval: string | null, repeatInterval: string | null, muteTimeIntervals: Array<string>, activeTimeIntervals: Array<string>, routes: Array<{ __typename?: 'AlertRoute', id: string, continue: boolean, receivers: Array<string>, groupBy: Array<string> | null, groupWait: string | null, groupInterval: string | null, repeatInterval: string | null, muteTimeIntervals: Array<string>, activeTimeIntervals: Array<string>, matchers: Array<{ __typename?: 'LabelMatcher', name: string, op: string, value: string }> }>, matchers: Array<{ __typename?: 'LabelMatcher', name: string, op: string, value: string }> }>, matchers: Array<{ __typename?: 'LabelMatcher', name: string, op: string, value: string }> }>, matchers: Array<{ __typename?: 'LabelMatcher', name: string, op: string, value: string }> } };

export type AlertTimeIntervalFieldsFragment = { __typename?: 'AlertTimeInterval', id: string, name: string, createdAt: string, updatedAt: string, ranges: Array<{ __typename?: 'TimeIntervalRange', weekdays: Array<string>, daysOfMonth: Array<string>, months: Array<string>, years: Array<string>, location: string | null, times: Array<{ __typename?: 'TimeOfDayRange', start: string, end: string }> }> };

export type AlertRoutingTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type AlertRoutingTreeQuery = { __typename?: 'Query', alertRoutingTree: { __typename?: 'AlertRoutingTree', version: number, updatedAt: string | null, root: { __typename?: 'AlertRoute', id: string, continue: boolean, receivers: Array<string>, groupBy: Array<string> | null, groupWait: string | null, groupInterval: string | null, repeatInterval: string | null, muteTimeIntervals: Array<string>, activeTimeIntervals: Array<string>, routes: Array<{ __typename?: 'AlertRoute', id: string, continue: boolean, receivers: Array<string>, groupBy: Array<string> | null, groupWait: string | null, groupInterval: string | null, repeatInterval: string | null, muteTimeIntervals: Array<string>, activeTimeIntervals: Array<string>, routes: Array<{ __typename?: 'AlertRoute', id: string, continue: boolean, receivers: Array<string>, groupBy: Array<string> | null, groupWait: string | null, groupInterval: string | null, repeatInterval: string | null, muteTimeIntervals: Array<string>, activeTimeIntervals: Array<string>, routes: Array<{ __typename?: 'AlertRoute', id: string, continue: boolean, receivers: Array<string>, groupBy: Array<string> | null, groupWait: string | null, groupInterval: string | null, repeatInterval: string | null, muteTimeIntervals: Array<string>, activeTimeIntervals: Array<string>, matchers: Array<{ __typename?: 'LabelMatcher', name: string, op: string, value: string }> }>, matchers: Array<{ __typename?: 'LabelMatcher', name: string, op: string, value: string }> }>, matchers: Array<{ __typename?: 'LabelMatcher', name: string, op: string, value: string }> }>, matchers: Array<{ __typename?: 'LabelMatcher', name: string, op: string, value: string }> } } };

export type SetAlertRoutingTreeMutationVariables = Exact<{
  input: AlertRouteInput;
}>;


export type SetAlertRoutingTreeMutation = { __typename?: 'Mutation', setAlertRoutingTree: { __typename?: 'AlertRoutingTree', version: number, updatedAt: string | null, root: { __typename?: 'AlertRoute', id: string, continue: boolean, receivers: Array<string>, groupBy: Array<string> | null, groupWait: string | null, groupInterval: string | null, repeatInterval: string | null, muteTimeIntervals: Array<string>, activeTimeIntervals: Array<string>, routes: Array<{ __typename?: 'AlertRoute', id: string, continue: boolean, receivers: Array<string>, groupBy: Array<string> | null, groupWait: string | null, groupInterval: string | null, repeatInterval: string | null, muteTimeIntervals: Array<string>, activeTimeIntervals: Array<string>, routes: Array<{ __typename?: 'AlertRoute', id: string, continue: boolean, receivers: Array<string>, groupBy: Array<string> | null, groupWait: string | null, groupInterval: string | null, repeatInterval: string | null, muteTimeIntervals: Array<string>, activeTimeIntervals: Array<string>, routes: Array<{ __typename?: 'AlertRoute', id: string, continue: boolean, receivers: Array<string>, groupBy: Array<string> | null, groupWait: string | null, groupInterval: string | null, repeatInterval: string | null, muteTimeIntervals: Array<string>, activeTimeIntervals: Array<string>, matchers: Array<{ __typename?: 'LabelMatcher', name: string, op: string, value: string }> }>, matchers: Array<{ __typename?: 'LabelMatcher', name: string, op: string, value: string }> }>, matchers: Array<{ __typename?: 'LabelMatcher', name: string, op: string, value: string }> }>, matchers: Array<{ __typename?: 'LabelMatcher', name: string, op: string, value: string }> } } };

export type AlertTimeIntervalsQueryVariables = Exact<{ [key: string]: never; }>;


export type AlertTimeIntervalsQuery = { __typename?: 'Query', alertTimeIntervals: Array<{ __typename?: 'AlertTimeInterval', id: string, name: string, createdAt: string, updatedAt: string, ranges: Array<{ __typename?: 'TimeIntervalRange', weekdays: Array<string>, daysOfMonth: Array<string>, months: Array<string>, years: Array<string>, location: string | null, times: Array<{ __typename?: 'TimeOfDayRange', start: string, end: string }> }> }> };

export type CreateAlertTimeIntervalMutationVariables = Exact<{
  input: AlertTimeIntervalInput;
}>;


export type CreateAlertTimeIntervalMutation = { __typename?: 'Mutation', createAlertTimeInterval: { __typename?: 'AlertTimeInterval', id: string, name: string, createdAt: string, updatedAt: string, ranges: Array<{ __typename?: 'TimeIntervalRange', weekdays: Array<string>, daysOfMonth: Array<string>, months: Array<string>, years: Array<string>, location: string | null, times: Array<{ __typename?: 'TimeOfDayRange', start: string, end: string }> }> } };

export type UpdateAlertTimeIntervalMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: AlertTimeIntervalInput;
}>;


export type UpdateAlertTimeIntervalMutation = { __typename?: 'Mutation', updateAlertTimeInterval: { __typename?: 'AlertTimeInterval', id: string, name: string, createdAt: string, updatedAt: string, ranges: Array<{ __typename?: 'TimeIntervalRange', weekdays: Array<string>, daysOfMonth: Array<string>, months: Array<string>, years: Array<string>, location: string | null, times: Array<{ __typename?: 'TimeOfDayRange', start: string, end: string }> }> } };

export type DeleteAlertTimeIntervalMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteAlertTimeIntervalMutation = { __typename?: 'Mutation', deleteAlertTimeInterval: boolean };

export type AlertChangedSubscriptionVariables = Exact<{
  filter?: InputMaybe<AlertFilter>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AlertChangedSubscription = { __typename?: 'Subscription', alertChanged: { __typename?: 'AlertChange', kind: AlertChangeKind, cursor: string, alert: { __typename?: 'Alert', id: string, fingerprint: string, status: AlertStatus, severity: AlertSeverity, labels: Record<string, unknown>, annotations: Record<string, unknown>, generatorUrl: string | null, startsAt: string, endsAt: string | null, lastReceivedAt: string, acknowledgedBy: string | null, acknowledgedAt: string | null, resolvedBy: string | null, resolvedAt: string | null, snoozedUntil: string | null, escalationLevel: number, silencedBy: Array<string>, inhibitedBy: Array<string>, flapping: boolean, createdAt: string, updatedAt: string, source: { __typename?: 'AlertSource', kind: AlertSourceKind, ruleId: string | null, name: string | null } } } };

export type AuditLogFieldsFragment = { __typename?: 'AuditLog', id: string, occurredAt: string, actorType: AuditActorType, actorId: string | null, action: string, targetType: string | null, targetId: string | null, changes: Record<string, unknown> | null, metadata: Record<string, unknown> | null, outcome: AuditOutcome, ip: string | null, userAgent: string | null, requestId: string | null, chainSeq: number | null, hash: string | null };

export type AuditIntegrityQueryVariables = Exact<{
  full?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type AuditIntegrityQuery = { __typename?: 'Query', auditIntegrity: { __typename?: 'AuditIntegrity', verified: boolean, checked: number, firstBrokenSeq: number | null, headSeq: number, headHash: string, full: boolean, fromSeq: number, checkpointsChecked: number, invalidCheckpoints: number } };

export type AuditLogsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
}>;


export type AuditLogsQuery = { __typename?: 'Query', auditLogs: { __typename?: 'AuditLogConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'AuditLogEdge', cursor: string, node: { __typename?: 'AuditLog', id: string, occurredAt: string, actorType: AuditActorType, actorId: string | null, action: string, targetType: string | null, targetId: string | null, changes: Record<string, unknown> | null, metadata: Record<string, unknown> | null, outcome: AuditOutcome, ip: string | null, userAgent: string | null, requestId: string | null, chainSeq: number | null, hash: string | null } }> } };

export type AuditLogCountQueryVariables = Exact<{
  filter?: InputMaybe<AuditLogFilter>;
}>;


export type AuditLogCountQuery = { __typename?: 'Query', auditLogs: { __typename?: 'AuditLogConnection', totalCount: number } };

export type AuditLoggedSubscriptionVariables = Exact<{
  filter?: InputMaybe<AuditLogFilter>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditLoggedSubscription = { __typename?: 'Subscription', auditLogged: { __typename?: 'AuditLog', cursor: string | null, id: string, occurredAt: string, actorType: AuditActorType, actorId: string | null, action: string, targetType: string | null, targetId: string | null, changes: Record<string, unknown> | null, metadata: Record<string, unknown> | null, outcome: AuditOutcome, ip: string | null, userAgent: string | null, requestId: string | null, chainSeq: number | null, hash: string | null } };

export type UnlockAccountMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type UnlockAccountMutation = { __typename?: 'Mutation', unlockAccount: boolean };

export type LoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, expiresAt: string, user: { __typename?: 'User', id: string, email: string | null, name: string, mfaEnabled: boolean } } };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type RefreshSessionMutation = { __typename?: 'Mutation', refreshSession: { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, expiresAt: string, user: { __typename?: 'User', id: string, email: string | null, name: string, mfaEnabled: boolean } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type SessionsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type SessionsQuery = { __typename?: 'Query', sessions: { __typename?: 'SessionConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'SessionEdge', cursor: string, node: { __typename?: 'Session', id: string, createdAt: string, lastUsedAt: string, expiresAt: string, ip: string | null, userAgent: string | null, current: boolean } }> } };

export type RevokeSessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeSessionMutation = { __typename?: 'Mutation', revokeSession: boolean };

export type AuthPayloadFieldsFragment = { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, expiresAt: string, user: { __typename?: 'User', id: string, email: string | null, name: string, mfaEnabled: boolean } };

export type EnrollTotpMutationVariables = Exact<{ [key: string]: never; }>;


export type EnrollTotpMutation = { __typename?: 'Mutation', enrollTotp: { __typename?: 'TotpEnrollment', otpauthUri: string, qrCodeSvg: string } };

export type ConfirmTotpMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type ConfirmTotpMutation = { __typename?: 'Mutation', confirmTotp: Array<string> };

export type DisableTotpMutationVariables = Exact<{
  code?: InputMaybe<Scalars['String']['input']>;
}>;


export type DisableTotpMutation = { __typename?: 'Mutation', disableTotp: boolean };

export type VerifyMfaMutationVariables = Exact<{
  challenge: Scalars['String']['input'];
  code: Scalars['String']['input'];
}>;


export type VerifyMfaMutation = { __typename?: 'Mutation', verifyMfa: { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, expiresAt: string, user: { __typename?: 'User', id: string, email: string | null, name: string, mfaEnabled: boolean } } };

export type ReauthenticateMutationVariables = Exact<{
  password?: InputMaybe<Scalars['String']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReauthenticateMutation = { __typename?: 'Mutation', reauthenticate: { __typename?: 'StepUpStatus', authLevel: AuthLevel, authenticatedAt: string, validUntil: string } };

export type BeginOidcLoginMutationVariables = Exact<{ [key: string]: never; }>;


export type BeginOidcLoginMutation = { __typename?: 'Mutation', beginOidcLogin: { __typename?: 'OidcLoginStart', authorizationUrl: string, state: string } };

export type CompleteOidcLoginMutationVariables = Exact<{
  callbackUrl: Scalars['String']['input'];
  state?: InputMaybe<Scalars['String']['input']>;
}>;


export type CompleteOidcLoginMutation = { __typename?: 'Mutation', completeOidcLogin: { __typename?: 'AuthPayload', accessToken: string, refreshToken: string, expiresAt: string, user: { __typename?: 'User', id: string, email: string | null, name: string, mfaEnabled: boolean } } };

export type CacheStatsFieldsFragment = { __typename?: 'CacheStats', backend: CacheBackend, enabled: boolean, trusted: boolean, hits: number, misses: number, bypasses: number, evictions: number, invalidations: number, entries: number | null, maxEntries: number };

export type CacheStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type CacheStatsQuery = { __typename?: 'Query', cacheStats: { __typename?: 'CacheStats', backend: CacheBackend, enabled: boolean, trusted: boolean, hits: number, misses: number, bypasses: number, evictions: number, invalidations: number, entries: number | null, maxEntries: number } };

export type InvalidateCacheMutationVariables = Exact<{
  tags: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type InvalidateCacheMutation = { __typename?: 'Mutation', invalidateCache: Array<string> };

export type ErrorStatsQueryVariables = Exact<{
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
  top?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ErrorStatsQuery = { __typename?: 'Query', errorStats: { __typename?: 'ErrorStats', from: string, to: string, total: number, byClass: Array<{ __typename?: 'ErrorCount', key: string, count: number }>, byCode: Array<{ __typename?: 'ErrorCount', key: string, count: number }>, byOperation: Array<{ __typename?: 'ErrorCount', key: string, count: number }>, topMessages: Array<{ __typename?: 'ErrorMessageStat', message: string, code: string, count: number, sampleRequestId: string | null, lastSeen: string }> } };

export type PushMetricsMutationVariables = Exact<{
  samples: Array<MetricSampleInput> | MetricSampleInput;
}>;


export type PushMetricsMutation = { __typename?: 'Mutation', pushMetrics: { __typename?: 'PushMetricsResult', accepted: number, seriesCreated: number } };

export type MetricSeriesQueryVariables = Exact<{
  filter?: InputMaybe<MetricSeriesFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MetricSeriesQuery = { __typename?: 'Query', metricSeries: { __typename?: 'MetricSeriesConnection', totalCount: number, edges: Array<{ __typename?: 'MetricSeriesEdge', cursor: string, node: { __typename?: 'MetricSeries', id: string, metric: string, labelMap: Record<string, unknown>, createdAt: string, labels: Array<{ __typename?: 'MetricLabel', name: string, value: string }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type MetricRangeQueryVariables = Exact<{
  seriesId?: InputMaybe<Scalars['ID']['input']>;
  metric?: InputMaybe<Scalars['String']['input']>;
  labels?: InputMaybe<Array<MetricLabelInput> | MetricLabelInput>;
  labelMap?: InputMaybe<Scalars['JSONObject']['input']>;
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
  step?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MetricRangeQuery = { __typename?: 'Query', metricRange: { __typename?: 'MetricRange', step: number | null, series: { __typename?: 'MetricSeries', id: string, metric: string, labelMap: Record<string, unknown> }, points: Array<{ __typename?: 'MetricPoint', at: string, value: number }> } };

export type GrantScopeFieldsFragment = { __typename?: 'GrantScope', kind: ScopeKind, ids: Array<string> | null, labels: Record<string, unknown> | null };

export type GrantFieldsFragment = { __typename?: 'Grant', id: string | null, effect: GrantEffect, action: string, validFrom: string | null, validUntil: string | null, scope: { __typename?: 'GrantScope', kind: ScopeKind, ids: Array<string> | null, labels: Record<string, unknown> | null } };

export type EffectiveGrantFieldsFragment = { __typename?: 'EffectiveGrant', effect: GrantEffect, action: string, validFrom: string | null, validUntil: string | null, scope: { __typename?: 'GrantScope', kind: ScopeKind, ids: Array<string> | null, labels: Record<string, unknown> | null }, source: { __typename?: 'GrantSource', kind: GrantSourceKind, setId: string | null, setName: string | null, path: Array<string> | null, grantId: string | null, delegationId: string | null, delegatorId: string | null, expiresAt: string | null } };

export type PermissionSetFieldsFragment = { __typename?: 'PermissionSet', id: string, name: string, description: string, isBuiltin: boolean, requireMfa: boolean, grants: Array<{ __typename?: 'Grant', id: string | null, effect: GrantEffect, action: string, validFrom: string | null, validUntil: string | null, scope: { __typename?: 'GrantScope', kind: ScopeKind, ids: Array<string> | null, labels: Record<string, unknown> | null } }>, parents: Array<{ __typename?: 'PermissionSet', id: string, name: string }> };

export type DelegationFieldsFragment = { __typename?: 'Delegation', id: string, delegatorId: string, delegateeId: string, reason: string | null, expiresAt: string, revokedAt: string | null, createdAt: string, grants: Array<{ __typename?: 'Grant', id: string | null, effect: GrantEffect, action: string, validFrom: string | null, validUntil: string | null, scope: { __typename?: 'GrantScope', kind: ScopeKind, ids: Array<string> | null, labels: Record<string, unknown> | null } }> };

export type GrantPermissionMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  grant: GrantInput;
}>;


export type GrantPermissionMutation = { __typename?: 'Mutation', grantPermission: { __typename?: 'Grant', id: string | null, effect: GrantEffect, action: string, validFrom: string | null, validUntil: string | null, scope: { __typename?: 'GrantScope', kind: ScopeKind, ids: Array<string> | null, labels: Record<string, unknown> | null } } };

export type RevokeGrantMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeGrantMutation = { __typename?: 'Mutation', revokeGrant: boolean };

export type DelegatePermissionsMutationVariables = Exact<{
  input: DelegatePermissionsInput;
}>;


export type DelegatePermissionsMutation = { __typename?: 'Mutation', delegatePermissions: { __typename?: 'Delegation', id: string, delegatorId: string, delegateeId: string, reason: string | null, expiresAt: string, revokedAt: string | null, createdAt: string, grants: Array<{ __typename?: 'Grant', id: string | null, effect: GrantEffect, action: string, validFrom: string | null, validUntil: string | null, scope: { __typename?: 'GrantScope', kind: ScopeKind, ids: Array<string> | null, labels: Record<string, unknown> | null } }> } };

export type RevokeDelegationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeDelegationMutation = { __typename?: 'Mutation', revokeDelegation: boolean };

export type DelegationsQueryVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type DelegationsQuery = { __typename?: 'Query', delegations: Array<{ __typename?: 'Delegation', id: string, delegatorId: string, delegateeId: string, reason: string | null, expiresAt: string, revokedAt: string | null, createdAt: string, grants: Array<{ __typename?: 'Grant', id: string | null, effect: GrantEffect, action: string, validFrom: string | null, validUntil: string | null, scope: { __typename?: 'GrantScope', kind: ScopeKind, ids: Array<string> | null, labels: Record<string, unknown> | null } }> }> };

export type EffectivePermissionsQueryVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type EffectivePermissionsQuery = { __typename?: 'Query', effectivePermissions: Array<{ __typename?: 'EffectiveGrant', effect: GrantEffect, action: string, validFrom: string | null, validUntil: string | null, scope: { __typename?: 'GrantScope', kind: ScopeKind, ids: Array<string> | null, labels: Record<string, unknown> | null }, source: { __typename?: 'GrantSource', kind: GrantSourceKind, setId: string | null, setName: string | null, path: Array<string> | null, grantId: string | null, delegationId: string | null, delegatorId: string | null, expiresAt: string | null } }> };

export type CheckPermissionQueryVariables = Exact<{
  userId: Scalars['ID']['input'];
  action: Scalars['String']['input'];
  resource: ResourceInput;
}>;


export type CheckPermissionQuery = { __typename?: 'Query', checkPermission: { __typename?: 'PermissionCheck', allowed: boolean, reason: DecisionReason, explanation: string, deciding: { __typename?: 'EffectiveGrant', effect: GrantEffect, action: string, validFrom: string | null, validUntil: string | null, scope: { __typename?: 'GrantScope', kind: ScopeKind, ids: Array<string> | null, labels: Record<string, unknown> | null }, source: { __typename?: 'GrantSource', kind: GrantSourceKind, setId: string | null, setName: string | null, path: Array<string> | null, grantId: string | null, delegationId: string | null, delegatorId: string | null, expiresAt: string | null } } | null, blockingDeny: { __typename?: 'EffectiveGrant', effect: GrantEffect, action: string, validFrom: string | null, validUntil: string | null, scope: { __typename?: 'GrantScope', kind: ScopeKind, ids: Array<string> | null, labels: Record<string, unknown> | null }, source: { __typename?: 'GrantSource', kind: GrantSourceKind, setId: string | null, setName: string | null, path: Array<string> | null, grantId: string | null, delegationId: string | null, delegatorId: string | null, expiresAt: string | null } } | null } };

export type WhoCanQueryVariables = Exact<{
  action: Scalars['String']['input'];
  resource: ResourceInput;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WhoCanQuery = { __typename?: 'Query', whoCan: { __typename?: 'UserConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'UserEdge', cursor: string, node: { __typename?: 'User', id: string, name: string } }> } };

export type PermissionHistoryQueryVariables = Exact<{
  userId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PermissionHistoryQuery = { __typename?: 'Query', permissionHistory: { __typename?: 'AuditLogConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'AuditLogEdge', cursor: string, node: { __typename?: 'AuditLog', id: string, occurredAt: string, actorType: AuditActorType, actorId: string | null, action: string, targetType: string | null, targetId: string | null, changes: Record<string, unknown> | null, metadata: Record<string, unknown> | null, outcome: AuditOutcome, ip: string | null, userAgent: string | null, requestId: string | null, chainSeq: number | null, hash: string | null } }> } };

export type PermissionsChangedSubscriptionVariables = Exact<{
  userId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PermissionsChangedSubscription = { __typename?: 'Subscription', permissionsChanged: { __typename?: 'PermissionsChange', userId: string, at: string, cursor: string } };

export type PermissionSetsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PermissionSetsQuery = { __typename?: 'Query', permissionSets: { __typename?: 'PermissionSetConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'PermissionSetEdge', cursor: string, node: { __typename?: 'PermissionSet', id: string, name: string, description: string, isBuiltin: boolean, requireMfa: boolean, grants: Array<{ __typename?: 'Grant', id: string | null, effect: GrantEffect, action: string, validFrom: string | null, validUntil: string | null, scope: { __typename?: 'GrantScope', kind: ScopeKind, ids: Array<string> | null, labels: Record<string, unknown> | null } }>, parents: Array<{ __typename?: 'PermissionSet', id: string, name: string }> } }> } };

export type PermissionSetQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PermissionSetQuery = { __typename?: 'Query', permissionSet: { __typename?: 'PermissionSet', id: string, name: string, description: string, isBuiltin: boolean, requireMfa: boolean, grants: Array<{ __typename?: 'Grant', id: string | null, effect: GrantEffect, action: string, validFrom: string | null, validUntil: string | null, scope: { __typename?: 'GrantScope', kind: ScopeKind, ids: Array<string> | null, labels: Record<string, unknown> | null } }>, parents: Array<{ __typename?: 'PermissionSet', id: string, name: string }> } };

export type CreatePermissionSetMutationVariables = Exact<{
  input: CreatePermissionSetInput;
}>;


export type CreatePermissionSetMutation = { __typename?: 'Mutation', createPermissionSet: { __typename?: 'PermissionSet', id: string, name: string, description: string, isBuiltin: boolean, requireMfa: boolean, grants: Array<{ __typename?: 'Grant', id: string | null, effect: GrantEffect, action: string, validFrom: string | null, validUntil: string | null, scope: { __typename?: 'GrantScope', kind: ScopeKind, ids: Array<string> | null, labels: Record<string, unknown> | null } }>, parents: Array<{ __typename?: 'PermissionSet', id: string, name: string }> } };

export type UpdatePermissionSetMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdatePermissionSetInput;
}>;


export type UpdatePermissionSetMutation = { __typename?: 'Mutation', updatePermissionSet: { __typename?: 'PermissionSet', id: string, name: string, description: string, isBuiltin: boolean, requireMfa: boolean, grants: Array<{ __typename?: 'Grant', id: string | null, effect: GrantEffect, action: string, validFrom: string | null, validUntil: string | null, scope: { __typename?: 'GrantScope', kind: ScopeKind, ids: Array<string> | null, labels: Record<string, unknown> | null } }>, parents: Array<{ __typename?: 'PermissionSet', id: string, name: string }> } };

export type ClonePermissionSetMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
}>;


export type ClonePermissionSetMutation = { __typename?: 'Mutation', clonePermissionSet: { __typename?: 'PermissionSet', id: string, name: string, description: string, isBuiltin: boolean, requireMfa: boolean, grants: Array<{ __typename?: 'Grant', id: string | null, effect: GrantEffect, action: string, validFrom: string | null, validUntil: string | null, scope: { __typename?: 'GrantScope', kind: ScopeKind, ids: Array<string> | null, labels: Record<string, unknown> | null } }>, parents: Array<{ __typename?: 'PermissionSet', id: string, name: string }> } };

export type DeletePermissionSetMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  force?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type DeletePermissionSetMutation = { __typename?: 'Mutation', deletePermissionSet: boolean };

export type AddPermissionSetParentMutationVariables = Exact<{
  setId: Scalars['ID']['input'];
  parentId: Scalars['ID']['input'];
}>;


export type AddPermissionSetParentMutation = { __typename?: 'Mutation', addPermissionSetParent: { __typename?: 'PermissionSet', id: string, name: string, description: string, isBuiltin: boolean, requireMfa: boolean, grants: Array<{ __typename?: 'Grant', id: string | null, effect: GrantEffect, action: string, validFrom: string | null, validUntil: string | null, scope: { __typename?: 'GrantScope', kind: ScopeKind, ids: Array<string> | null, labels: Record<string, unknown> | null } }>, parents: Array<{ __typename?: 'PermissionSet', id: string, name: string }> } };

export type RemovePermissionSetParentMutationVariables = Exact<{
  setId: Scalars['ID']['input'];
  parentId: Scalars['ID']['input'];
}>;


export type RemovePermissionSetParentMutation = { __typename?: 'Mutation', removePermissionSetParent: { __typename?: 'PermissionSet', id: string, name: string, description: string, isBuiltin: boolean, requireMfa: boolean, grants: Array<{ __typename?: 'Grant', id: string | null, effect: GrantEffect, action: string, validFrom: string | null, validUntil: string | null, scope: { __typename?: 'GrantScope', kind: ScopeKind, ids: Array<string> | null, labels: Record<string, unknown> | null } }>, parents: Array<{ __typename?: 'PermissionSet', id: string, name: string }> } };

export type AssignPermissionSetMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  permissionSetId: Scalars['ID']['input'];
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type AssignPermissionSetMutation = { __typename?: 'Mutation', assignPermissionSet: boolean };

export type RevokePermissionSetMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  permissionSetId: Scalars['ID']['input'];
}>;


export type RevokePermissionSetMutation = { __typename?: 'Mutation', revokePermissionSet: boolean };

export type ReportTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportTemplatesQuery = { __typename?: 'Query', reportTemplates: Array<{ __typename?: 'ReportTemplateInfo', key: ReportTemplate, title: string, description: string, sections: Array<string>, parameters: { __typename?: 'ReportParameters', range: ReportRange, from: string | null, to: string | null, timezone: string, granularity: ReportGranularity, labels: Record<string, unknown> } }> };

export type ReportDefinitionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReportDefinitionQuery = { __typename?: 'Query', reportDefinition: { __typename?: 'ReportDefinition', id: string, name: string, description: string, template: ReportTemplate, sections: Array<string>, ownerId: string | null, version: number, createdAt: string, updatedAt: string, parameters: { __typename?: 'ReportParameters', range: ReportRange, from: string | null, to: string | null, timezone: string, granularity: ReportGranularity, labels: Record<string, unknown> } } };

export type ReportDefinitionsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReportDefinitionsQuery = { __typename?: 'Query', reportDefinitions: { __typename?: 'ReportDefinitionConnection', totalCount: number, edges: Array<{ __typename?: 'ReportDefinitionEdge', cursor: string, node: { __typename?: 'ReportDefinition', id: string, name: string, description: string, template: ReportTemplate, sections: Array<string>, ownerId: string | null, version: number, createdAt: string, updatedAt: string, parameters: { __typename?: 'ReportParameters', range: ReportRange, from: string | null, to: string | null, timezone: string, granularity: ReportGranularity, labels: Record<string, unknown> } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type CreateReportDefinitionMutationVariables = Exact<{
  input: CreateReportDefinitionInput;
}>;


export type CreateReportDefinitionMutation = { __typename?: 'Mutation', createReportDefinition: { __typename?: 'ReportDefinition', id: string, name: string, description: string, template: ReportTemplate, sections: Array<string>, ownerId: string | null, version: number, createdAt: string, updatedAt: string, parameters: { __typename?: 'ReportParameters', range: ReportRange, from: string | null, to: string | null, timezone: string, granularity: ReportGranularity, labels: Record<string, unknown> } } };

export type UpdateReportDefinitionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: UpdateReportDefinitionInput;
}>;


export type UpdateReportDefinitionMutation = { __typename?: 'Mutation', updateReportDefinition: { __typename?: 'ReportDefinition', id: string, name: string, description: string, template: ReportTemplate, sections: Array<string>, ownerId: string | null, version: number, createdAt: string, updatedAt: string, parameters: { __typename?: 'ReportParameters', range: ReportRange, from: string | null, to: string | null, timezone: string, granularity: ReportGranularity, labels: Record<string, unknown> } } };

export type DeleteReportDefinitionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteReportDefinitionMutation = { __typename?: 'Mutation', deleteReportDefinition: { __typename?: 'ReportDefinition', id: string, name: string } };

export type CloneReportDefinitionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
}>;


export type CloneReportDefinitionMutation = { __typename?: 'Mutation', cloneReportDefinition: { __typename?: 'ReportDefinition', id: string, name: string, description: string, template: ReportTemplate, sections: Array<string>, ownerId: string | null, version: number, createdAt: string, updatedAt: string, parameters: { __typename?: 'ReportParameters', range: ReportRange, from: string | null, to: string | null, timezone: string, granularity: ReportGranularity, labels: Record<string, unknown> } } };

export type ReportParametersFieldsFragment = { __typename?: 'ReportParameters', range: ReportRange, from: string | null, to: string | null, timezone: string, granularity: ReportGranularity, labels: Record<string, unknown> };

export type ReportDefinitionFieldsFragment = { __typename?: 'ReportDefinition', id: string, name: string, description: string, template: ReportTemplate, sections: Array<string>, ownerId: string | null, version: number, createdAt: string, updatedAt: string, parameters: { __typename?: 'ReportParameters', range: ReportRange, from: string | null, to: string | null, timezone: string, granularity: ReportGranularity, labels: Record<string, unknown> } };

export type ReportArtifactFieldsFragment = { __typename?: 'ReportArtifact', id: string, format: ReportFormat, contentType: string, fileName: string, sizeBytes: number, sha256: string | null, expiresAt: string, createdAt: string, downloadUrl: string | null };

export type ReportRunFieldsFragment = { __typename?: 'ReportRun', id: string, definitionId: string | null, definitionName: string, template: ReportTemplate, requestedBy: string | null, scheduleId: string | null, formats: Array<ReportFormat>, status: ReportRunStatus, progressPercent: number, stage: string, rowCount: number, error: string | null, attempts: number, cancelRequestedAt: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, artifacts: Array<{ __typename?: 'ReportArtifact', id: string, format: ReportFormat, contentType: string, fileName: string, sizeBytes: number, sha256: string | null, expiresAt: string, createdAt: string, downloadUrl: string | null }> };

export type ReportScheduleFieldsFragment = { __typename?: 'ReportSchedule', id: string, definitionId: string, ownerId: string | null, cron: string, timezone: string, formats: Array<ReportFormat>, skipIfEmpty: boolean, enabled: boolean, disabledReason: string | null, nextRunAt: string | null, lastRunAt: string | null, lastRunId: string | null, version: number, createdAt: string, updatedAt: string, recipients: Array<{ __typename?: 'ReportRecipient', kind: ReportRecipientKind, target: string, secretSet: boolean }> };

export type ReportSchedulesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  definitionId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ReportSchedulesQuery = { __typename?: 'Query', reportSchedules: { __typename?: 'ReportScheduleConnection', totalCount: number, edges: Array<{ __typename?: 'ReportScheduleEdge', cursor: string, node: { __typename?: 'ReportSchedule', id: string, definitionId: string, ownerId: string | null, cron: string, timezone: string, formats: Array<ReportFormat>, skipIfEmpty: boolean, enabled: boolean, disabledReason: string | null, nextRunAt: string | null, lastRunAt: string | null, lastRunId: string | null, version: number, createdAt: string, updatedAt: string, recipients: Array<{ __typename?: 'ReportRecipient', kind: ReportRecipientKind, target: string, secretSet: boolean }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type ReportScheduleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReportScheduleQuery = { __typename?: 'Query', reportSchedule: { __typename?: 'ReportSchedule', id: string, definitionId: string, ownerId: string | null, cron: string, timezone: string, formats: Array<ReportFormat>, skipIfEmpty: boolean, enabled: boolean, disabledReason: string | null, nextRunAt: string | null, lastRunAt: string | null, lastRunId: string | null, version: number, createdAt: string, updatedAt: string, recipients: Array<{ __typename?: 'ReportRecipient', kind: ReportRecipientKind, target: string, secretSet: boolean }> } };

export type CreateReportScheduleMutationVariables = Exact<{
  input: CreateReportScheduleInput;
}>;


export type CreateReportScheduleMutation = { __typename?: 'Mutation', createReportSchedule: { __typename?: 'ReportSchedule', id: string, definitionId: string, ownerId: string | null, cron: string, timezone: string, formats: Array<ReportFormat>, skipIfEmpty: boolean, enabled: boolean, disabledReason: string | null, nextRunAt: string | null, lastRunAt: string | null, lastRunId: string | null, version: number, createdAt: string, updatedAt: string, recipients: Array<{ __typename?: 'ReportRecipient', kind: ReportRecipientKind, target: string, secretSet: boolean }> } };

export type UpdateReportScheduleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateReportScheduleInput;
}>;


export type UpdateReportScheduleMutation = { __typename?: 'Mutation', updateReportSchedule: { __typename?: 'ReportSchedule', id: string, definitionId: string, ownerId: string | null, cron: string, timezone: string, formats: Array<ReportFormat>, skipIfEmpty: boolean, enabled: boolean, disabledReason: string | null, nextRunAt: string | null, lastRunAt: string | null, lastRunId: string | null, version: number, createdAt: string, updatedAt: string, recipients: Array<{ __typename?: 'ReportRecipient', kind: ReportRecipientKind, target: string, secretSet: boolean }> } };

export type DeleteReportScheduleMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteReportScheduleMutation = { __typename?: 'Mutation', deleteReportSchedule: boolean };

export type RunReportMutationVariables = Exact<{
  definitionId: Scalars['ID']['input'];
  formats: Array<ReportFormat> | ReportFormat;
}>;


export type RunReportMutation = { __typename?: 'Mutation', runReport: { __typename?: 'ReportRun', id: string, definitionId: string | null, definitionName: string, template: ReportTemplate, requestedBy: string | null, scheduleId: string | null, formats: Array<ReportFormat>, status: ReportRunStatus, progressPercent: number, stage: string, rowCount: number, error: string | null, attempts: number, cancelRequestedAt: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, artifacts: Array<{ __typename?: 'ReportArtifact', id: string, format: ReportFormat, contentType: string, fileName: string, sizeBytes: number, sha256: string | null, expiresAt: string, createdAt: string, downloadUrl: string | null }> } };

export type CancelReportRunMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelReportRunMutation = { __typename?: 'Mutation', cancelReportRun: { __typename?: 'ReportRun', id: string, definitionId: string | null, definitionName: string, template: ReportTemplate, requestedBy: string | null, scheduleId: string | null, formats: Array<ReportFormat>, status: ReportRunStatus, progressPercent: number, stage: string, rowCount: number, error: string | null, attempts: number, cancelRequestedAt: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, artifacts: Array<{ __typename?: 'ReportArtifact', id: string, format: ReportFormat, contentType: string, fileName: string, sizeBytes: number, sha256: string | null, expiresAt: string, createdAt: string, downloadUrl: string | null }> } };

export type ReportRunQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReportRunQuery = { __typename?: 'Query', reportRun: { __typename?: 'ReportRun', id: string, definitionId: string | null, definitionName: string, template: ReportTemplate, requestedBy: string | null, scheduleId: string | null, formats: Array<ReportFormat>, status: ReportRunStatus, progressPercent: number, stage: string, rowCount: number, error: string | null, attempts: number, cancelRequestedAt: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, artifacts: Array<{ __typename?: 'ReportArtifact', id: string, format: ReportFormat, contentType: string, fileName: string, sizeBytes: number, sha256: string | null, expiresAt: string, createdAt: string, downloadUrl: string | null }> } };

export type ReportRunsQueryVariables = Exact<{
  definitionId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReportRunsQuery = { __typename?: 'Query', reportRuns: { __typename?: 'ReportRunConnection', totalCount: number, edges: Array<{ __typename?: 'ReportRunEdge', cursor: string, node: { __typename?: 'ReportRun', id: string, definitionId: string | null, definitionName: string, template: ReportTemplate, requestedBy: string | null, scheduleId: string | null, formats: Array<ReportFormat>, status: ReportRunStatus, progressPercent: number, stage: string, rowCount: number, error: string | null, attempts: number, cancelRequestedAt: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null, artifacts: Array<{ __typename?: 'ReportArtifact', id: string, format: ReportFormat, contentType: string, fileName: string, sizeBytes: number, sha256: string | null, expiresAt: string, createdAt: string, downloadUrl: string | null }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type ReportRunChangedSubscriptionVariables = Exact<{
  runId: Scalars['ID']['input'];
}>;


export type ReportRunChangedSubscription = { __typename?: 'Subscription', reportRunChanged: { __typename?: 'ReportRun', id: string, status: ReportRunStatus, progressPercent: number, stage: string, rowCount: number, error: string | null, artifacts: Array<{ __typename?: 'ReportArtifact', id: string, format: ReportFormat }> } };

export type ApiKeyFieldsFragment = { __typename?: 'ApiKey', id: string, ownerId: string, name: string, allowedCidrs: Array<string>, expiresAt: string, createdAt: string, revokedAt: string | null, lastUsedAt: string | null, lastUsedIp: string | null, grants: Array<{ __typename?: 'Grant', id: string | null, effect: GrantEffect, action: string, validFrom: string | null, validUntil: string | null, scope: { __typename?: 'GrantScope', kind: ScopeKind, ids: Array<string> | null, labels: Record<string, unknown> | null } }> };

export type ApiKeysQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ApiKeysQuery = { __typename?: 'Query', apiKeys: { __typename?: 'ApiKeyConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'ApiKeyEdge', cursor: string, node: { __typename?: 'ApiKey', id: string, ownerId: string, name: string, allowedCidrs: Array<string>, expiresAt: string, createdAt: string, revokedAt: string | null, lastUsedAt: string | null, lastUsedIp: string | null, grants: Array<{ __typename?: 'Grant', id: string | null, effect: GrantEffect, action: string, validFrom: string | null, validUntil: string | null, scope: { __typename?: 'GrantScope', kind: ScopeKind, ids: Array<string> | null, labels: Record<string, unknown> | null } }> } }> } };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'ApiKeySecretPayload', secret: string, apiKey: { __typename?: 'ApiKey', id: string, ownerId: string, name: string, allowedCidrs: Array<string>, expiresAt: string, createdAt: string, revokedAt: string | null, lastUsedAt: string | null, lastUsedIp: string | null, grants: Array<{ __typename?: 'Grant', id: string | null, effect: GrantEffect, action: string, validFrom: string | null, validUntil: string | null, scope: { __typename?: 'GrantScope', kind: ScopeKind, ids: Array<string> | null, labels: Record<string, unknown> | null } }> } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeApiKeyMutation = { __typename?: 'Mutation', revokeApiKey: boolean };

export type RotateApiKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  overlapSeconds?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RotateApiKeyMutation = { __typename?: 'Mutation', rotateApiKey: { __typename?: 'ApiKeySecretPayload', secret: string, apiKey: { __typename?: 'ApiKey', id: string } } };

export type SetUserIpAllowlistMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  cidrs: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type SetUserIpAllowlistMutation = { __typename?: 'Mutation', setUserIpAllowlist: Array<string> };

export type SetPermissionSetIpAllowlistMutationVariables = Exact<{
  permissionSetId: Scalars['ID']['input'];
  cidrs: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type SetPermissionSetIpAllowlistMutation = { __typename?: 'Mutation', setPermissionSetIpAllowlist: Array<string> };

export type UserIpAllowlistQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UserIpAllowlistQuery = { __typename?: 'Query', user: { __typename?: 'User', id: string, ipAllowlist: Array<string> | null } };

export type PermissionSetIpAllowlistQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PermissionSetIpAllowlistQuery = { __typename?: 'Query', permissionSet: { __typename?: 'PermissionSet', id: string, ipAllowlist: Array<string> | null } };

export type RateLimitPolicyFieldsFragment = { __typename?: 'RateLimitPolicy', id: string, name: string, subjectKind: RateLimitSubjectKind, subjectValue: string, requestsPerWindow: number, windowSeconds: number, costPerMinute: number | null, enabled: boolean, createdAt: string, updatedAt: string };

export type RateLimitPoliciesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RateLimitPoliciesQuery = { __typename?: 'Query', rateLimitPolicies: { __typename?: 'RateLimitPolicyConnection', totalCount: number, edges: Array<{ __typename?: 'RateLimitPolicyEdge', cursor: string, node: { __typename?: 'RateLimitPolicy', id: string, name: string, subjectKind: RateLimitSubjectKind, subjectValue: string, requestsPerWindow: number, windowSeconds: number, costPerMinute: number | null, enabled: boolean, createdAt: string, updatedAt: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type RateLimitStatsQueryVariables = Exact<{
  windowMinutes?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RateLimitStatsQuery = { __typename?: 'Query', rateLimitStats: Array<{ __typename?: 'RateLimitStat', limit: RateLimitKind, policy: string, userId: string | null, ip: string | null, refusals: number, lastRefusedAt: string }> };

export type CreateRateLimitPolicyMutationVariables = Exact<{
  input: CreateRateLimitPolicyInput;
}>;


export type CreateRateLimitPolicyMutation = { __typename?: 'Mutation', createRateLimitPolicy: { __typename?: 'RateLimitPolicy', id: string, name: string, subjectKind: RateLimitSubjectKind, subjectValue: string, requestsPerWindow: number, windowSeconds: number, costPerMinute: number | null, enabled: boolean, createdAt: string, updatedAt: string } };

export type UpdateRateLimitPolicyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateRateLimitPolicyInput;
}>;


export type UpdateRateLimitPolicyMutation = { __typename?: 'Mutation', updateRateLimitPolicy: { __typename?: 'RateLimitPolicy', id: string, name: string, subjectKind: RateLimitSubjectKind, subjectValue: string, requestsPerWindow: number, windowSeconds: number, costPerMinute: number | null, enabled: boolean, createdAt: string, updatedAt: string } };

export type DeleteRateLimitPolicyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteRateLimitPolicyMutation = { __typename?: 'Mutation', deleteRateLimitPolicy: boolean };

export type SecurityEventFieldsFragment = { __typename?: 'SecurityEvent', id: string, occurredAt: string, kind: SecurityEventKind, severity: SecuritySeverity, userId: string | null, apiKeyId: string | null, ip: string | null, userAgent: string | null, summary: string, details: Record<string, unknown>, requestId: string | null };

export type SecurityEventsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SecurityEventFilter>;
}>;


export type SecurityEventsQuery = { __typename?: 'Query', securityEvents: { __typename?: 'SecurityEventConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'SecurityEventEdge', cursor: string, node: { __typename?: 'SecurityEvent', id: string, occurredAt: string, kind: SecurityEventKind, severity: SecuritySeverity, userId: string | null, apiKeyId: string | null, ip: string | null, userAgent: string | null, summary: string, details: Record<string, unknown>, requestId: string | null, auditEvents: Array<{ __typename?: 'AuditLog', id: string, action: string, actorId: string | null, targetId: string | null, outcome: AuditOutcome, ip: string | null, requestId: string | null, chainSeq: number | null }> | null } }> } };

export type SecurityEventCountQueryVariables = Exact<{
  filter?: InputMaybe<SecurityEventFilter>;
}>;


export type SecurityEventCountQuery = { __typename?: 'Query', securityEvents: { __typename?: 'SecurityEventConnection', totalCount: number } };

export type SecurityEventRaisedSubscriptionVariables = Exact<{
  minSeverity?: InputMaybe<SecuritySeverity>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SecurityEventRaisedSubscription = { __typename?: 'Subscription', securityEventRaised: { __typename?: 'SecurityEvent', cursor: string | null, id: string, occurredAt: string, kind: SecurityEventKind, severity: SecuritySeverity, userId: string | null, apiKeyId: string | null, ip: string | null, userAgent: string | null, summary: string, details: Record<string, unknown>, requestId: string | null } };

export type ResetMfaMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type ResetMfaMutation = { __typename?: 'Mutation', resetMfa: boolean };

export type RotateEncryptionKeyMutationVariables = Exact<{ [key: string]: never; }>;


export type RotateEncryptionKeyMutation = { __typename?: 'Mutation', rotateEncryptionKey: { __typename?: 'EncryptionKeyRotation', keyId: string, retiredKeyId: string | null, resealed: number } };

export type PageInfoFieldsFragment = { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null };

export type UserFieldsFragment = { __typename?: 'User', id: string, email: string | null, name: string, status: UserStatus, labels: Record<string, unknown>, createdAt: string, updatedAt: string, lastLoginAt: string | null, deletedAt: string | null, mfaEnabled: boolean, permissionSets: Array<{ __typename?: 'PermissionSet', id: string, name: string }> };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'User', id: string, email: string | null, name: string, status: UserStatus, labels: Record<string, unknown>, createdAt: string, updatedAt: string, lastLoginAt: string | null, deletedAt: string | null, mfaEnabled: boolean, permissionSets: Array<{ __typename?: 'PermissionSet', id: string, name: string }> } };

export type UpdateUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { __typename?: 'Mutation', updateUser: { __typename?: 'User', id: string, email: string | null, name: string, status: UserStatus, labels: Record<string, unknown>, createdAt: string, updatedAt: string, lastLoginAt: string | null, deletedAt: string | null, mfaEnabled: boolean, permissionSets: Array<{ __typename?: 'PermissionSet', id: string, name: string }> } };

export type SuspendUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SuspendUserMutation = { __typename?: 'Mutation', suspendUser: { __typename?: 'User', id: string, email: string | null, name: string, status: UserStatus, labels: Record<string, unknown>, createdAt: string, updatedAt: string, lastLoginAt: string | null, deletedAt: string | null, mfaEnabled: boolean, permissionSets: Array<{ __typename?: 'PermissionSet', id: string, name: string }> } };

export type ReactivateUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReactivateUserMutation = { __typename?: 'Mutation', reactivateUser: { __typename?: 'User', id: string, email: string | null, name: string, status: UserStatus, labels: Record<string, unknown>, createdAt: string, updatedAt: string, lastLoginAt: string | null, deletedAt: string | null, mfaEnabled: boolean, permissionSets: Array<{ __typename?: 'PermissionSet', id: string, name: string }> } };

export type DeleteUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteUserMutation = { __typename?: 'Mutation', deleteUser: { __typename?: 'User', id: string, email: string | null, name: string, status: UserStatus, labels: Record<string, unknown>, createdAt: string, updatedAt: string, lastLoginAt: string | null, deletedAt: string | null, mfaEnabled: boolean, permissionSets: Array<{ __typename?: 'PermissionSet', id: string, name: string }> } };

export type RestoreUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RestoreUserMutation = { __typename?: 'Mutation', restoreUser: { __typename?: 'User', id: string, email: string | null, name: string, status: UserStatus, labels: Record<string, unknown>, createdAt: string, updatedAt: string, lastLoginAt: string | null, deletedAt: string | null, mfaEnabled: boolean, permissionSets: Array<{ __typename?: 'PermissionSet', id: string, name: string }> } };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ChangePasswordMutation = { __typename?: 'Mutation', changePassword: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, email: string | null, name: string, status: UserStatus, labels: Record<string, unknown>, createdAt: string, updatedAt: string, lastLoginAt: string | null, deletedAt: string | null, mfaEnabled: boolean, permissionSets: Array<{ __typename?: 'PermissionSet', id: string, name: string }> } };

export type UserQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type UserQuery = { __typename?: 'Query', user: { __typename?: 'User', id: string, email: string | null, name: string, status: UserStatus, labels: Record<string, unknown>, createdAt: string, updatedAt: string, lastLoginAt: string | null, deletedAt: string | null, mfaEnabled: boolean, permissionSets: Array<{ __typename?: 'PermissionSet', id: string, name: string }> } };

export type UsersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UserFilter>;
}>;


export type UsersQuery = { __typename?: 'Query', users: { __typename?: 'UserConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'UserEdge', cursor: string, node: { __typename?: 'User', id: string, email: string | null, name: string, status: UserStatus, labels: Record<string, unknown>, createdAt: string, updatedAt: string, lastLoginAt: string | null, deletedAt: string | null, mfaEnabled: boolean, permissionSets: Array<{ __typename?: 'PermissionSet', id: string, name: string }> } }> } };

export type UserChangedSubscriptionVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type UserChangedSubscription = { __typename?: 'Subscription', userChanged: { __typename?: 'UserChange', kind: UserChangeKind, cursor: string, user: { __typename?: 'User', id: string, email: string | null, name: string, status: UserStatus, labels: Record<string, unknown>, createdAt: string, updatedAt: string, lastLoginAt: string | null, deletedAt: string | null, mfaEnabled: boolean, permissionSets: Array<{ __typename?: 'PermissionSet', id: string, name: string }> } } };

export const AlertRuleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"builtin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"matchers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"windowSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expr"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"intervalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"forSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"keepFiringForSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"noDataState"}},{"kind":"Field","name":{"kind":"Name","value":"execErrState"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"annotations"}},{"kind":"Field","name":{"kind":"Name","value":"escalationPolicyId"}},{"kind":"Field","name":{"kind":"Name","value":"cooldownSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"defaultKey"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nextEvaluationAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastEvaluatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastEvaluationMs"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]} as unknown as DocumentNode<AlertRuleFieldsFragment, unknown>;
export const AlertNotificationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertNotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertNotification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"channelType"}},{"kind":"Field","name":{"kind":"Name","value":"origin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]} as unknown as DocumentNode<AlertNotificationFieldsFragment, unknown>;
export const NotificationChannelFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationChannelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationChannel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"settings"}},{"kind":"Field","name":{"kind":"Name","value":"secretsSet"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<NotificationChannelFieldsFragment, unknown>;
export const NotificationDeliveryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"channelType"}},{"kind":"Field","name":{"kind":"Name","value":"origin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"retryAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]} as unknown as DocumentNode<NotificationDeliveryFieldsFragment, unknown>;
export const EscalationPolicyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EscalationPolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EscalationPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channelIds"}},{"kind":"Field","name":{"kind":"Name","value":"userIds"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"ackTimeoutSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"userEmailChannelId"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<EscalationPolicyFieldsFragment, unknown>;
export const AlertFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"annotations"}},{"kind":"Field","name":{"kind":"Name","value":"generatorUrl"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReceivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"silencedBy"}},{"kind":"Field","name":{"kind":"Name","value":"inhibitedBy"}},{"kind":"Field","name":{"kind":"Name","value":"flapping"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AlertFieldsFragment, unknown>;
export const SilenceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SilenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Silence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matchers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"expiredBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SilenceFieldsFragment, unknown>;
export const InhibitionRuleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InhibitionRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InhibitionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceMatchers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetMatchers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"equal"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<InhibitionRuleFieldsFragment, unknown>;
export const AlertRouteFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRouteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRoute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matchers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"continue"}},{"kind":"Field","name":{"kind":"Name","value":"receivers"}},{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"groupWait"}},{"kind":"Field","name":{"kind":"Name","value":"groupInterval"}},{"kind":"Field","name":{"kind":"Name","value":"repeatInterval"}},{"kind":"Field","name":{"kind":"Name","value":"muteTimeIntervals"}},{"kind":"Field","name":{"kind":"Name","value":"activeTimeIntervals"}}]}}]} as unknown as DocumentNode<AlertRouteFieldsFragment, unknown>;
export const AlertRoutingTreeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRoutingTreeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRoutingTree"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"root"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRouteFields"}},{"kind":"Field","name":{"kind":"Name","value":"routes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRouteFields"}},{"kind":"Field","name":{"kind":"Name","value":"routes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRouteFields"}},{"kind":"Field","name":{"kind":"Name","value":"routes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRouteFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRouteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRoute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matchers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"continue"}},{"kind":"Field","name":{"kind":"Name","value":"receivers"}},{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"groupWait"}},{"kind":"Field","name":{"kind":"Name","value":"groupInterval"}},{"kind":"Field","name":{"kind":"Name","value":"repeatInterval"}},{"kind":"Field","name":{"kind":"Name","value":"muteTimeIntervals"}},{"kind":"Field","name":{"kind":"Name","value":"activeTimeIntervals"}}]}}]} as unknown as DocumentNode<AlertRoutingTreeFieldsFragment, unknown>;
export const AlertTimeIntervalFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertTimeIntervalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertTimeInterval"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ranges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"times"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfMonth"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AlertTimeIntervalFieldsFragment, unknown>;
export const AuditLogFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditLogFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorType"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"chainSeq"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]} as unknown as DocumentNode<AuditLogFieldsFragment, unknown>;
export const AuthPayloadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}}]}}]}}]} as unknown as DocumentNode<AuthPayloadFieldsFragment, unknown>;
export const CacheStatsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CacheStatsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CacheStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"trusted"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"misses"}},{"kind":"Field","name":{"kind":"Name","value":"bypasses"}},{"kind":"Field","name":{"kind":"Name","value":"evictions"}},{"kind":"Field","name":{"kind":"Name","value":"invalidations"}},{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"maxEntries"}}]}}]} as unknown as DocumentNode<CacheStatsFieldsFragment, unknown>;
export const GrantScopeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantScopeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantScope"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ids"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}}]}}]} as unknown as DocumentNode<GrantScopeFieldsFragment, unknown>;
export const EffectiveGrantFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EffectiveGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EffectiveGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantScopeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"setId"}},{"kind":"Field","name":{"kind":"Name","value":"setName"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"grantId"}},{"kind":"Field","name":{"kind":"Name","value":"delegationId"}},{"kind":"Field","name":{"kind":"Name","value":"delegatorId"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantScopeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantScope"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ids"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}}]}}]} as unknown as DocumentNode<EffectiveGrantFieldsFragment, unknown>;
export const GrantFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantScopeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantScopeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantScope"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ids"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}}]}}]} as unknown as DocumentNode<GrantFieldsFragment, unknown>;
export const PermissionSetFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PermissionSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PermissionSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isBuiltin"}},{"kind":"Field","name":{"kind":"Name","value":"requireMfa"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantScopeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantScope"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ids"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantScopeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]} as unknown as DocumentNode<PermissionSetFieldsFragment, unknown>;
export const DelegationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"delegatorId"}},{"kind":"Field","name":{"kind":"Name","value":"delegateeId"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantScopeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantScope"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ids"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantScopeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]} as unknown as DocumentNode<DelegationFieldsFragment, unknown>;
export const ReportParametersFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportParametersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportParameters"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"range"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"granularity"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}}]}}]} as unknown as DocumentNode<ReportParametersFieldsFragment, unknown>;
export const ReportDefinitionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportParametersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportParametersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportParameters"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"range"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"granularity"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}}]}}]} as unknown as DocumentNode<ReportDefinitionFieldsFragment, unknown>;
export const ReportArtifactFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportArtifactFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportArtifact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<ReportArtifactFieldsFragment, unknown>;
export const ReportRunFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"definitionId"}},{"kind":"Field","name":{"kind":"Name","value":"definitionName"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleId"}},{"kind":"Field","name":{"kind":"Name","value":"formats"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"cancelRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"artifacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportArtifactFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportArtifactFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportArtifact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<ReportRunFieldsFragment, unknown>;
export const ReportScheduleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportScheduleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportSchedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"definitionId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"cron"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"formats"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"secretSet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skipIfEmpty"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"nextRunAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastRunAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastRunId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ReportScheduleFieldsFragment, unknown>;
export const ApiKeyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedCidrs"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedIp"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantScopeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantScope"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ids"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantScopeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]} as unknown as DocumentNode<ApiKeyFieldsFragment, unknown>;
export const RateLimitPolicyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RateLimitPolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subjectKind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectValue"}},{"kind":"Field","name":{"kind":"Name","value":"requestsPerWindow"}},{"kind":"Field","name":{"kind":"Name","value":"windowSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"costPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<RateLimitPolicyFieldsFragment, unknown>;
export const SecurityEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecurityEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SecurityEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]} as unknown as DocumentNode<SecurityEventFieldsFragment, unknown>;
export const PageInfoFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PageInfoFieldsFragment, unknown>;
export const UserFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"permissionSets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UserFieldsFragment, unknown>;
export const AlertRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRuleFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"builtin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"matchers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"windowSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expr"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"intervalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"forSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"keepFiringForSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"noDataState"}},{"kind":"Field","name":{"kind":"Name","value":"execErrState"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"annotations"}},{"kind":"Field","name":{"kind":"Name","value":"escalationPolicyId"}},{"kind":"Field","name":{"kind":"Name","value":"cooldownSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"defaultKey"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nextEvaluationAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastEvaluatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastEvaluationMs"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]} as unknown as DocumentNode<AlertRulesQuery, AlertRulesQueryVariables>;
export const AlertRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRuleFields"}},{"kind":"Field","name":{"kind":"Name","value":"instances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"activeSince"}},{"kind":"Field","name":{"kind":"Name","value":"lastValue"}},{"kind":"Field","name":{"kind":"Name","value":"flapping"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"builtin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"matchers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"windowSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expr"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"intervalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"forSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"keepFiringForSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"noDataState"}},{"kind":"Field","name":{"kind":"Name","value":"execErrState"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"annotations"}},{"kind":"Field","name":{"kind":"Name","value":"escalationPolicyId"}},{"kind":"Field","name":{"kind":"Name","value":"cooldownSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"defaultKey"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nextEvaluationAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastEvaluatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastEvaluationMs"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]} as unknown as DocumentNode<AlertRuleQuery, AlertRuleQueryVariables>;
export const AlertStateHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertStateHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertStateHistoryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertStateHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"flapping"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AlertStateHistoryQuery, AlertStateHistoryQueryVariables>;
export const CreateAlertRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAlertRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAlertRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRuleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"builtin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"matchers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"windowSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expr"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"intervalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"forSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"keepFiringForSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"noDataState"}},{"kind":"Field","name":{"kind":"Name","value":"execErrState"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"annotations"}},{"kind":"Field","name":{"kind":"Name","value":"escalationPolicyId"}},{"kind":"Field","name":{"kind":"Name","value":"cooldownSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"defaultKey"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nextEvaluationAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastEvaluatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastEvaluationMs"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]} as unknown as DocumentNode<CreateAlertRuleMutation, CreateAlertRuleMutationVariables>;
export const UpdateAlertRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAlertRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAlertRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRuleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"builtin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"matchers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"windowSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expr"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"intervalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"forSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"keepFiringForSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"noDataState"}},{"kind":"Field","name":{"kind":"Name","value":"execErrState"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"annotations"}},{"kind":"Field","name":{"kind":"Name","value":"escalationPolicyId"}},{"kind":"Field","name":{"kind":"Name","value":"cooldownSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"defaultKey"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nextEvaluationAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastEvaluatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastEvaluationMs"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]} as unknown as DocumentNode<UpdateAlertRuleMutation, UpdateAlertRuleMutationVariables>;
export const SetAlertRuleEnabledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAlertRuleEnabled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAlertRuleEnabled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"enabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRuleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"builtin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"matchers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"windowSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expr"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"intervalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"forSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"keepFiringForSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"noDataState"}},{"kind":"Field","name":{"kind":"Name","value":"execErrState"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"annotations"}},{"kind":"Field","name":{"kind":"Name","value":"escalationPolicyId"}},{"kind":"Field","name":{"kind":"Name","value":"cooldownSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"defaultKey"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nextEvaluationAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastEvaluatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastEvaluationMs"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]} as unknown as DocumentNode<SetAlertRuleEnabledMutation, SetAlertRuleEnabledMutationVariables>;
export const DeleteAlertRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAlertRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAlertRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteAlertRuleMutation, DeleteAlertRuleMutationVariables>;
export const AlertRuleStateChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AlertRuleStateChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ruleId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertRuleStateChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ruleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ruleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"ruleName"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"flapping"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]} as unknown as DocumentNode<AlertRuleStateChangedSubscription, AlertRuleStateChangedSubscriptionVariables>;
export const AlertNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertNotificationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertNotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertNotification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"channelType"}},{"kind":"Field","name":{"kind":"Name","value":"origin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]} as unknown as DocumentNode<AlertNotificationsQuery, AlertNotificationsQueryVariables>;
export const AlertsWithNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertsWithNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertNotificationFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertNotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertNotification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"channelType"}},{"kind":"Field","name":{"kind":"Name","value":"origin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]} as unknown as DocumentNode<AlertsWithNotificationsQuery, AlertsWithNotificationsQueryVariables>;
export const AlertStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertStatsGroupBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"label"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"top"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"label"},"value":{"kind":"Variable","name":{"kind":"Name","value":"label"}}},{"kind":"Argument","name":{"kind":"Name","value":"top"},"value":{"kind":"Variable","name":{"kind":"Name","value":"top"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"mttaSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"mttrSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySeverity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"mttaSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"mttrSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noisiest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flappingCount"}},{"kind":"Field","name":{"kind":"Name","value":"flapping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}}]}}]}}]}}]} as unknown as DocumentNode<AlertStatsQuery, AlertStatsQueryVariables>;
export const ChannelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Channels"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationChannelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationChannelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationChannel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"settings"}},{"kind":"Field","name":{"kind":"Name","value":"secretsSet"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ChannelsQuery, ChannelsQueryVariables>;
export const CreateChannelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateChannelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationChannelFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationChannelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationChannel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"settings"}},{"kind":"Field","name":{"kind":"Name","value":"secretsSet"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateChannelMutation, CreateChannelMutationVariables>;
export const UpdateChannelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateChannelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationChannelFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationChannelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationChannel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"settings"}},{"kind":"Field","name":{"kind":"Name","value":"secretsSet"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateChannelMutation, UpdateChannelMutationVariables>;
export const DeleteChannelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteChannelMutation, DeleteChannelMutationVariables>;
export const TestChannelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationDeliveryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"channelType"}},{"kind":"Field","name":{"kind":"Name","value":"origin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"retryAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]} as unknown as DocumentNode<TestChannelMutation, TestChannelMutationVariables>;
export const NotificationDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationDeliveryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationDeliveryFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"channelType"}},{"kind":"Field","name":{"kind":"Name","value":"origin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"retryAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]} as unknown as DocumentNode<NotificationDeliveriesQuery, NotificationDeliveriesQueryVariables>;
export const RetryDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationDeliveryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"channelType"}},{"kind":"Field","name":{"kind":"Name","value":"origin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"retryAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]} as unknown as DocumentNode<RetryDeliveryMutation, RetryDeliveryMutationVariables>;
export const EscalationPoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EscalationPolicies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalationPolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EscalationPolicyFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EscalationPolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EscalationPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channelIds"}},{"kind":"Field","name":{"kind":"Name","value":"userIds"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"ackTimeoutSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"userEmailChannelId"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<EscalationPoliciesQuery, EscalationPoliciesQueryVariables>;
export const CreateEscalationPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEscalationPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEscalationPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEscalationPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EscalationPolicyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EscalationPolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EscalationPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channelIds"}},{"kind":"Field","name":{"kind":"Name","value":"userIds"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"ackTimeoutSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"userEmailChannelId"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateEscalationPolicyMutation, CreateEscalationPolicyMutationVariables>;
export const UpdateEscalationPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEscalationPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEscalationPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEscalationPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EscalationPolicyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EscalationPolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EscalationPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channelIds"}},{"kind":"Field","name":{"kind":"Name","value":"userIds"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"ackTimeoutSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"userEmailChannelId"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateEscalationPolicyMutation, UpdateEscalationPolicyMutationVariables>;
export const DeleteEscalationPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteEscalationPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEscalationPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteEscalationPolicyMutation, DeleteEscalationPolicyMutationVariables>;
export const AlertEscalationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertEscalation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"escalation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"policyName"}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channelIds"}},{"kind":"Field","name":{"kind":"Name","value":"userIds"}},{"kind":"Field","name":{"kind":"Name","value":"timeoutSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repeatCount"}},{"kind":"Field","name":{"kind":"Name","value":"ackTimeoutSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}}]}}]}}]}}]} as unknown as DocumentNode<AlertEscalationQuery, AlertEscalationQueryVariables>;
export const AlertsWithEscalationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertsWithEscalation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"escalation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyName"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AlertsWithEscalationQuery, AlertsWithEscalationQueryVariables>;
export const AcknowledgeAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"annotations"}},{"kind":"Field","name":{"kind":"Name","value":"generatorUrl"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReceivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"silencedBy"}},{"kind":"Field","name":{"kind":"Name","value":"inhibitedBy"}},{"kind":"Field","name":{"kind":"Name","value":"flapping"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AcknowledgeAlertMutation, AcknowledgeAlertMutationVariables>;
export const UnacknowledgeAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnacknowledgeAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unacknowledgeAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"annotations"}},{"kind":"Field","name":{"kind":"Name","value":"generatorUrl"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReceivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"silencedBy"}},{"kind":"Field","name":{"kind":"Name","value":"inhibitedBy"}},{"kind":"Field","name":{"kind":"Name","value":"flapping"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UnacknowledgeAlertMutation, UnacknowledgeAlertMutationVariables>;
export const ResolveAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"annotations"}},{"kind":"Field","name":{"kind":"Name","value":"generatorUrl"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReceivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"silencedBy"}},{"kind":"Field","name":{"kind":"Name","value":"inhibitedBy"}},{"kind":"Field","name":{"kind":"Name","value":"flapping"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ResolveAlertMutation, ResolveAlertMutationVariables>;
export const SnoozeAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SnoozeAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"snoozeAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"annotations"}},{"kind":"Field","name":{"kind":"Name","value":"generatorUrl"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReceivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"silencedBy"}},{"kind":"Field","name":{"kind":"Name","value":"inhibitedBy"}},{"kind":"Field","name":{"kind":"Name","value":"flapping"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SnoozeAlertMutation, SnoozeAlertMutationVariables>;
export const AddAlertNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAlertNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAlertNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"annotations"}},{"kind":"Field","name":{"kind":"Name","value":"generatorUrl"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReceivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"silencedBy"}},{"kind":"Field","name":{"kind":"Name","value":"inhibitedBy"}},{"kind":"Field","name":{"kind":"Name","value":"flapping"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AddAlertNoteMutation, AddAlertNoteMutationVariables>;
export const CreateSilenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSilence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SilenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSilence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SilenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SilenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Silence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matchers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"expiredBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateSilenceMutation, CreateSilenceMutationVariables>;
export const UpdateSilenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSilence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SilenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSilence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SilenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SilenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Silence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matchers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"expiredBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateSilenceMutation, UpdateSilenceMutationVariables>;
export const ExpireSilenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExpireSilence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expireSilence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SilenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SilenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Silence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matchers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"expiredBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ExpireSilenceMutation, ExpireSilenceMutationVariables>;
export const CreateInhibitionRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInhibitionRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InhibitionRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInhibitionRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InhibitionRuleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InhibitionRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InhibitionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceMatchers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetMatchers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"equal"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CreateInhibitionRuleMutation, CreateInhibitionRuleMutationVariables>;
export const DeleteInhibitionRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteInhibitionRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteInhibitionRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InhibitionRuleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InhibitionRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InhibitionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceMatchers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetMatchers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"equal"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<DeleteInhibitionRuleMutation, DeleteInhibitionRuleMutationVariables>;
export const AlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Alert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"annotations"}},{"kind":"Field","name":{"kind":"Name","value":"generatorUrl"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReceivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"silencedBy"}},{"kind":"Field","name":{"kind":"Name","value":"inhibitedBy"}},{"kind":"Field","name":{"kind":"Name","value":"flapping"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AlertQuery, AlertQueryVariables>;
export const AlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Alerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"annotations"}},{"kind":"Field","name":{"kind":"Name","value":"generatorUrl"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReceivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"silencedBy"}},{"kind":"Field","name":{"kind":"Name","value":"inhibitedBy"}},{"kind":"Field","name":{"kind":"Name","value":"flapping"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AlertsQuery, AlertsQueryVariables>;
export const AlertTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alertId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertTimeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"alertId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alertId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorType"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AlertTimelineQuery, AlertTimelineQueryVariables>;
export const SilenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Silence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"silence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SilenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SilenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Silence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matchers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"expiredBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SilenceQuery, SilenceQueryVariables>;
export const SilencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Silences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SilenceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"silences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SilenceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SilenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Silence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matchers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"expiredBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<SilencesQuery, SilencesQueryVariables>;
export const InhibitionRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InhibitionRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inhibitionRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InhibitionRuleFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InhibitionRuleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InhibitionRule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceMatchers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetMatchers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"equal"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<InhibitionRulesQuery, InhibitionRulesQueryVariables>;
export const AlertRoutingTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertRoutingTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertRoutingTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRoutingTreeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRouteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRoute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matchers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"continue"}},{"kind":"Field","name":{"kind":"Name","value":"receivers"}},{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"groupWait"}},{"kind":"Field","name":{"kind":"Name","value":"groupInterval"}},{"kind":"Field","name":{"kind":"Name","value":"repeatInterval"}},{"kind":"Field","name":{"kind":"Name","value":"muteTimeIntervals"}},{"kind":"Field","name":{"kind":"Name","value":"activeTimeIntervals"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRoutingTreeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRoutingTree"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"root"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRouteFields"}},{"kind":"Field","name":{"kind":"Name","value":"routes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRouteFields"}},{"kind":"Field","name":{"kind":"Name","value":"routes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRouteFields"}},{"kind":"Field","name":{"kind":"Name","value":"routes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRouteFields"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AlertRoutingTreeQuery, AlertRoutingTreeQueryVariables>;
export const SetAlertRoutingTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAlertRoutingTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRouteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAlertRoutingTree"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRoutingTreeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRouteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRoute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matchers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"continue"}},{"kind":"Field","name":{"kind":"Name","value":"receivers"}},{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"groupWait"}},{"kind":"Field","name":{"kind":"Name","value":"groupInterval"}},{"kind":"Field","name":{"kind":"Name","value":"repeatInterval"}},{"kind":"Field","name":{"kind":"Name","value":"muteTimeIntervals"}},{"kind":"Field","name":{"kind":"Name","value":"activeTimeIntervals"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertRoutingTreeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertRoutingTree"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"root"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRouteFields"}},{"kind":"Field","name":{"kind":"Name","value":"routes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRouteFields"}},{"kind":"Field","name":{"kind":"Name","value":"routes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRouteFields"}},{"kind":"Field","name":{"kind":"Name","value":"routes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertRouteFields"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SetAlertRoutingTreeMutation, SetAlertRoutingTreeMutationVariables>;
export const AlertTimeIntervalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertTimeIntervals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertTimeIntervals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertTimeIntervalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertTimeIntervalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertTimeInterval"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ranges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"times"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfMonth"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AlertTimeIntervalsQuery, AlertTimeIntervalsQueryVariables>;
export const CreateAlertTimeIntervalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAlertTimeInterval"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertTimeIntervalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAlertTimeInterval"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertTimeIntervalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertTimeIntervalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertTimeInterval"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ranges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"times"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfMonth"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateAlertTimeIntervalMutation, CreateAlertTimeIntervalMutationVariables>;
export const UpdateAlertTimeIntervalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAlertTimeInterval"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertTimeIntervalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAlertTimeInterval"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertTimeIntervalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertTimeIntervalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlertTimeInterval"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ranges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"times"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weekdays"}},{"kind":"Field","name":{"kind":"Name","value":"daysOfMonth"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateAlertTimeIntervalMutation, UpdateAlertTimeIntervalMutationVariables>;
export const DeleteAlertTimeIntervalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAlertTimeInterval"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAlertTimeInterval"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteAlertTimeIntervalMutation, DeleteAlertTimeIntervalMutationVariables>;
export const AlertChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AlertChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"annotations"}},{"kind":"Field","name":{"kind":"Name","value":"generatorUrl"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastReceivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"snoozedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"silencedBy"}},{"kind":"Field","name":{"kind":"Name","value":"inhibitedBy"}},{"kind":"Field","name":{"kind":"Name","value":"flapping"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AlertChangedSubscription, AlertChangedSubscriptionVariables>;
export const AuditIntegrityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditIntegrity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"full"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditIntegrity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"full"},"value":{"kind":"Variable","name":{"kind":"Name","value":"full"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenSeq"}},{"kind":"Field","name":{"kind":"Name","value":"headSeq"}},{"kind":"Field","name":{"kind":"Name","value":"headHash"}},{"kind":"Field","name":{"kind":"Name","value":"full"}},{"kind":"Field","name":{"kind":"Name","value":"fromSeq"}},{"kind":"Field","name":{"kind":"Name","value":"checkpointsChecked"}},{"kind":"Field","name":{"kind":"Name","value":"invalidCheckpoints"}}]}}]}}]} as unknown as DocumentNode<AuditIntegrityQuery, AuditIntegrityQueryVariables>;
export const AuditLogsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLogs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditLogFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditLogFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorType"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"chainSeq"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<AuditLogsQuery, AuditLogsQueryVariables>;
export const AuditLogCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLogCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AuditLogCountQuery, AuditLogCountQueryVariables>;
export const AuditLoggedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AuditLogged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLogged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditLogFields"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditLogFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorType"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"chainSeq"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]} as unknown as DocumentNode<AuditLoggedSubscription, AuditLoggedSubscriptionVariables>;
export const UnlockAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlockAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlockAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<UnlockAccountMutation, UnlockAccountMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RefreshSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const SessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Sessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<SessionsQuery, SessionsQueryVariables>;
export const RevokeSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RevokeSessionMutation, RevokeSessionMutationVariables>;
export const EnrollTotpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrollTotp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollTotp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"otpauthUri"}},{"kind":"Field","name":{"kind":"Name","value":"qrCodeSvg"}}]}}]}}]} as unknown as DocumentNode<EnrollTotpMutation, EnrollTotpMutationVariables>;
export const ConfirmTotpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmTotp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmTotp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}]}}]} as unknown as DocumentNode<ConfirmTotpMutation, ConfirmTotpMutationVariables>;
export const DisableTotpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableTotp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableTotp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}]}}]} as unknown as DocumentNode<DisableTotpMutation, DisableTotpMutationVariables>;
export const VerifyMfaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyMfa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"challenge"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyMfa"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"challenge"},"value":{"kind":"Variable","name":{"kind":"Name","value":"challenge"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}}]}}]}}]} as unknown as DocumentNode<VerifyMfaMutation, VerifyMfaMutationVariables>;
export const ReauthenticateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Reauthenticate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reauthenticate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authLevel"}},{"kind":"Field","name":{"kind":"Name","value":"authenticatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<ReauthenticateMutation, ReauthenticateMutationVariables>;
export const BeginOidcLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BeginOidcLogin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beginOidcLogin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<BeginOidcLoginMutation, BeginOidcLoginMutationVariables>;
export const CompleteOidcLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteOidcLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callbackUrl"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeOidcLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callbackUrl"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callbackUrl"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}}]}}]}}]} as unknown as DocumentNode<CompleteOidcLoginMutation, CompleteOidcLoginMutationVariables>;
export const CacheStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CacheStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cacheStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CacheStatsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CacheStatsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CacheStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"trusted"}},{"kind":"Field","name":{"kind":"Name","value":"hits"}},{"kind":"Field","name":{"kind":"Name","value":"misses"}},{"kind":"Field","name":{"kind":"Name","value":"bypasses"}},{"kind":"Field","name":{"kind":"Name","value":"evictions"}},{"kind":"Field","name":{"kind":"Name","value":"invalidations"}},{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"maxEntries"}}]}}]} as unknown as DocumentNode<CacheStatsQuery, CacheStatsQueryVariables>;
export const InvalidateCacheDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvalidateCache"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tags"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invalidateCache"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tags"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tags"}}}]}]}}]} as unknown as DocumentNode<InvalidateCacheMutation, InvalidateCacheMutationVariables>;
export const ErrorStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ErrorStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"top"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errorStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"top"},"value":{"kind":"Variable","name":{"kind":"Name","value":"top"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byOperation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topMessages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sampleRequestId"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}}]}}]}}]}}]} as unknown as DocumentNode<ErrorStatsQuery, ErrorStatsQueryVariables>;
export const PushMetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PushMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"samples"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricSampleInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pushMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"samples"},"value":{"kind":"Variable","name":{"kind":"Name","value":"samples"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"seriesCreated"}}]}}]}}]} as unknown as DocumentNode<PushMetricsMutation, PushMetricsMutationVariables>;
export const MetricSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetricSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricSeriesFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metricSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"labelMap"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<MetricSeriesQuery, MetricSeriesQueryVariables>;
export const MetricRangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetricRange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seriesId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metric"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"labels"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MetricLabelInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"labelMap"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JSONObject"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"step"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metricRange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"seriesId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seriesId"}}},{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metric"}}},{"kind":"Argument","name":{"kind":"Name","value":"labels"},"value":{"kind":"Variable","name":{"kind":"Name","value":"labels"}}},{"kind":"Argument","name":{"kind":"Name","value":"labelMap"},"value":{"kind":"Variable","name":{"kind":"Name","value":"labelMap"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"step"},"value":{"kind":"Variable","name":{"kind":"Name","value":"step"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"labelMap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<MetricRangeQuery, MetricRangeQueryVariables>;
export const GrantPermissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantPermission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grant"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantPermission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"grant"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grant"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantScopeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantScope"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ids"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantScopeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]} as unknown as DocumentNode<GrantPermissionMutation, GrantPermissionMutationVariables>;
export const RevokeGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RevokeGrantMutation, RevokeGrantMutationVariables>;
export const DelegatePermissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DelegatePermissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DelegatePermissionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delegatePermissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DelegationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantScopeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantScope"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ids"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantScopeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"delegatorId"}},{"kind":"Field","name":{"kind":"Name","value":"delegateeId"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<DelegatePermissionsMutation, DelegatePermissionsMutationVariables>;
export const RevokeDelegationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeDelegation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeDelegation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RevokeDelegationMutation, RevokeDelegationMutationVariables>;
export const DelegationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Delegations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delegations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DelegationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantScopeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantScope"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ids"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantScopeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"delegatorId"}},{"kind":"Field","name":{"kind":"Name","value":"delegateeId"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<DelegationsQuery, DelegationsQueryVariables>;
export const EffectivePermissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EffectivePermissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectivePermissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EffectiveGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantScopeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantScope"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ids"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EffectiveGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EffectiveGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantScopeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"setId"}},{"kind":"Field","name":{"kind":"Name","value":"setName"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"grantId"}},{"kind":"Field","name":{"kind":"Name","value":"delegationId"}},{"kind":"Field","name":{"kind":"Name","value":"delegatorId"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<EffectivePermissionsQuery, EffectivePermissionsQueryVariables>;
export const CheckPermissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckPermission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resource"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkPermission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"resource"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resource"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"deciding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EffectiveGrantFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blockingDeny"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EffectiveGrantFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantScopeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantScope"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ids"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EffectiveGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EffectiveGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantScopeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"setId"}},{"kind":"Field","name":{"kind":"Name","value":"setName"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"grantId"}},{"kind":"Field","name":{"kind":"Name","value":"delegationId"}},{"kind":"Field","name":{"kind":"Name","value":"delegatorId"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<CheckPermissionQuery, CheckPermissionQueryVariables>;
export const WhoCanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoCan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resource"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whoCan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"resource"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resource"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<WhoCanQuery, WhoCanQueryVariables>;
export const PermissionHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermissionHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissionHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditLogFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditLogFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLog"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorType"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"chainSeq"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PermissionHistoryQuery, PermissionHistoryQueryVariables>;
export const PermissionsChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PermissionsChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissionsChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]} as unknown as DocumentNode<PermissionsChangedSubscription, PermissionsChangedSubscriptionVariables>;
export const PermissionSetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermissionSets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissionSets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PermissionSetFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantScopeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantScope"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ids"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantScopeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PermissionSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PermissionSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isBuiltin"}},{"kind":"Field","name":{"kind":"Name","value":"requireMfa"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PermissionSetsQuery, PermissionSetsQueryVariables>;
export const PermissionSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermissionSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissionSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PermissionSetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantScopeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantScope"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ids"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantScopeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PermissionSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PermissionSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isBuiltin"}},{"kind":"Field","name":{"kind":"Name","value":"requireMfa"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PermissionSetQuery, PermissionSetQueryVariables>;
export const CreatePermissionSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePermissionSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePermissionSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPermissionSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PermissionSetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantScopeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantScope"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ids"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantScopeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PermissionSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PermissionSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isBuiltin"}},{"kind":"Field","name":{"kind":"Name","value":"requireMfa"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreatePermissionSetMutation, CreatePermissionSetMutationVariables>;
export const UpdatePermissionSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePermissionSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePermissionSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePermissionSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PermissionSetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantScopeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantScope"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ids"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantScopeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PermissionSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PermissionSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isBuiltin"}},{"kind":"Field","name":{"kind":"Name","value":"requireMfa"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdatePermissionSetMutation, UpdatePermissionSetMutationVariables>;
export const ClonePermissionSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClonePermissionSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clonePermissionSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PermissionSetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantScopeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantScope"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ids"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantScopeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PermissionSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PermissionSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isBuiltin"}},{"kind":"Field","name":{"kind":"Name","value":"requireMfa"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ClonePermissionSetMutation, ClonePermissionSetMutationVariables>;
export const DeletePermissionSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePermissionSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"force"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePermissionSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"force"},"value":{"kind":"Variable","name":{"kind":"Name","value":"force"}}}]}]}}]} as unknown as DocumentNode<DeletePermissionSetMutation, DeletePermissionSetMutationVariables>;
export const AddPermissionSetParentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPermissionSetParent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"setId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPermissionSetParent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"setId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"setId"}}},{"kind":"Argument","name":{"kind":"Name","value":"parentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PermissionSetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantScopeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantScope"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ids"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantScopeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PermissionSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PermissionSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isBuiltin"}},{"kind":"Field","name":{"kind":"Name","value":"requireMfa"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AddPermissionSetParentMutation, AddPermissionSetParentMutationVariables>;
export const RemovePermissionSetParentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemovePermissionSetParent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"setId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removePermissionSetParent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"setId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"setId"}}},{"kind":"Argument","name":{"kind":"Name","value":"parentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PermissionSetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantScopeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantScope"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ids"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantScopeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PermissionSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PermissionSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isBuiltin"}},{"kind":"Field","name":{"kind":"Name","value":"requireMfa"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RemovePermissionSetParentMutation, RemovePermissionSetParentMutationVariables>;
export const AssignPermissionSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignPermissionSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"permissionSetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expiresAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignPermissionSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"permissionSetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"permissionSetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expiresAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expiresAt"}}}]}]}}]} as unknown as DocumentNode<AssignPermissionSetMutation, AssignPermissionSetMutationVariables>;
export const RevokePermissionSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokePermissionSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"permissionSetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokePermissionSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"permissionSetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"permissionSetId"}}}]}]}}]} as unknown as DocumentNode<RevokePermissionSetMutation, RevokePermissionSetMutationVariables>;
export const ReportTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sections"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportParametersFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportParametersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportParameters"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"range"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"granularity"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}}]}}]} as unknown as DocumentNode<ReportTemplatesQuery, ReportTemplatesQueryVariables>;
export const ReportDefinitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportDefinition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportDefinition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportDefinitionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportParametersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportParameters"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"range"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"granularity"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportParametersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ReportDefinitionQuery, ReportDefinitionQueryVariables>;
export const ReportDefinitionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportDefinitions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportDefinitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportDefinitionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportParametersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportParameters"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"range"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"granularity"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportParametersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ReportDefinitionsQuery, ReportDefinitionsQueryVariables>;
export const CreateReportDefinitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateReportDefinition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReportDefinitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReportDefinition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportDefinitionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportParametersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportParameters"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"range"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"granularity"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportParametersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateReportDefinitionMutation, CreateReportDefinitionMutationVariables>;
export const UpdateReportDefinitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateReportDefinition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateReportDefinitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateReportDefinition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportDefinitionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportParametersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportParameters"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"range"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"granularity"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportParametersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateReportDefinitionMutation, UpdateReportDefinitionMutationVariables>;
export const DeleteReportDefinitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteReportDefinition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteReportDefinition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DeleteReportDefinitionMutation, DeleteReportDefinitionMutationVariables>;
export const CloneReportDefinitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloneReportDefinition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloneReportDefinition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportDefinitionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportParametersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportParameters"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"range"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"granularity"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportParametersFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CloneReportDefinitionMutation, CloneReportDefinitionMutationVariables>;
export const ReportSchedulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportSchedules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"definitionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportSchedules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"definitionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"definitionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportScheduleFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportScheduleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportSchedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"definitionId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"cron"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"formats"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"secretSet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skipIfEmpty"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"nextRunAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastRunAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastRunId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ReportSchedulesQuery, ReportSchedulesQueryVariables>;
export const ReportScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportScheduleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportScheduleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportSchedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"definitionId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"cron"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"formats"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"secretSet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skipIfEmpty"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"nextRunAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastRunAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastRunId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ReportScheduleQuery, ReportScheduleQueryVariables>;
export const CreateReportScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateReportSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReportScheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReportSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportScheduleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportScheduleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportSchedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"definitionId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"cron"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"formats"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"secretSet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skipIfEmpty"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"nextRunAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastRunAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastRunId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateReportScheduleMutation, CreateReportScheduleMutationVariables>;
export const UpdateReportScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateReportSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateReportScheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateReportSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportScheduleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportScheduleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportSchedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"definitionId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"cron"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"formats"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"secretSet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skipIfEmpty"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"nextRunAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastRunAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastRunId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateReportScheduleMutation, UpdateReportScheduleMutationVariables>;
export const DeleteReportScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteReportSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteReportSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteReportScheduleMutation, DeleteReportScheduleMutationVariables>;
export const RunReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"definitionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"formats"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFormat"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"definitionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"definitionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"formats"},"value":{"kind":"Variable","name":{"kind":"Name","value":"formats"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportRunFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportArtifactFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportArtifact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"definitionId"}},{"kind":"Field","name":{"kind":"Name","value":"definitionName"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleId"}},{"kind":"Field","name":{"kind":"Name","value":"formats"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"cancelRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"artifacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportArtifactFields"}}]}}]}}]} as unknown as DocumentNode<RunReportMutation, RunReportMutationVariables>;
export const CancelReportRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelReportRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelReportRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportRunFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportArtifactFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportArtifact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"definitionId"}},{"kind":"Field","name":{"kind":"Name","value":"definitionName"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleId"}},{"kind":"Field","name":{"kind":"Name","value":"formats"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"cancelRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"artifacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportArtifactFields"}}]}}]}}]} as unknown as DocumentNode<CancelReportRunMutation, CancelReportRunMutationVariables>;
export const ReportRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportRunFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportArtifactFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportArtifact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"definitionId"}},{"kind":"Field","name":{"kind":"Name","value":"definitionName"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleId"}},{"kind":"Field","name":{"kind":"Name","value":"formats"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"cancelRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"artifacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportArtifactFields"}}]}}]}}]} as unknown as DocumentNode<ReportRunQuery, ReportRunQueryVariables>;
export const ReportRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"definitionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"definitionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"definitionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportRunFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportArtifactFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportArtifact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"definitionId"}},{"kind":"Field","name":{"kind":"Name","value":"definitionName"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleId"}},{"kind":"Field","name":{"kind":"Name","value":"formats"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"cancelRequestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"artifacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportArtifactFields"}}]}}]}}]} as unknown as DocumentNode<ReportRunsQuery, ReportRunsQueryVariables>;
export const ReportRunChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ReportRunChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"runId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportRunChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"runId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"runId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"artifacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}}]}}]}}]}}]} as unknown as DocumentNode<ReportRunChangedSubscription, ReportRunChangedSubscriptionVariables>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantScopeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantScope"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ids"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantScopeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedCidrs"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedIp"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantScopeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantScope"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ids"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effect"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantScopeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allowedCidrs"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedIp"}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const RotateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overlapSeconds"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"overlapSeconds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overlapSeconds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RotateApiKeyMutation, RotateApiKeyMutationVariables>;
export const SetUserIpAllowlistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserIpAllowlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cidrs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserIpAllowlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"cidrs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cidrs"}}}]}]}}]} as unknown as DocumentNode<SetUserIpAllowlistMutation, SetUserIpAllowlistMutationVariables>;
export const SetPermissionSetIpAllowlistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPermissionSetIpAllowlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"permissionSetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cidrs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPermissionSetIpAllowlist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"permissionSetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"permissionSetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"cidrs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cidrs"}}}]}]}}]} as unknown as DocumentNode<SetPermissionSetIpAllowlistMutation, SetPermissionSetIpAllowlistMutationVariables>;
export const UserIpAllowlistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserIpAllowlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ipAllowlist"}}]}}]}}]} as unknown as DocumentNode<UserIpAllowlistQuery, UserIpAllowlistQueryVariables>;
export const PermissionSetIpAllowlistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PermissionSetIpAllowlist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissionSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ipAllowlist"}}]}}]}}]} as unknown as DocumentNode<PermissionSetIpAllowlistQuery, PermissionSetIpAllowlistQueryVariables>;
export const RateLimitPoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RateLimitPolicies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateLimitPolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RateLimitPolicyFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RateLimitPolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subjectKind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectValue"}},{"kind":"Field","name":{"kind":"Name","value":"requestsPerWindow"}},{"kind":"Field","name":{"kind":"Name","value":"windowSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"costPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<RateLimitPoliciesQuery, RateLimitPoliciesQueryVariables>;
export const RateLimitStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RateLimitStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"windowMinutes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateLimitStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"windowMinutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"windowMinutes"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"policy"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"refusals"}},{"kind":"Field","name":{"kind":"Name","value":"lastRefusedAt"}}]}}]}}]} as unknown as DocumentNode<RateLimitStatsQuery, RateLimitStatsQueryVariables>;
export const CreateRateLimitPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRateLimitPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRateLimitPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRateLimitPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RateLimitPolicyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RateLimitPolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subjectKind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectValue"}},{"kind":"Field","name":{"kind":"Name","value":"requestsPerWindow"}},{"kind":"Field","name":{"kind":"Name","value":"windowSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"costPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateRateLimitPolicyMutation, CreateRateLimitPolicyMutationVariables>;
export const UpdateRateLimitPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRateLimitPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRateLimitPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRateLimitPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RateLimitPolicyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RateLimitPolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitPolicy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subjectKind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectValue"}},{"kind":"Field","name":{"kind":"Name","value":"requestsPerWindow"}},{"kind":"Field","name":{"kind":"Name","value":"windowSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"costPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateRateLimitPolicyMutation, UpdateRateLimitPolicyMutationVariables>;
export const DeleteRateLimitPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRateLimitPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRateLimitPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteRateLimitPolicyMutation, DeleteRateLimitPolicyMutationVariables>;
export const SecurityEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SecurityEventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SecurityEventFields"}},{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"chainSeq"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecurityEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SecurityEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<SecurityEventsQuery, SecurityEventsQueryVariables>;
export const SecurityEventCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityEventCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SecurityEventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<SecurityEventCountQuery, SecurityEventCountQueryVariables>;
export const SecurityEventRaisedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SecurityEventRaised"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minSeverity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SecuritySeverity"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securityEventRaised"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"minSeverity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minSeverity"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SecurityEventFields"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecurityEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SecurityEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]} as unknown as DocumentNode<SecurityEventRaisedSubscription, SecurityEventRaisedSubscriptionVariables>;
export const ResetMfaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetMfa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetMfa"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}]}]}}]} as unknown as DocumentNode<ResetMfaMutation, ResetMfaMutationVariables>;
export const RotateEncryptionKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateEncryptionKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateEncryptionKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"retiredKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"resealed"}}]}}]}}]} as unknown as DocumentNode<RotateEncryptionKeyMutation, RotateEncryptionKeyMutationVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"permissionSets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"permissionSets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const SuspendUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuspendUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"permissionSets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SuspendUserMutation, SuspendUserMutationVariables>;
export const ReactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"permissionSets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReactivateUserMutation, ReactivateUserMutationVariables>;
export const DeleteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"permissionSets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DeleteUserMutation, DeleteUserMutationVariables>;
export const RestoreUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"permissionSets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RestoreUserMutation, RestoreUserMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"permissionSets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const UserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"User"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"permissionSets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UserQuery, UserQueryVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"permissionSets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const UserChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"UserChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"permissionSets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UserChangedSubscription, UserChangedSubscriptionVariables>;