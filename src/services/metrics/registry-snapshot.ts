import type { MetricObjectWithValues, MetricValue, Registry } from 'prom-client';

/** The registry's numbers the sampler needs, read at one instant. */
export interface RegistrySnapshot {
  /** performance.now() in seconds: deltas between snapshots use a monotonic clock. */
  atSeconds: number;
  cpuSeconds: number | null;
  rssBytes: number | null;
  heapUsedBytes: number | null;
  requests: number;
  failed: number;
  openSubscriptions: number | null;
  dbPoolWaiting: number | null;
  /** Per operation: cumulative bucket counts by upper bound (`+Inf` last). */
  latency: Map<string, Array<{ le: number; count: number }>>;
}

const NAMES = {
  cpu: 'process_cpu_seconds_total',
  rss: 'process_resident_memory_bytes',
  heap: 'nodejs_heap_size_used_bytes',
  requests: 'control_plane_graphql_requests_total',
  failed: 'control_plane_graphql_failed_operations_total',
  latency: 'control_plane_graphql_request_duration_seconds',
  subscriptions: 'control_plane_open_subscriptions',
  poolWaiting: 'control_plane_db_pool_waiting',
} as const;

/** Reads only the metrics it needs (collect() of the others, a Redis round trip for one, is not run). */
async function read(registry: Registry, name: string): Promise<MetricValue<string>[] | null> {
  const metric = registry.getSingleMetric(name);
  if (!metric) return null;
  const got = (await metric.get()) as MetricObjectWithValues<MetricValue<string>>;
  return got.values;
}

const sum = (values: MetricValue<string>[] | null) => (values ? values.reduce((n, v) => n + v.value, 0) : null);

/**
 * prom-client updates some families from one member's collect(): the CPU counters from the user
 * one, the heap gauges from the total one. Reading those first brings the others up to date.
 */
const COLLECTED_BY = ['process_cpu_user_seconds_total', 'nodejs_heap_size_total_bytes'];

export async function snapshotRegistry(registry: Registry, atSeconds: number): Promise<RegistrySnapshot> {
  for (const name of COLLECTED_BY) await read(registry, name);
  const [cpu, rss, heap, requests, failed, latency, subscriptions, poolWaiting] = await Promise.all(
    [NAMES.cpu, NAMES.rss, NAMES.heap, NAMES.requests, NAMES.failed, NAMES.latency, NAMES.subscriptions, NAMES.poolWaiting].map((n) => read(registry, n)),
  );
  const buckets = new Map<string, Array<{ le: number; count: number }>>();
  for (const v of latency ?? []) {
    const name = (v as MetricValue<string> & { metricName?: string }).metricName;
    if (!name?.endsWith('_bucket')) continue;
    const operation = String(v.labels.operation ?? '');
    const le = v.labels.le === '+Inf' ? Infinity : Number(v.labels.le);
    const list = buckets.get(operation) ?? [];
    list.push({ le, count: v.value });
    buckets.set(operation, list);
  }
  for (const list of buckets.values()) list.sort((a, b) => a.le - b.le);
  return {
    atSeconds,
    cpuSeconds: sum(cpu),
    // prom-client reports RSS on Linux only; elsewhere the process's own figure.
    rssBytes: sum(rss) ?? process.memoryUsage().rss,
    heapUsedBytes: sum(heap) ?? process.memoryUsage().heapUsed,
    requests: sum(requests) ?? 0,
    failed: sum(failed) ?? 0,
    openSubscriptions: sum(subscriptions),
    dbPoolWaiting: sum(poolWaiting),
    latency: buckets,
  };
}

/** A counter's increase; a drop means it was reset, and then the new value is the increase. */
export const increase = (now: number, before: number) => (now >= before ? now - before : now);

/**
 * Prometheus's histogram_quantile over cumulative buckets: linear interpolation inside the bucket
 * the rank falls in; in the +Inf bucket, the highest finite bound. Null without observations.
 */
export function histogramQuantile(q: number, buckets: Array<{ le: number; count: number }>): number | null {
  const total = buckets.at(-1)?.count ?? 0;
  if (total <= 0) return null;
  const rank = q * total;
  let lower = 0;
  let below = 0;
  for (const b of buckets) {
    if (b.count >= rank) {
      if (b.le === Infinity) return lower;
      if (b.count === below) return b.le;
      return lower + ((b.le - lower) * (rank - below)) / (b.count - below);
    }
    lower = b.le;
    below = b.count;
  }
  return lower;
}
