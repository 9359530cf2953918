import { hostname } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Registry } from 'prom-client';
import type { Database } from '../../db/client';
import type { Logger } from '../../logger';
import { writeSamples, type StoredSample } from './metric-store';
import { histogramQuantile, increase, snapshotRegistry, type RegistrySnapshot } from './registry-snapshot';

/** Names the sampler stores (listed in the README); every one carries the `node` label. */
export const SAMPLED_METRICS = {
  cpu: 'process_cpu_percent',
  rss: 'process_rss_bytes',
  heap: 'nodejs_heap_used_bytes',
  requestsPerSecond: 'graphql_requests_per_second',
  errorRate: 'graphql_error_rate',
  p95: 'graphql_latency_p95_seconds',
  p99: 'graphql_latency_p99_seconds',
  openSubscriptions: 'graphql_open_subscriptions',
  dbPoolWaiting: 'db_pool_waiting',
} as const;

/**
 * Turns two registry snapshots into stored samples: rates and percentiles come from the deltas
 * between them (what happened in this interval), gauges from the later one. Latency is only
 * written for operations that ran in the interval.
 */
export function samplesBetween(before: RegistrySnapshot, now: RegistrySnapshot, node: string, at: Date): StoredSample[] {
  const out: StoredSample[] = [];
  const put = (metric: string, value: number | null, labels: Record<string, string> = {}) => {
    if (value !== null && Number.isFinite(value)) out.push({ metric, labels: { ...labels, node }, value, at });
  };
  const seconds = now.atSeconds - before.atSeconds;
  if (seconds > 0 && now.cpuSeconds !== null && before.cpuSeconds !== null) {
    put(SAMPLED_METRICS.cpu, (increase(now.cpuSeconds, before.cpuSeconds) / seconds) * 100);
  }
  put(SAMPLED_METRICS.rss, now.rssBytes);
  put(SAMPLED_METRICS.heap, now.heapUsedBytes);
  const requests = increase(now.requests, before.requests);
  if (seconds > 0) put(SAMPLED_METRICS.requestsPerSecond, requests / seconds);
  put(SAMPLED_METRICS.errorRate, requests > 0 ? Math.min(1, increase(now.failed, before.failed) / requests) : 0);
  for (const [operation, buckets] of now.latency) {
    const previous = new Map((before.latency.get(operation) ?? []).map((b) => [b.le, b.count]));
    const delta = buckets.map((b) => ({ le: b.le, count: increase(b.count, previous.get(b.le) ?? 0) }));
    put(SAMPLED_METRICS.p95, histogramQuantile(0.95, delta), { operation });
    put(SAMPLED_METRICS.p99, histogramQuantile(0.99, delta), { operation });
  }
  put(SAMPLED_METRICS.openSubscriptions, now.openSubscriptions);
  put(SAMPLED_METRICS.dbPoolWaiting, now.dbPoolWaiting);
  return out;
}

export interface SamplerOptions {
  registry: Registry;
  /** The background pool: the samples' writes stay out of request statement counts. */
  database: Database;
  log: Logger;
  intervalMs: number;
  /** Value of the `node` label (known once the node listens). */
  node: () => string;
}

/**
 * Samples this process's prom-client registry into the store every interval. A failed write
 * (PostgreSQL away) is logged and that interval skipped; the next one compares against the
 * snapshot it failed to store, so rates stay per interval.
 */
export class MetricSampler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private last: RegistrySnapshot | null = null;
  private stopped = false;
  /** Intervals stored and skipped, for tests and logs. */
  readonly counts = { written: 0, failed: 0 };

  constructor(private readonly opts: SamplerOptions) {}

  async start(): Promise<void> {
    this.last = await snapshotRegistry(this.opts.registry, performance.now() / 1000);
    this.schedule();
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick().finally(() => {
        this.running = null;
        this.schedule();
      });
    }, this.opts.intervalMs);
    this.timer.unref();
  }

  /** One interval: snapshot, derive, write. Never throws. */
  async tick(): Promise<void> {
    try {
      const now = await snapshotRegistry(this.opts.registry, performance.now() / 1000);
      const before = this.last ?? now;
      this.last = now;
      const samples = samplesBetween(before, now, this.opts.node(), new Date());
      await writeSamples(this.opts.database.db, samples, { maxSeriesPerMetric: null });
      this.counts.written += 1;
    } catch (err) {
      this.counts.failed += 1;
      this.opts.log.warn({ err }, 'metrics sampler: could not store this interval; skipped');
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}

/** The node's sampler, per config (null when METRICS_SAMPLE_SECONDS is 0). */
export async function startMetricSampler(
  config: { METRICS_SAMPLE_SECONDS: number; METRICS_NODE_NAME?: string | undefined },
  registry: Registry,
  database: Database,
  log: Logger,
  port: number,
): Promise<MetricSampler | null> {
  if (config.METRICS_SAMPLE_SECONDS <= 0) return null;
  const node = config.METRICS_NODE_NAME ?? `${hostname()}:${port}`;
  const sampler = new MetricSampler({ registry, database, log, intervalMs: config.METRICS_SAMPLE_SECONDS * 1000, node: () => node });
  await sampler.start();
  return sampler;
}
