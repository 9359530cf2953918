import { can, type PermissionMap } from '../../authz/rule-spec';

/**
 * Reports (issue 11). Runs are narrowed in the services: one's own runs with reports:read, every
 * run with reports:write. Schedules have their own rules file.
 */
export const reportsRules: Partial<PermissionMap> = {
  Query: {
    reportTemplates: can('reports:read'),
    reportDefinition: can('reports:read'),
    reportDefinitions: can('reports:read'),
    reportRun: can('reports:read'),
    reportRuns: can('reports:read'),
  },
  Mutation: {
    createReportDefinition: can('reports:write'),
    updateReportDefinition: can('reports:write'),
    deleteReportDefinition: can('reports:write'),
    cloneReportDefinition: can('reports:write'),
    runReport: can('reports:run'),
    cancelReportRun: can('reports:run'),
  },
  Subscription: {
    reportRunChanged: can('reports:read'),
  },
};
