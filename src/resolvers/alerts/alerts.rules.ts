import { can, type PermissionMap } from '../../authz/rule-spec';

/** Alerts (issue 10). Label-scoped grants narrow each of these per alert in the services. */
export const alertsRules: Partial<PermissionMap> = {
  Query: {
    alert: can('alerts:read'),
    alerts: can('alerts:read'),
    alertTimeline: can('alerts:read'),
    silence: can('alerts:read'),
    silences: can('alerts:read'),
    inhibitionRules: can('alerts:read'),
  },
  Mutation: {
    acknowledgeAlert: can('alerts:acknowledge'),
    unacknowledgeAlert: can('alerts:acknowledge'),
    resolveAlert: can('alerts:acknowledge'),
    snoozeAlert: can('alerts:acknowledge'),
    addAlertNote: can('alerts:acknowledge'),
    createSilence: can('alerts:silence'),
    updateSilence: can('alerts:silence'),
    expireSilence: can('alerts:silence'),
    createInhibitionRule: can('alerts:write'),
    deleteInhibitionRule: can('alerts:write'),
  },
  Subscription: {
    alertChanged: can('alerts:read'),
  },
};
