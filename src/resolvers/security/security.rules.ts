import { can, type PermissionMap } from '../../authz/rule-spec';

export const securityRules: Partial<PermissionMap> = {
  Query: {
    securityEvents: can('security:read'),
  },
  Subscription: {
    securityEventRaised: can('security:read'),
  },
};
