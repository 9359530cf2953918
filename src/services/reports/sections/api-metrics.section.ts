import { apiMetricsPerBucket } from '../../../db/queries/report-sections-api-metrics.queries';
import { SAMPLED_METRICS } from '../../metrics/metric-sampler';
import type { ReportColumn, SeriesPoint } from '../report-document';
import { bucketsOf, cell, leftOutSection, ratio, rowsFrom, series } from './more-section-helpers';
import type { SectionSource } from './section-source';

const COLUMNS: ReportColumn[] = [
  { key: 'bucket', title: 'Period start', type: 'datetime' },
  { key: 'requestRate', title: 'Requests per second', type: 'number' },
  { key: 'errorRate', title: 'Error rate', type: 'percent' },
  { key: 'p95Ms', title: 'Latency p95 (ms)', type: 'number' },
  { key: 'p99Ms', title: 'Latency p99 (ms)', type: 'number' },
];

const NAMES = {
  requestsPerSecond: SAMPLED_METRICS.requestsPerSecond,
  errorRate: SAMPLED_METRICS.errorRate,
  p95: SAMPLED_METRICS.p95,
  p99: SAMPLED_METRICS.p99,
};

/**
 * The API's own request rate, error rate and latency, from what the metric sampler stores every
 * interval per node (graphql_requests_per_second, graphql_error_rate, graphql_latency_p95/p99_seconds
 * per operation). metrics:read reaches the store whole or not at all. Series carry one point per
 * period (analytics treats neighbouring points as neighbouring periods): a period without latency
 * samples is 0 in the latency series, blank in the rows, and the note says how many there were.
 */
export const apiMetricsSection: SectionSource = {
  key: 'apiMetrics',
  title: 'API metrics',
  requires: ['metrics:read'],
  async build(ctx) {
    if (!ctx.authz.can('metrics:read', { type: 'metrics' })) {
      return leftOutSection(apiMetricsSection, COLUMNS, 'Left out: the metrics store needs metrics:read over the whole store, not a scoped grant.');
    }
    const buckets = await apiMetricsPerBucket(ctx.deps.database.db, NAMES, bucketsOf(ctx));
    const sampled = buckets.filter((b) => b.samples > 0);
    const rateSum = buckets.reduce((n, b) => n + b.requestRate, 0);
    const errorWeighted = buckets.reduce((n, b) => n + b.errorRate * b.requestRate, 0);
    const p95s = buckets.filter((b) => b.p95Ms !== null).map((b) => b.p95Ms!);
    const latencyPoints = (pick: (b: (typeof buckets)[number]) => number | null): SeriesPoint[] => buckets.map((b) => ({ t: b.t, value: pick(b) ?? 0 }));
    const latencyGaps = buckets.length - p95s.length;
    return {
      key: apiMetricsSection.key,
      title: apiMetricsSection.title,
      note:
        sampled.length === 0
          ? 'No samples in the metrics store for this range (METRICS_SAMPLE_SECONDS 0 turns sampling off).'
          : latencyGaps > 0
            ? `${latencyGaps} of ${buckets.length} periods have no latency samples: 0 in the latency charts, blank in the table.`
            : null,
      summary: [
        cell('Mean requests per second', sampled.length > 0 ? rateSum / sampled.length : null),
        cell('Error rate', ratio(errorWeighted, rateSum)),
        cell('Mean latency p95 (ms)', p95s.length > 0 ? p95s.reduce((a, b) => a + b, 0) / p95s.length : null),
        cell('Worst period latency p95 (ms)', p95s.length > 0 ? Math.max(...p95s) : null),
        cell('Periods with samples', sampled.length),
      ],
      columns: COLUMNS,
      rows: rowsFrom(buckets.map((b) => ({ bucket: b.t, requestRate: b.requestRate, errorRate: b.errorRate, p95Ms: b.p95Ms, p99Ms: b.p99Ms }))),
      series: [
        series(ctx, 'requestRate', 'Requests per second', 'req/s', buckets.map((b) => ({ t: b.t, value: b.requestRate }))),
        series(ctx, 'errorRate', 'Error rate', 'ratio', buckets.map((b) => ({ t: b.t, value: b.errorRate }))),
        series(ctx, 'latencyP95', 'Latency p95', 'ms', latencyPoints((b) => b.p95Ms)),
        series(ctx, 'latencyP99', 'Latency p99', 'ms', latencyPoints((b) => b.p99Ms)),
      ],
    };
  },
};
