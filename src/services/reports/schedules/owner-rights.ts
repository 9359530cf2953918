import { check, holdsAnywhere, type CompiledPermissions } from '../../../authz/engine';
import type { ResourceRef } from '../../../authz/grant.types';
import { effectiveSections } from '../report-build';
import { SECTION_SOURCES } from '../sections';
import type { SectionKey } from '../sections/section-source';

/**
 * Why the owner may no longer have this schedule run for them, or null when they may. A schedule
 * runs with its owner's current rights, so it needs reports:run and reports:read on the
 * definition, and at least one of its sections must still be readable: a report of sections the
 * owner can read none of would be empty by their rights, so the schedule stops instead of mailing
 * empty files. (Losing some sections only narrows the report: the run leaves those out.)
 */
export function ownerRefusal(perms: CompiledPermissions, definition: { id: string; template: string; sections: string[] }): string | null {
  const resource: ResourceRef = { type: 'reports', id: definition.id };
  for (const action of ['reports:run', 'reports:read'] as const) {
    if (!check(perms, { action, resource }).allowed) return `the owner no longer holds ${action} on this report definition`;
  }
  // The runner's own test for leaving a section out: none of the actions it reads under, anywhere.
  const sections = effectiveSections(definition);
  const readable = (key: SectionKey) => (SECTION_SOURCES[key]?.requires ?? []).some((a) => holdsAnywhere(perms, a));
  if (sections.length > 0 && !sections.some(readable)) {
    return `the owner can no longer read any section of this report (${sections.join(', ')})`;
  }
  return null;
}
