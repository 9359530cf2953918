import { and, asc, count, eq, gt, inArray, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { metricSamples, metricSeries, type MetricSeriesRow } from '../schema/metrics';

export interface NewSeries {
  metric: string;
  labels: Record<string, string>;
  hash: string;
}

export interface NewSample {
  seriesId: number;
  at: Date;
  value: number;
}

const seriesColumns = {
  id: metricSeries.id,
  metric: metricSeries.metric,
  labels: metricSeries.labels,
  hash: metricSeries.hash,
  createdAt: metricSeries.createdAt,
};

/** Ids of the series that exist among `hashes`. */
export async function findSeriesIdsByHash(db: DbOrTx, hashes: string[]): Promise<Map<string, number>> {
  if (hashes.length === 0) return new Map();
  const rows = await db.select({ id: metricSeries.id, hash: metricSeries.hash }).from(metricSeries).where(inArray(metricSeries.hash, hashes));
  return new Map(rows.map((r) => [r.hash, r.id]));
}

/** Creates the series not there yet; a series created concurrently by another writer is skipped (not returned). */
export async function insertSeries(db: DbOrTx, rows: NewSeries[]): Promise<Map<string, number>> {
  if (rows.length === 0) return new Map();
  const created = await db
    .insert(metricSeries)
    .values(rows)
    .onConflictDoNothing({ target: metricSeries.hash })
    .returning({ id: metricSeries.id, hash: metricSeries.hash });
  return new Map(created.map((r) => [r.hash, r.id]));
}

/**
 * Serializes creating series under the caps until commit: the counts a push checks cannot change
 * before its own series are in. Creation is rare (samples of existing series take no lock).
 */
export async function lockSeriesCreation(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('metric_series'), 0)`);
}

/** Every series in the store (pushed and sampled). */
export async function countAllSeries(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: count() }).from(metricSeries);
  return row?.n ?? 0;
}

/** Series per metric name, for the names given. */
export async function countSeriesByMetric(db: DbOrTx, metrics: string[]): Promise<Map<string, number>> {
  if (metrics.length === 0) return new Map();
  const rows = await db
    .select({ metric: metricSeries.metric, n: count() })
    .from(metricSeries)
    .where(inArray(metricSeries.metric, metrics))
    .groupBy(metricSeries.metric);
  return new Map(rows.map((r) => [r.metric, r.n]));
}

/** A repeated (series, at) keeps the latest value written, as a re-sent sample should. */
export async function insertSamples(db: DbOrTx, rows: NewSample[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(metricSamples)
    .values(rows)
    .onConflictDoUpdate({ target: [metricSamples.seriesId, metricSamples.at], set: { value: sql`excluded.value` } });
}

/** Deletes at most `limit` samples older than `before`; returns how many. */
export async function purgeSamplesBefore(db: DbOrTx, before: Date, limit: number): Promise<number> {
  const [row] = await db.execute<{ purged: string }>(sql`
    with purged as (
      delete from ${metricSamples} where ctid = any(array(
        select ctid from ${metricSamples} where ${metricSamples.at} < ${before.toISOString()}::timestamptz limit ${limit}
      )) returning 1
    )
    select count(*)::text as purged from purged`);
  return Number(row?.purged ?? 0);
}

/** Deletes at most `limit` series created before `before` that hold no sample any more (frees their slot under the cap). */
export async function purgeEmptySeries(db: DbOrTx, before: Date, limit: number): Promise<number> {
  const [row] = await db.execute<{ purged: string }>(sql`
    with purged as (
      delete from ${metricSeries} where ${metricSeries.id} in (
        select s.id from ${metricSeries} s
        where s.created_at < ${before.toISOString()}::timestamptz
          and not exists (select 1 from ${metricSamples} x where x.series_id = s.id)
        limit ${limit}
      ) returning 1
    )
    select count(*)::text as purged from purged`);
  return Number(row?.purged ?? 0);
}

export interface SeriesFilter {
  metric?: string;
  /** A condition over `labels` of metric_series (built by the service from label matchers). */
  labels?: SQL;
}

const seriesWhere = (filter: SeriesFilter) =>
  and(filter.metric !== undefined ? eq(metricSeries.metric, filter.metric) : undefined, filter.labels);

/** Keyset page by id (one more row than asked, to know whether another page follows). */
export function listSeries(db: DbOrTx, filter: SeriesFilter, page: { first: number; afterId: number | null }): Promise<MetricSeriesRow[]> {
  return db
    .select(seriesColumns)
    .from(metricSeries)
    .where(and(seriesWhere(filter), page.afterId !== null ? gt(metricSeries.id, page.afterId) : undefined))
    .orderBy(asc(metricSeries.id))
    .limit(page.first + 1);
}

export async function countSeries(db: DbOrTx, filter: SeriesFilter): Promise<number> {
  const [row] = await db.select({ n: count() }).from(metricSeries).where(seriesWhere(filter));
  return row?.n ?? 0;
}

export async function findSeriesById(db: DbOrTx, id: number): Promise<MetricSeriesRow | undefined> {
  const [row] = await db.select(seriesColumns).from(metricSeries).where(eq(metricSeries.id, id));
  return row;
}

export async function findSeriesByHash(db: DbOrTx, hash: string): Promise<MetricSeriesRow | undefined> {
  const [row] = await db.select(seriesColumns).from(metricSeries).where(eq(metricSeries.hash, hash));
  return row;
}

export interface RangePoint {
  at: Date;
  value: number;
}

/**
 * Samples of one series in [from, to], oldest first, at most `limit`. With `stepSeconds`, one
 * point per step (the average of the step's samples, stamped with the step's start).
 */
export async function rangeSamples(
  db: DbOrTx,
  seriesId: number,
  range: { from: Date; to: Date; stepSeconds: number | null; limit: number },
): Promise<RangePoint[]> {
  const from = sql`${range.from.toISOString()}::timestamptz`;
  const to = sql`${range.to.toISOString()}::timestamptz`;
  const rows = range.stepSeconds
    ? await db.execute<{ at: string; value: number }>(sql`
        select ${from} + make_interval(secs => floor(extract(epoch from x.at - ${from}) / ${range.stepSeconds}) * ${range.stepSeconds}) as at,
               avg(x.value)::float8 as value
        from ${metricSamples} x
        where x.series_id = ${seriesId} and x.at >= ${from} and x.at <= ${to}
        group by 1 order by 1 limit ${range.limit}`)
    : await db.execute<{ at: string; value: number }>(sql`
        select x.at, x.value from ${metricSamples} x
        where x.series_id = ${seriesId} and x.at >= ${from} and x.at <= ${to}
        order by x.at limit ${range.limit}`);
  return rows.map((r) => ({ at: new Date(r.at), value: Number(r.value) }));
}

export type Aggregation = 'avg' | 'min' | 'max' | 'sum' | 'count' | 'rate' | 'p95' | 'p99';

const AGGREGATES: Record<Exclude<Aggregation, 'rate'>, SQL> = {
  avg: sql`avg(x.value)`,
  min: sql`min(x.value)`,
  max: sql`max(x.value)`,
  sum: sql`sum(x.value)`,
  count: sql`count(*)`,
  p95: sql`percentile_cont(0.95) within group (order by x.value)`,
  p99: sql`percentile_cont(0.99) within group (order by x.value)`,
};

export interface AggregateQuery {
  metric: string;
  /** A condition over `s.labels` (metric_series aliased `s`). */
  labels: SQL | null;
  by: string[];
  aggregation: Aggregation;
  windowSeconds: number;
  at: Date;
}

/**
 * One statement: the samples of the matching series in (at - window, at], grouped by the `by`
 * labels, aggregated in PostgreSQL. A group with no sample in the window yields no row.
 * `rate`: per series, the sum of increases between consecutive samples (a drop is a counter
 * reset: the new value counts as the increase, as Prometheus does), over the window in seconds;
 * a series needs two samples in the window; groups sum their series' rates.
 */
export async function aggregateSamples(db: DbOrTx, q: AggregateQuery): Promise<Array<{ labels: Record<string, string>; value: number | null }>> {
  const group = q.by.length === 0 ? sql`'{}'::jsonb` : sql`jsonb_strip_nulls(jsonb_build_object(${sql.join(q.by.map((name) => sql`${name}::text, s.labels -> ${name}::text`), sql`, `)}))`;
  const from = sql`${new Date(q.at.getTime() - q.windowSeconds * 1000).toISOString()}::timestamptz`;
  const at = sql`${q.at.toISOString()}::timestamptz`;
  // The matching series and their group key, computed once per series (materialized: not per sample).
  const series = sql`series as materialized (
    select s.id, ${group} as labels from ${metricSeries} s where s.metric = ${q.metric}${q.labels ? sql` and (${q.labels})` : sql``}
  )`;
  const samples = sql`series g join ${metricSamples} x on x.series_id = g.id and x.at > ${from} and x.at <= ${at}`;
  const rows =
    q.aggregation === 'rate'
      ? await db.execute<{ labels: Record<string, string>; value: number | null }>(sql`
          with ${series}
          select labels, (sum(increase) / ${q.windowSeconds}::float8)::float8 as value from (
            select id, labels, sum(case when prev is null then 0 when value >= prev then value - prev else value end) as increase
            from (
              select g.id, g.labels, x.value, lag(x.value) over (partition by g.id order by x.at) as prev from ${samples}
            ) d
            group by id, labels having count(*) >= 2
          ) per_series group by labels`)
      : await db.execute<{ labels: Record<string, string>; value: number | null }>(sql`
          with ${series}
          select g.labels, (${AGGREGATES[q.aggregation]})::float8 as value from ${samples} group by g.labels`);
  return rows.map((r) => ({ labels: r.labels, value: r.value === null ? null : Number(r.value) }));
}
