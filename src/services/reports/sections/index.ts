import { auditSection } from './audit.section';
import type { SectionKey, SectionSource } from './section-source';
import { usersSection } from './users.section';

/**
 * Section sources by key. Keys with no source here (sections other helpers add) are skipped by the
 * runner with a note in the report, never an error.
 */
export const SECTION_SOURCES: Partial<Record<SectionKey, SectionSource>> = {
  users: usersSection,
  audit: auditSection,
};

export { rowEstimate, SECTION_BATCH_ROWS, withRowEstimate } from './index-rows';
