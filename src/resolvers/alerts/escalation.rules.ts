import { can, type PermissionMap } from '../../authz/rule-spec';

/** Escalation policies (issue 10). */
export const escalationRules: Partial<PermissionMap> = {
  Query: {
    escalationPolicies: can('alerts:read'),
  },
  Mutation: {
    createEscalationPolicy: can('alerts:write'),
    updateEscalationPolicy: can('alerts:write'),
    deleteEscalationPolicy: can('alerts:write'),
  },
};
