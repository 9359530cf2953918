import { reachesEverything, scopeFilter } from '../../../authz/engine';
import {
  alertReportBatch,
  alertReportFigures,
  alertsOpenedPerBucket,
  type AlertReportRow,
} from '../../../db/queries/report-sections-alerts.queries';
import { labelledReachableSql } from '../../../db/queries/scope-sql';
import { alerts } from '../../../db/schema';
import type { ReportColumn } from '../report-document';
import { bucketsOf, cell, keysetRows, labelsText, series } from './more-section-helpers';
import type { SectionSource } from './section-source';

const TOP_NOISIEST = 10;

const COLUMNS: ReportColumn[] = [
  { key: 'fingerprint', title: 'Fingerprint', type: 'string' },
  { key: 'name', title: 'Alert', type: 'string' },
  { key: 'severity', title: 'Severity', type: 'string' },
  { key: 'status', title: 'Status', type: 'string' },
  { key: 'startsAt', title: 'Started', type: 'datetime' },
  { key: 'acknowledgedAt', title: 'Acknowledged', type: 'datetime' },
  { key: 'resolvedAt', title: 'Resolved', type: 'datetime' },
  { key: 'labels', title: 'Labels', type: 'string' },
];

const toRow = (a: AlertReportRow) => ({
  fingerprint: a.fingerprint,
  name: a.name,
  severity: a.severity,
  status: a.status,
  startsAt: a.startsAt,
  acknowledgedAt: a.acknowledgedAt,
  resolvedAt: a.resolvedAt,
  labels: labelsText(a.labels),
});

/**
 * Alerts that started in the range: opened per period, by severity, MTTA and MTTR, the noisiest
 * alert names. Label-scoped readers see only their alerts (the alerts list's condition), further
 * narrowed by the report's label selector.
 */
export const alertsSection: SectionSource = {
  key: 'alerts',
  title: 'Alerts',
  requires: ['alerts:read'],
  async build(ctx) {
    const viewer = ctx.authz.requireViewer();
    const readable = scopeFilter(viewer.permissions, 'alerts:read');
    const reachable = reachesEverything(readable) ? null : labelledReachableSql(readable, { id: alerts.id, labels: alerts.labels });
    const labels = Object.keys(ctx.labels).length > 0 ? ctx.labels : null;
    const q = { from: ctx.range.from, to: ctx.range.to, reachable, labels };
    const db = ctx.deps.database.db;

    const perBucket = await alertsOpenedPerBucket(db, q, bucketsOf(ctx));
    ctx.signal.throwIfAborted();
    const f = await alertReportFigures(db, q, TOP_NOISIEST);
    const limited = [reachable && 'only the alerts your grants reach', labels && `labels ${labelsText(labels)}`].filter(Boolean);
    return {
      key: alertsSection.key,
      title: alertsSection.title,
      note: limited.length > 0 ? `Alerts that started in the range: ${limited.join('; ')}.` : 'Alerts that started in the range.',
      summary: [
        cell('Alerts opened', f.total),
        cell('Acknowledged', f.acknowledged),
        cell('Resolved', f.resolved),
        cell('MTTA (ms)', f.mttaMs),
        cell('MTTR (ms)', f.mttrMs),
        ...f.bySeverity.map((s) => cell(`Severity ${s.key}`, s.count)),
        ...f.noisiest.map((n, i) => cell(`Noisiest #${i + 1}: ${n.name}`, n.count)),
      ],
      columns: COLUMNS,
      rows: keysetRows(
        ctx.signal,
        (after: { atKey: string; id: string } | null, limit) => alertReportBatch(db, q, after, limit),
        (a) => ({ atKey: a.atKey, id: a.id }),
        toRow,
      ),
      series: [series(ctx, 'alertsOpened', 'Alerts opened', 'alerts', perBucket.map((b) => ({ t: b.t, value: b.count })))],
    };
  },
};
