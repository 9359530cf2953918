import { can, type PermissionMap } from '../../authz/rule-spec';

/** Alert rules (issue 10). Instances and history are narrowed per label scope in the service. */
export const alertRulesRules: Partial<PermissionMap> = {
  Query: {
    alertRules: can('alerts:read'),
    alertRule: can('alerts:read'),
    alertStateHistory: can('alerts:read'),
  },
  Mutation: {
    createAlertRule: can('alerts:write'),
    updateAlertRule: can('alerts:write'),
    setAlertRuleEnabled: can('alerts:write'),
    deleteAlertRule: can('alerts:write'),
  },
  Subscription: {
    alertRuleStateChanged: can('alerts:read'),
  },
};
