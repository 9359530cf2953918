import { AUTHENTICATED, can, type PermissionMap } from '../../authz/rule-spec';

// Inspection fields pass for everyone at the gate (baseline SELF grants permissionSets:read on
// one's own permissions); the services decide per user.
export const permissionsRules: Partial<PermissionMap> = {
  Query: {
    permissionSets: can('permissionSets:read'),
    permissionSet: can('permissionSets:read'),
    effectivePermissions: can('permissionSets:read'),
    checkPermission: can('permissionSets:read'),
    whoCan: can('permissionSets:read'),
    permissionHistory: can('permissionSets:read'),
    delegations: can('permissionSets:read'),
  },
  Mutation: {
    createPermissionSet: can('permissionSets:write'),
    updatePermissionSet: can('permissionSets:write'),
    clonePermissionSet: can('permissionSets:write'),
    deletePermissionSet: can('permissionSets:write'),
    addPermissionSetParent: can('permissionSets:write'),
    removePermissionSetParent: can('permissionSets:write'),
    assignPermissionSet: can('permissionSets:assign'),
    revokePermissionSet: can('permissionSets:assign'),
    grantPermission: can('permissionSets:assign'),
    revokeGrant: can('permissionSets:assign'),
    delegatePermissions: can('permissionSets:delegate'),
    // The delegator, the delegatee, or an assigner; decided in the service.
    revokeDelegation: AUTHENTICATED,
  },
  Subscription: {
    permissionsChanged: can('permissionSets:read'),
  },
};
