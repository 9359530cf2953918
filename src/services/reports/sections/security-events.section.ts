import { sql } from 'drizzle-orm';
import { reachesEverything, scopeFilter } from '../../../authz/engine';
import {
  securityEventBatch,
  securityEventBreakdown,
  securityEventsPerBucket,
  type SecurityEventReportRow,
} from '../../../db/queries/report-sections-security-events.queries';
import { labelledReachableSql, usersReachableSql } from '../../../db/queries/scope-sql';
import { securityEvents } from '../../../db/schema';
import type { ReportColumn } from '../report-document';
import { bucketsOf, cell, keysetRows, series } from './more-section-helpers';
import type { SectionSource } from './section-source';

const DETAILS_MAX = 300;

const COLUMNS: ReportColumn[] = [
  { key: 'occurredAt', title: 'Time', type: 'datetime' },
  { key: 'kind', title: 'Kind', type: 'string' },
  { key: 'severity', title: 'Severity', type: 'string' },
  { key: 'user', title: 'User', type: 'string' },
  { key: 'ip', title: 'IP', type: 'string' },
  { key: 'summary', title: 'Summary', type: 'string' },
  { key: 'details', title: 'Details', type: 'string' },
];

/** The details object as one short line (key=value, nested values as JSON), cut to a bounded length. */
function detailsText(details: Record<string, unknown>): string {
  const text = Object.keys(details)
    .sort()
    .map((k) => `${k}=${typeof details[k] === 'string' ? (details[k] as string) : JSON.stringify(details[k])}`)
    .join(', ');
  return text.length > DETAILS_MAX ? `${text.slice(0, DETAILS_MAX - 1)}…` : text;
}

/**
 * What threat detection raised in the range. A grant of security:read scoped to ids reaches those
 * events only (the same condition `check` applies per event; events carry no labels). Users are
 * named where the viewer may read them, otherwise shown by id, as the securityEvents list does.
 */
export const securityEventsSection: SectionSource = {
  key: 'securityEvents',
  title: 'Security events',
  requires: ['security:read'],
  async build(ctx) {
    const viewer = ctx.authz.requireViewer();
    const readable = scopeFilter(viewer.permissions, 'security:read');
    const reachable = reachesEverything(readable) ? null : labelledReachableSql(readable, { id: securityEvents.id, labels: sql`'{}'::jsonb` });
    const q = { from: ctx.range.from, to: ctx.range.to, reachable };
    const db = ctx.deps.database.db;

    const perBucket = await securityEventsPerBucket(db, q, bucketsOf(ctx));
    ctx.signal.throwIfAborted();
    const breakdown = await securityEventBreakdown(db, q);

    const users = scopeFilter(viewer.permissions, 'users:read');
    const userReadable = reachesEverything(users) ? null : users.allow.length + users.delegated.length === 0 ? false : usersReachableSql(users);
    const toRow = (e: SecurityEventReportRow) => ({
      occurredAt: e.occurredAt,
      kind: e.kind,
      severity: e.severity,
      user: e.userName ?? e.userId,
      ip: e.ip,
      summary: e.summary,
      details: detailsText(e.details),
    });
    return {
      key: securityEventsSection.key,
      title: securityEventsSection.title,
      note: reachable ? 'Only the security events your grants reach.' : null,
      summary: [
        cell('Security events', breakdown.total),
        ...breakdown.bySeverity.map((s) => cell(`Severity ${s.key}`, s.count)),
        ...breakdown.byKind.map((k) => cell(`Kind ${k.key}`, k.count)),
      ],
      columns: COLUMNS,
      rows: keysetRows(
        ctx.signal,
        (after: { atKey: string; id: string } | null, limit) => securityEventBatch(db, q, userReadable, after, limit),
        (e) => ({ atKey: e.atKey, id: e.id }),
        toRow,
      ),
      series: [series(ctx, 'securityEvents', 'Security events', 'events', perBucket.map((b) => ({ t: b.t, value: b.count })))],
    };
  },
};
