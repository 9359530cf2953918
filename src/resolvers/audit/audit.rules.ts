import { can, type PermissionMap } from '../../authz/rule-spec';

export const auditRules: Partial<PermissionMap> = {
  Query: {
    auditLogs: can('audit:read'),
    auditIntegrity: can('audit:read'),
  },
  Subscription: {
    auditLogged: can('audit:read'),
  },
};
