import type { Action } from '../../../authz/catalogue';
import { check, holdsAnywhere, type CompiledPermissions } from '../../../authz/engine';
import type { ResourceRef } from '../../../authz/grant.types';

/**
 * What each section reads under, for the schedule's check before a run. Provisional: the same
 * lists live on each SectionSource (`requires`) in the sections registry the core part builds;
 * once it exists this map should be read from there.
 */
const SECTION_READS: Record<string, Action[]> = {
  users: ['users:read'],
  authentication: ['users:read', 'security:read'],
  audit: ['audit:read'],
  accessReview: ['permissionSets:read'],
  alerts: ['alerts:read'],
  apiMetrics: ['metrics:read'],
  securityEvents: ['security:read'],
};

/**
 * Why the owner may no longer have this schedule run for them, or null when they may. A schedule
 * runs with its owner's current rights, so it needs reports:run and reports:read on the
 * definition, and at least one of its sections must still be readable: a report of sections the
 * owner can read none of would be empty by their rights, so the schedule stops instead of mailing
 * empty files. (Losing some sections only narrows the report: the run leaves those out.)
 */
export function ownerRefusal(perms: CompiledPermissions, definition: { id: string; sections: string[] }): string | null {
  const resource: ResourceRef = { type: 'reports', id: definition.id };
  for (const action of ['reports:run', 'reports:read'] as const) {
    if (!check(perms, { action, resource }).allowed) return `the owner no longer holds ${action} on this report definition`;
  }
  const readable = (section: string) => (SECTION_READS[section] ?? []).some((a) => holdsAnywhere(perms, a));
  if (definition.sections.length > 0 && !definition.sections.some(readable)) {
    return `the owner can no longer read any section of this report (${definition.sections.join(', ')})`;
  }
  return null;
}
