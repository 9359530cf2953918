import { sql } from 'drizzle-orm';
import { countPerBucket } from '../../../db/queries/report-sections-buckets.queries';
import { auditRangeSql, reportAuditBatch, reportAuditSummary, reportAuditTop } from '../../../db/queries/report-sources.queries';
import type { ReportRow, ReportSection } from '../report-document';
import { SECTION_BATCH_ROWS, withRowEstimate } from './index-rows';
import type { SectionContext, SectionSource } from './section-source';
import { bucketsOf, leftOutSection } from './more-section-helpers';

const TOP_N = 5;

/**
 * The audit trail in the range: who did what to what, and how it ended. Rows are read by keyset
 * in batches of 5,000 and written as they come, so a million-row export holds one batch at a time.
 */
export const auditSection: SectionSource = {
  key: 'audit',
  title: 'Audit activity',
  requires: ['audit:read'],
  async build(ctx: SectionContext): Promise<ReportSection> {
    const db = ctx.deps.database.db;
    const base = { key: 'audit', title: 'Audit activity' } as const;
    if (!ctx.authz.can('audit:read', { type: 'audit' })) {
      return leftOutSection(base, [], 'Left out: reading the whole audit trail needs audit:read.');
    }
    const summary = await reportAuditSummary(db, ctx.range);
    const top = await reportAuditTop(db, ctx.range, TOP_N);
    const points = (await countPerBucket(db, { table: sql`audit_logs`, time: sql`occurred_at`, where: auditRangeSql(ctx.range) }, bucketsOf(ctx))).map(({ t, count }) => ({ t, value: count }));
    const section: ReportSection = {
      ...base,
      note: 'Every audited action in the range, oldest first.',
      summary: [
        { label: 'Events', value: summary.total },
        { label: 'Denied', value: summary.denied },
        { label: 'Failed', value: summary.failed },
        { label: 'Distinct actors', value: summary.actors },
        // Activity by actor, action and target: the busiest few of each.
        ...top.actions.map((a, i) => ({ label: `Action #${i + 1}: ${a.key}`, value: a.count })),
        ...top.actors.map((a, i) => ({ label: `Actor #${i + 1}: ${a.key}`, value: a.count })),
        ...top.targets.map((a, i) => ({ label: `Target type #${i + 1}: ${a.key}`, value: a.count })),
      ],
      columns: [
        { key: 'occurredAt', title: 'Time', type: 'datetime' },
        { key: 'actorType', title: 'Actor type', type: 'string' },
        { key: 'actorId', title: 'Actor', type: 'string' },
        { key: 'action', title: 'Action', type: 'string' },
        { key: 'targetType', title: 'Target type', type: 'string' },
        { key: 'targetId', title: 'Target', type: 'string' },
        { key: 'outcome', title: 'Outcome', type: 'string' },
      ],
      series: [{ key: 'auditEvents', title: 'Audit events', unit: 'events', granularity: ctx.granularity, points, trend: null, forecast: null }],
      rows: () => auditRows(ctx),
    };
    return withRowEstimate(section, summary.total);
  },
};


async function* auditRows(ctx: SectionContext): AsyncIterable<ReportRow> {
  let after = 0;
  for (;;) {
    ctx.signal.throwIfAborted();
    const batch = await reportAuditBatch(ctx.deps.database.db, ctx.range, after, SECTION_BATCH_ROWS);
    for (const a of batch) {
      yield { occurredAt: a.occurredAt, actorType: a.actorType, actorId: a.actorId, action: a.action, targetType: a.targetType, targetId: a.targetId, outcome: a.outcome };
    }
    if (batch.length < SECTION_BATCH_ROWS) return;
    after = batch.at(-1)!.id;
  }
}

