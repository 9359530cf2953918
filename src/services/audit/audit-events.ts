/** The typed event catalogue: every audit row's `action` is one of these. */
export const AUDIT_EVENTS = [
  'user.created',
  'user.updated',
  'user.suspended',
  'user.reactivated',
  'user.deleted',
  'user.restored',
  'user.password_changed',
  'auth.login_succeeded',
  'auth.login_failed',
  'session.refreshed',
  'session.revoked',
  'session.refresh_reuse_detected',
  'permission_set.assigned',
  'permission_set.unassigned',
  'permission_set.created',
  'permission_set.updated',
  'permission_set.deleted',
  'permission_set.parent_added',
  'permission_set.parent_removed',
  'grant.created',
  'grant.revoked',
  'delegation.created',
  'delegation.revoked',
  'access.denied',
  'system.owner_created',

  // API keys and IP allowlists
  'api_key.created',
  'api_key.rotated',
  'api_key.revoked',
  'ip_allowlist.updated',
  'access.ip_refused',

  // Second factor and step-up
  'mfa.enrollment_started',
  'mfa.enabled',
  'mfa.disabled',
  'mfa.recovery_code_used',
  'auth.mfa_failed',
  'auth.reauthenticated',
  'auth.mfa_challenged',

  // OIDC sign-in
  'auth.oidc_login_succeeded',
  'auth.oidc_login_failed',

  // Rate limits and throttling
  'rate_limit_policy.created',
  'rate_limit_policy.updated',
  'rate_limit_policy.deleted',
  'auth.account_unlocked',

  // Secrets at rest
  'security.encryption_key_rotated',

  // Shared read cache
  'cache.invalidated',

  // Alerts (issue 10): acknowledgement, silences, inhibition rules
  'alert.acknowledged',
  'alert.unacknowledged',
  'alert.resolved',
  'alert.snoozed',
  'alert.noted',
  /** A request to the intake that opened, changed or resolved alerts (one event per request). */
  'alert.ingested',
  'silence.created',
  'silence.updated',
  'silence.expired',
  'inhibition_rule.created',
  'inhibition_rule.deleted',
  // Notification channels and outbound deliveries (issue 10); secrets are named, never valued
  'channel.created',
  'channel.updated',
  'channel.deleted',
  'channel.tested',
  'delivery.retried',
  // Notification routing (issue 10): the routing tree and named time intervals
  'alert_routing_tree.updated',
  'alert_time_interval.created',
  'alert_time_interval.updated',
  'alert_time_interval.deleted',
  // Escalation policies (issue 10, escalation)
  'escalation_policy.created',
  'escalation_policy.updated',
  'escalation_policy.deleted',
  // Alert rules (issue 10)
  'alert_rule.created',
  'alert_rule.updated',
  'alert_rule.deleted',
  'alert_rule.enabled',
  'alert_rule.disabled',

  // Report schedules (issue 11): changes, each occurrence fired, stops on lost rights, deliveries
  'report_schedule.created',
  'report_schedule.updated',
  'report_schedule.deleted',
  'report_schedule.fired',
  'report_schedule.disabled',
  'report_schedule.delivered',
  'report_schedule.delivery_skipped',
  // Reports (issue 11): definitions, runs and downloads of their files
  'report_definition.created',
  'report_definition.updated',
  'report_definition.deleted',
  'report_definition.cloned',
  'report_run.started',
  'report_run.cancel_requested',
  'report_run.finished',
  /** Every download of a report file, refused ones too (outcome DENIED). */
  'report.artifact_downloaded',

  // Owner recovery (npm run owner:reset-password, run by whoever holds the database)
  'system.owner_password_reset',
] as const;

export type AuditEventName = (typeof AUDIT_EVENTS)[number];

/** Field names whose values never reach the audit trail, whatever the change. */
export const REDACTED_FIELDS = new Set([
  'password',
  'passwordHash',
  'newPassword',
  'currentPassword',
  'token',
  'refreshToken',
  'secret',
  'secretHash',
  'secretSealed',
  'otpauthUri',
  'recoveryCodes',
  'challenge',
  'code',
  'recoveryCodes',
  'clientSecret',
]);
