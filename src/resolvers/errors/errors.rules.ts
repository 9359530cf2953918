import { can, type PermissionMap } from '../../authz/rule-spec';

export const errorsRules: Partial<PermissionMap> = {
  Query: {
    errorStats: can('errors:read'),
  },
};
