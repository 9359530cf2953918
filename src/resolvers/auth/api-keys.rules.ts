import { can, type PermissionMap } from '../../authz/rule-spec';

/** Every user holds apiKeys:read/write on their own keys (baseline), so these are self-service. */
export const apiKeysRules: Partial<PermissionMap> = {
  Query: {
    apiKeys: can('apiKeys:read'),
  },
  Mutation: {
    createApiKey: can('apiKeys:write'),
    revokeApiKey: can('apiKeys:write'),
    rotateApiKey: can('apiKeys:write'),
  },
};
