import { can, type PermissionMap } from '../../authz/rule-spec';

/** Notification routing tree and named time intervals (issue 10). */
export const routingRules: Partial<PermissionMap> = {
  Query: {
    alertRoutingTree: can('alerts:read'),
    alertTimeIntervals: can('alerts:read'),
  },
  Mutation: {
    setAlertRoutingTree: can('alerts:write'),
    createAlertTimeInterval: can('alerts:write'),
    updateAlertTimeInterval: can('alerts:write'),
    deleteAlertTimeInterval: can('alerts:write'),
  },
};
