import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { metricSamples, metricSeries } from '../schema';
import { bucketOf, bucketSeries, epochMs, rowsOf, toDate, toNumber, toNumberOrNull, tsParam, type BucketSpec } from './report-sections-buckets.queries';

/** The series the metric sampler stores per node (see SAMPLED_METRICS in services/metrics). */
export interface ApiMetricNames {
  requestsPerSecond: string;
  errorRate: string;
  p95: string;
  p99: string;
}

export interface ApiMetricsBucketRow {
  t: Date;
  /** Requests per second over the bucket, summed over nodes (each node's samples averaged). */
  requestRate: number;
  /** Failed share of requests, weighted by each sample's request rate; 0 without requests. */
  errorRate: number;
  /** Mean over operations and nodes of the sampled 95th/99th percentile, in ms; null without samples. */
  p95Ms: number | null;
  p99Ms: number | null;
  samples: number;
}

/**
 * Request rate, error rate and latency per bucket from the built-in metrics store, all aggregated
 * in PostgreSQL: samples in [from, to) of the four series are read once (CTE); every bucket of the
 * range is present, with zero rates where nothing was sampled.
 */
export async function apiMetricsPerBucket(db: DbOrTx, names: ApiMetricNames, b: BucketSpec): Promise<ApiMetricsBucketRow[]> {
  const result = await db.execute(sql`
    with x as materialized (
      select ${metricSeries.metric} as metric, ${metricSeries.labels} ->> 'node' as node, ${metricSamples.at} as at,
             ${metricSamples.value} as value, ${bucketOf(metricSamples.at, b)} as t
      from ${metricSamples} join ${metricSeries} on ${metricSeries.id} = ${metricSamples.seriesId}
      where ${metricSeries.metric} in (${names.requestsPerSecond}, ${names.errorRate}, ${names.p95}, ${names.p99})
        and ${metricSamples.at} >= ${tsParam(b.from)} and ${metricSamples.at} < ${tsParam(b.to)}
    ),
    rate as (
      select t, sum(v) as rps from (select t, node, avg(value) as v from x where metric = ${names.requestsPerSecond} group by t, node) n group by t
    ),
    err as (
      select r.t, sum(e.value * r.value) / nullif(sum(r.value), 0) as error_rate
      from x r join x e on e.metric = ${names.errorRate} and e.node is not distinct from r.node and e.at = r.at
      where r.metric = ${names.requestsPerSecond}
      group by r.t
    ),
    lat as (
      select t, avg(value) filter (where metric = ${names.p95}) * 1000 as p95_ms, avg(value) filter (where metric = ${names.p99}) * 1000 as p99_ms,
             count(*) as samples
      from x group by t
    )
    select ${epochMs(sql`s.t`)} as t, coalesce(rate.rps, 0)::float8 as rps, coalesce(err.error_rate, 0)::float8 as error_rate,
           lat.p95_ms::float8 as p95_ms, lat.p99_ms::float8 as p99_ms, coalesce(lat.samples, 0)::int as samples
    from ${bucketSeries(b)} s
    left join rate on rate.t = s.t
    left join err on err.t = s.t
    left join lat on lat.t = s.t
    order by s.t`);
  return rowsOf<Record<string, unknown>>(result).map((r) => ({
    t: toDate(r.t),
    requestRate: toNumber(r.rps),
    errorRate: toNumber(r.error_rate),
    p95Ms: toNumberOrNull(r.p95_ms),
    p99Ms: toNumberOrNull(r.p99_ms),
    samples: toNumber(r.samples),
  }));
}
