import { can, type PermissionMap } from '../../authz/rule-spec';

/** Alert statistics (issue 10): label-scoped readers count only their alerts (the service narrows). */
export const alertStatsRules: Partial<PermissionMap> = {
  Query: {
    alertStats: can('alerts:read'),
  },
};
