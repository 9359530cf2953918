import { AUTHENTICATED, MFA_ENROLMENT, can, type PermissionMap } from '../../authz/rule-spec';

export const usersRules: Partial<PermissionMap> = {
  Query: {
    me: MFA_ENROLMENT,
    user: can('users:read'),
    users: can('users:read'),
  },
  Mutation: {
    createUser: can('users:write'),
    updateUser: can('users:write'),
    suspendUser: can('users:write'),
    reactivateUser: can('users:write'),
    deleteUser: can('users:write'),
    restoreUser: can('users:write'),
    changePassword: AUTHENTICATED,
  },
  Subscription: {
    userChanged: can('users:read'),
  },
};
