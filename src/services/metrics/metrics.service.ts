import { sql } from 'drizzle-orm';
import { countSeries, findSeriesByHash, findSeriesById, listSeries, rangeSamples, type SeriesFilter } from '../../db/queries/metrics.queries';
import type { MetricSeriesRow } from '../../db/schema';
import { underlyingCode } from '../../errors/classify';
import { AppError } from '../../errors/app-error';
import type { ServiceDeps } from '../deps';
import { decodeCursor, encodeCursor, pageSize, toConnection, type Connection } from '../shared/connection';
import type { ServiceContext } from '../shared/service-context';
import { inTransaction } from '../shared/unit-of-work';
import { validateMatchers, type LabelMatcher } from '../shared/label-matchers';
import { matchersToSql } from './label-matcher-sql';
import { seriesHash, writeSamples } from './metric-store';
import { parseLabels, parsePushBatch, type RawLabels, type RawSample } from './push-validation';

/** Most points one metricRange answer carries (as Prometheus's query_range). */
export const MAX_RANGE_POINTS = 11_000;

export interface MetricSeriesView {
  id: string;
  metric: string;
  labels: Array<{ name: string; value: string }>;
  labelMap: Record<string, string>;
  createdAt: Date;
}

export interface RangeArgs {
  seriesId?: string | null;
  metric?: string | null;
  labels?: RawLabels['labels'];
  labelMap?: RawLabels['labelMap'];
  from: Date;
  to: Date;
  step?: number | null;
}

const toView = (row: MetricSeriesRow): MetricSeriesView => ({
  id: String(row.id),
  metric: row.metric,
  labels: Object.entries(row.labels).map(([name, value]) => ({ name, value })),
  labelMap: row.labels,
  createdAt: row.createdAt,
});

const isSeriesCursor = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) > 0;

/** pushMetrics (metrics:write) and the store's reads (metrics:read). */
export class MetricsService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly ctx: ServiceContext,
  ) {}

  /**
   * Stores a batch whole or not at all (one transaction). Samples are telemetry, not changes to
   * the control plane: they are not written to the audit trail (a denied push is, by the gate).
   */
  async push(raw: RawSample[]): Promise<{ accepted: number; seriesCreated: number }> {
    this.ctx.authz.assertCan('metrics:write', { type: 'metrics' });
    const { config } = this.deps;
    const samples = parsePushBatch(raw, { maxSamples: config.METRICS_PUSH_MAX_SAMPLES, retentionDays: config.METRICS_RETENTION_DAYS, now: Date.now() });
    const { seriesCreated } = await inTransaction(this.deps, this.ctx.log, (uow) =>
      writeSamples(uow.tx, samples, { maxSeriesPerMetric: config.METRICS_MAX_SERIES_PER_METRIC, maxSeries: config.METRICS_MAX_SERIES }),
    );
    return { accepted: samples.length, seriesCreated };
  }

  async series(filter: { metric?: string | null; matchers?: LabelMatcher[] | null } | null, first?: number | null, after?: string | null): Promise<Connection<MetricSeriesView>> {
    this.ctx.authz.assertCan('metrics:read', { type: 'metrics' });
    const size = pageSize(first);
    const cursor = decodeCursor('metricSeries', after, isSeriesCursor);
    const matchers = filter?.matchers ?? [];
    validateMatchers(matchers, 'filter.matchers');
    const where: SeriesFilter = {
      metric: filter?.metric ?? undefined,
      labels: matchersToSql(sql`"metric_series"."labels"`, matchers) ?? undefined,
    };
    const db = this.deps.database.db;
    const rows = await badRegexAsInput(listSeries(db, where, { first: size, afterId: cursor }));
    return toConnection(rows, size, (r) => encodeCursor('metricSeries', r.id), toView, () => badRegexAsInput(countSeries(db, where)));
  }

  async range(args: RangeArgs): Promise<{ series: MetricSeriesView; step: number | null; points: Array<{ at: Date; value: number }> }> {
    this.ctx.authz.assertCan('metrics:read', { type: 'metrics' });
    if (!(args.from < args.to)) throw AppError.badInput('from must be before to', 'from');
    const step = args.step ?? null;
    if (step !== null && (!Number.isInteger(step) || step < 1 || step > 86_400)) throw AppError.badInput('step must be a whole number of seconds from 1 to 86400', 'step');
    if (step !== null && (args.to.getTime() - args.from.getTime()) / 1000 / step > MAX_RANGE_POINTS) {
      throw AppError.badInput(`from..to in steps of ${step} s would give more than ${MAX_RANGE_POINTS} points: choose a larger step`, 'step');
    }
    const db = this.deps.database.db;
    const row = await this.findSeries(args);
    if (!row) throw AppError.notFound('Metric series');
    const points = await rangeSamples(db, row.id, { from: args.from, to: args.to, stepSeconds: step, limit: MAX_RANGE_POINTS + 1 });
    if (points.length > MAX_RANGE_POINTS) {
      throw AppError.badInput(`more than ${MAX_RANGE_POINTS} samples in from..to: narrow the range or set step`, 'to');
    }
    return { series: toView(row), step, points };
  }

  private async findSeries(args: RangeArgs): Promise<MetricSeriesRow | undefined> {
    const db = this.deps.database.db;
    if (args.seriesId != null) {
      if (args.metric != null) throw AppError.badInput('give seriesId or metric (with labels), not both', 'seriesId');
      const id = Number(args.seriesId);
      return Number.isSafeInteger(id) && id > 0 ? findSeriesById(db, id) : undefined;
    }
    if (args.metric == null) throw AppError.badInput('give seriesId, or metric and its labels', 'metric');
    const labels = parseLabels({ labels: args.labels, labelMap: args.labelMap }, 'labels');
    return findSeriesByHash(db, seriesHash(args.metric, labels));
  }
}

/** A regex JavaScript accepts but PostgreSQL refuses (2201B) is still the caller's input. */
async function badRegexAsInput<T>(query: Promise<T>): Promise<T> {
  try {
    return await query;
  } catch (err) {
    if (underlyingCode(err) === '2201B') throw AppError.badInput('a regular expression in filter.matchers is not supported', 'filter.matchers');
    throw err;
  }
}
