import { can, type PermissionMap } from '../../authz/rule-spec';

export const ipAllowlistsRules: Partial<PermissionMap> = {
  Mutation: {
    setUserIpAllowlist: can('security:allowlists'),
    setPermissionSetIpAllowlist: can('security:allowlists'),
  },
};
