import { AUTHENTICATED, PUBLIC, can, type PermissionMap } from '../../authz/rule-spec';

export const authRules: Partial<PermissionMap> = {
  Query: {
    // Every user holds sessions:read on their own sessions (baseline), so this is self-service.
    sessions: can('sessions:read'),
  },
  Mutation: {
    login: PUBLIC,
    refreshSession: PUBLIC,
    beginOidcLogin: PUBLIC,
    completeOidcLogin: PUBLIC,
    logout: AUTHENTICATED,
    revokeSession: can('sessions:revoke'),
    unlockAccount: can('security:unlock'),
  },
};
