import { auditSection } from './audit.section';
import { MORE_SECTION_SOURCES } from './more-sources';
import type { SectionKey, SectionSource } from './section-source';
import { usersSection } from './users.section';

/**
 * Section sources by key. A key with no source (a definition saved by a newer version) is skipped
 * by the runner with a note in the report, never an error.
 */
export const SECTION_SOURCES: Partial<Record<SectionKey, SectionSource>> = Object.fromEntries(
  [usersSection, auditSection, ...MORE_SECTION_SOURCES].map((source) => [source.key, source]),
);

export { rowEstimate, SECTION_BATCH_ROWS, withRowEstimate } from './index-rows';
