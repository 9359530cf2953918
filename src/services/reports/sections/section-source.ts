import type { Action } from '../../../authz/catalogue';
import type { Authorizer } from '../../../authz/authorizer';
import type { ServiceDeps } from '../../deps';
import type { ReportSection, ReportSeries } from '../report-document';

/** Every section a template can show, in the order a report lists them. */
export const SECTION_KEYS = ['users', 'authentication', 'audit', 'accessReview', 'alerts', 'apiMetrics', 'securityEvents'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export type Granularity = ReportSeries['granularity'];

/** What a section reads with: the run's resolved parameters and the rights of whoever it runs for. */
export interface SectionContext {
  deps: ServiceDeps;
  /** The requester's (or the schedule owner's) current rights: scope filters apply as in `users`. */
  authz: Authorizer;
  range: { from: Date; to: Date };
  /** IANA zone: buckets (days, weeks, months) start at local midnight there. */
  timezone: string;
  granularity: Granularity;
  /** Label selector narrowing label-scoped data (users, alerts), on top of the viewer's own scope. */
  labels: Record<string, string>;
  /** Aborted when the run is cancelled: long reads stop between batches. */
  signal: AbortSignal;
}

/**
 * One kind of section. `requires` lists the actions it reads under: a viewer holding none of them
 * anywhere gets the section with no rows and a note saying it was left out, never an error.
 */
export interface SectionSource {
  key: SectionKey;
  title: string;
  requires: Action[];
  build(ctx: SectionContext): Promise<ReportSection>;
}
