import { describe, expect, it } from 'vitest';
import type * as Sampler from '../../../src/services/metrics/metric-sampler';
import type * as Snapshot from '../../../src/services/metrics/registry-snapshot';
import { loadServerModule } from '../../fixtures/load';

const { samplesBetween } = loadServerModule<typeof Sampler>('../../src/services/metrics/metric-sampler.ts');
const { histogramQuantile } = loadServerModule<typeof Snapshot>('../../src/services/metrics/registry-snapshot.ts');

const snapshot = (over: Partial<Snapshot.RegistrySnapshot>): Snapshot.RegistrySnapshot => ({
  atSeconds: 0,
  cpuSeconds: 0,
  rssBytes: 1000,
  heapUsedBytes: 500,
  requests: 0,
  failed: 0,
  openSubscriptions: 0,
  dbPoolWaiting: 0,
  latency: new Map(),
  ...over,
});
const buckets = (counts: number[]) => [0.1, 0.5, 1, Infinity].map((le, i) => ({ le, count: counts[i]! }));

describe('histogramQuantile (as Prometheus)', () => {
  it('interpolates inside the bucket the rank falls in', () => {
    // 100 observations: 50 <= 0.1, 40 in (0.1, 0.5], 10 in (0.5, 1]. p95: rank 95 -> 0.5 + 0.5 * 5/10.
    expect(histogramQuantile(0.95, buckets([50, 90, 100, 100]))).toBeCloseTo(0.75, 12);
    expect(histogramQuantile(0.5, buckets([50, 90, 100, 100]))).toBeCloseTo(0.1, 12);
    // Rank in the +Inf bucket: the highest finite bound.
    expect(histogramQuantile(0.99, buckets([0, 0, 0, 10]))).toBe(1);
    expect(histogramQuantile(0.95, buckets([0, 0, 0, 0]))).toBeNull();
  });
});

describe('samplesBetween', () => {
  it('derives CPU %, rates and per-operation percentiles from the deltas, gauges from the later snapshot', () => {
    const before = snapshot({ atSeconds: 10, cpuSeconds: 4, requests: 100, failed: 5, latency: new Map([['Me', buckets([1000, 1000, 1000, 1000])]]) });
    const now = snapshot({
      atSeconds: 12,
      cpuSeconds: 5,
      requests: 140,
      failed: 15,
      openSubscriptions: 3,
      dbPoolWaiting: 2,
      // Since `before`, Me: 50 more <= 0.1, 40 in (0.1, 0.5], 10 in (0.5, 1]; Users ran nothing new.
      latency: new Map([['Me', buckets([1050, 1090, 1100, 1100])], ['Users', buckets([5, 5, 5, 5])]]),
    });
    const at = new Date('2026-01-01T00:00:00Z');
    const out = samplesBetween(before, now, 'n1:4000', at);
    const value = (metric: string, op?: string) => out.find((s) => s.metric === metric && s.labels.operation === op)?.value;
    expect(out.every((s) => s.labels.node === 'n1:4000' && s.at === at)).toBe(true);
    expect(value('process_cpu_percent')).toBe(50);
    expect(value('process_rss_bytes')).toBe(1000);
    expect(value('nodejs_heap_used_bytes')).toBe(500);
    expect(value('graphql_requests_per_second')).toBe(20);
    expect(value('graphql_error_rate')).toBe(0.25);
    expect(value('graphql_latency_p95_seconds', 'Me')).toBeCloseTo(0.75, 12);
    expect(value('graphql_latency_p99_seconds', 'Me')).toBeCloseTo(0.95, 12);
    // Users: first seen in `now`, its whole count is this interval's.
    expect(value('graphql_latency_p95_seconds', 'Users')).toBeCloseTo(0.095, 12);
    expect(value('graphql_open_subscriptions')).toBe(3);
    expect(value('db_pool_waiting')).toBe(2);
  });

  it('writes an error rate of 0 without requests, and no latency for operations that did not run', () => {
    const latency = new Map([['Me', buckets([1, 1, 1, 1])]]);
    const out = samplesBetween(snapshot({ atSeconds: 1, latency }), snapshot({ atSeconds: 2, latency }), 'n', new Date());
    expect(out.find((s) => s.metric === 'graphql_error_rate')?.value).toBe(0);
    expect(out.filter((s) => s.metric.startsWith('graphql_latency'))).toEqual([]);
  });
});
