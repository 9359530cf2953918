import { can, type PermissionMap } from '../../authz/rule-spec';

export const metricsRules: Partial<PermissionMap> = {
  Query: {
    metricSeries: can('metrics:read'),
    metricRange: can('metrics:read'),
  },
  Mutation: {
    pushMetrics: can('metrics:write'),
  },
};
