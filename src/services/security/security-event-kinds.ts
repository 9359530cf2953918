/** What threat detection can raise. A new detector adds its kind here (and to the GraphQL enum). */
export const SECURITY_EVENT_KINDS = [
  'LOGIN_FAILURE_BURST',
  'CREDENTIAL_STUFFING',
  'REFRESH_TOKEN_REUSE',
  'NEW_IP_AND_USER_AGENT',
  'FORBIDDEN_BURST',
  'API_KEY_OUTSIDE_CIDRS',
  'IP_NOT_ALLOWED',
  'MFA_DISABLED',
  'OWNER_LEVEL_GRANT',
  'AUDIT_CHAIN_BROKEN',
] as const;
export type SecurityEventKind = (typeof SECURITY_EVENT_KINDS)[number];

export const SECURITY_SEVERITIES = ['INFO', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type SecuritySeverity = (typeof SECURITY_SEVERITIES)[number];
