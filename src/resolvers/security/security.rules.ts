import { can, type PermissionMap } from '../../authz/rule-spec';

export const securityRules: Partial<PermissionMap> = {
  Mutation: {
    rotateEncryptionKey: can('security:rotateKeys'),
    resetMfa: can('security:resetMfa'),
  },
  Query: {
    securityEvents: can('security:read'),
  },
  Subscription: {
    securityEventRaised: can('security:read'),
  },
};
