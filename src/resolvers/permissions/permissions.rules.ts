import { can, type PermissionMap } from '../../authz/rule-spec';

export const permissionsRules: Partial<PermissionMap> = {
  Query: {
    permissionSets: can('permissionSets:read'),
    permissionSet: can('permissionSets:read'),
  },
  Mutation: {
    assignPermissionSet: can('permissionSets:assign'),
    revokePermissionSet: can('permissionSets:assign'),
  },
};
