import { can, type PermissionMap } from '../../authz/rule-spec';

/** Report schedules (issue 11): read with reports:read, changed with reports:schedule (the service also asks reports:run). */
export const reportSchedulesRules: Partial<PermissionMap> = {
  Query: {
    reportSchedules: can('reports:read'),
    reportSchedule: can('reports:read'),
  },
  Mutation: {
    createReportSchedule: can('reports:schedule'),
    updateReportSchedule: can('reports:schedule'),
    deleteReportSchedule: can('reports:schedule'),
  },
};
