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
] as const;

export type AuditEventName = (typeof AUDIT_EVENTS)[number];

/** Field names whose values never reach the audit trail, whatever the change. */
export const REDACTED_FIELDS = new Set(['password', 'passwordHash', 'newPassword', 'currentPassword', 'token', 'refreshToken']);
