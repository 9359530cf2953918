import type { ReportSection } from '../report-document';

/**
 * How many rows a section expects to stream, when its source can say cheaply: the runner turns
 * rows written into a percentage. Kept beside the section so the shared document type stays as it is.
 */
const estimates = new WeakMap<ReportSection, number>();

export function withRowEstimate<S extends ReportSection>(section: S, rows: number): S {
  estimates.set(section, rows);
  return section;
}

export const rowEstimate = (section: ReportSection): number | null => estimates.get(section) ?? null;

/** Rows per keyset batch a source reads: bounded memory whatever the section's size. */
export const SECTION_BATCH_ROWS = 5_000;
