import { AUTHENTICATED, MFA_ENROLMENT, PUBLIC, can, type PermissionMap } from '../../authz/rule-spec';

export const authRules: Partial<PermissionMap> = {
  Query: {
    // Every user holds sessions:read on their own sessions (baseline), so this is self-service;
    // another user's (userId) is decided per owner in SessionService.list.
    sessions: can('sessions:read'),
  },
  Mutation: {
    login: PUBLIC,
    refreshSession: PUBLIC,
    // MFA_ENROLMENT: still reachable while a requireMfa policy waits for the viewer to enrol.
    logout: MFA_ENROLMENT,
    beginOidcLogin: PUBLIC,
    completeOidcLogin: PUBLIC,
    revokeSession: can('sessions:revoke'),
    unlockAccount: can('security:unlock'),
    enrollTotp: MFA_ENROLMENT,
    confirmTotp: MFA_ENROLMENT,
    reauthenticate: MFA_ENROLMENT,
    disableTotp: AUTHENTICATED,
    verifyMfa: PUBLIC,
  },
};
