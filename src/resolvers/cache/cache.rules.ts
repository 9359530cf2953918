import { can, type PermissionMap } from '../../authz/rule-spec';

export const cacheRules: Partial<PermissionMap> = {
  Query: {
    cacheStats: can('cache:read'),
  },
  Mutation: {
    invalidateCache: can('cache:invalidate'),
  },
};
