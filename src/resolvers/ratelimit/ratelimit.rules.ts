import { AUTHENTICATED, can, type PermissionMap } from '../../authz/rule-spec';

export const ratelimitRules: Partial<PermissionMap> = {
  Query: {
    rateLimitPolicies: can('ratelimit:read'),
    // security:read OR ratelimit:read: one rule names one action, so the service checks the pair.
    rateLimitStats: AUTHENTICATED,
  },
  Mutation: {
    createRateLimitPolicy: can('ratelimit:write'),
    updateRateLimitPolicy: can('ratelimit:write'),
    deleteRateLimitPolicy: can('ratelimit:write'),
  },
};
