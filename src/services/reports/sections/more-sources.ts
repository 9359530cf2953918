import { accessReviewSection } from './access-review.section';
import { alertsSection } from './alerts.section';
import { apiMetricsSection } from './api-metrics.section';
import { authenticationSection } from './authentication.section';
import { securityEventsSection } from './security-events.section';
import type { SectionSource } from './section-source';

/** The sections beside users and audit (joined with them in sections/index.ts). */
export const MORE_SECTION_SOURCES: SectionSource[] = [authenticationSection, accessReviewSection, alertsSection, apiMetricsSection, securityEventsSection];
