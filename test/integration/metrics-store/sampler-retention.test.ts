import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import type * as ClientModule from '../../../src/db/client';
import type * as LoggerModule from '../../../src/logger';
import type * as RegistryModule from '../../../src/metrics/registry';
import type * as SamplerModule from '../../../src/services/metrics/metric-sampler';
import type * as StoreModule from '../../../src/services/metrics/metric-store';
import type * as RetentionModule from '../../../src/services/metrics/metrics-retention';
import type * as TaskListModule from '../../../src/services/jobs/task-list';
import { loadServerModule } from '../../fixtures/load';
import { useCluster } from '../../fixtures/test-node';
import { freePort } from '../../setup/free-port';
import { until } from '../../fixtures/until';

const { connectDatabase } = loadServerModule<typeof ClientModule>('../../src/db/client.ts');
const { createLogger } = loadServerModule<typeof LoggerModule>('../../src/logger.ts');
const { metricsRegistry } = loadServerModule<typeof RegistryModule>('../../src/metrics/registry.ts');
const { MetricSampler, SAMPLED_METRICS } = loadServerModule<typeof SamplerModule>('../../src/services/metrics/metric-sampler.ts');
const { writeSamples } = loadServerModule<typeof StoreModule>('../../src/services/metrics/metric-store.ts');
const { purgeMetrics } = loadServerModule<typeof RetentionModule>('../../src/services/metrics/metrics-retention.ts');
const { SCHEDULES } = loadServerModule<typeof TaskListModule>('../../src/services/jobs/task-list.ts');

// Samples every 200 ms, so a few intervals pass within a test.
const ctx = useCluster({ env: { METRICS_SAMPLE_SECONDS: '0.2' } });

describe('the node sampler', () => {
  it("stores the node's own metrics under its node label, latency per operation", async () => {
    const node = `${hostname()}:${ctx.node.port}`;
    for (let i = 0; i < 5; i += 1) await ctx.owner.Me();
    const stored = () =>
      ctx.node.database.sql<{ metric: string; labels: Record<string, string>; n: number; last: number }[]>`
        select s.metric, s.labels, count(*)::int as n, (array_agg(x.value order by x.at desc))[1] as last
        from metric_series s join metric_samples x on x.series_id = s.id
        where s.labels ->> 'node' = ${node} group by s.id`;
    const names = Object.values(SAMPLED_METRICS);
    // Every metric, and the latency of the interval that held the Me calls (a later sample may come first).
    const rows = await until(stored, (r) => names.every((m) => r.some((s) => s.metric === m)) && r.some((s) => s.metric === SAMPLED_METRICS.p95 && s.labels.operation === 'Me'));
    expect([...new Set(rows.map((r) => r.metric))].sort()).toEqual([...names].sort());
    const last = (metric: string, operation?: string) => rows.find((r) => r.metric === metric && r.labels.operation === operation)!;
    expect(last(SAMPLED_METRICS.rss).last).toBeGreaterThan(1_000_000);
    expect(last(SAMPLED_METRICS.heap).last).toBeGreaterThan(1_000_000);
    expect(last(SAMPLED_METRICS.cpu).last).toBeGreaterThanOrEqual(0);
    expect(last(SAMPLED_METRICS.errorRate).last).toBeGreaterThanOrEqual(0);
    expect(last(SAMPLED_METRICS.errorRate).last).toBeLessThanOrEqual(1);
    // The interval with the five Me calls gave their latency; every label set has `node`.
    expect(last(SAMPLED_METRICS.p95, 'Me').last).toBeGreaterThan(0);
    expect(last(SAMPLED_METRICS.p99, 'Me').labels).toEqual({ node, operation: 'Me' });
    expect(last(SAMPLED_METRICS.openSubscriptions).labels).toEqual({ node });
  });

  it('writes through the background pool: the request pool counts none of its statements', async () => {
    const count = async () => (await ctx.node.database.sql<{ n: number }[]>`select count(*)::int as n from metric_samples`)[0]!.n;
    const seen: string[] = [];
    const stop = ctx.node.database.onStatement((q) => seen.push(q));
    const samples = await count();
    expect(await until(count, (n) => n > samples + 20)).toBeGreaterThan(samples + 20);
    stop();
    // Only this test's own reads ran on the request pool, while the sampler wrote 20+ samples.
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((q) => q !== 'select count(*)::int as n from metric_samples')).toEqual([]);
  });

  it('logs and skips an interval while PostgreSQL is away, and never throws', async () => {
    const port = await freePort();
    const away = connectDatabase(`postgres://nobody@127.0.0.1:${port}/none`, { connectTimeoutSeconds: 1, acquireTimeoutMs: 500 });
    const sampler = new MetricSampler({ registry: metricsRegistry, database: away, log: createLogger('silent'), intervalMs: 60_000, node: () => 'away' });
    await sampler.start();
    await sampler.tick();
    await sampler.tick();
    expect(sampler.counts).toEqual({ written: 0, failed: 2 });
    await sampler.stop();
    await away.close();
  });
});

describe('retention', () => {
  it('purges samples past METRICS_RETENTION_DAYS in batches, then empty series; a second run finds nothing', async () => {
    const db = ctx.node.database.db;
    const now = Date.now();
    const day = 86_400_000;
    const at = (days: number) => new Date(now - days * day);
    await writeSamples(
      db,
      [
        ...[20, 19, 18, 17, 16].map((d) => ({ metric: 'retained', labels: { k: 'old' }, value: d, at: at(d) })),
        ...[20, 1].map((d) => ({ metric: 'retained', labels: { k: 'mixed' }, value: d, at: at(d) })),
      ],
      { maxSeriesPerMetric: null },
    );
    // Series rows created "long ago", as they would have been.
    await ctx.node.database.sql`update metric_series set created_at = now() - interval '30 days' where metric = 'retained'`;
    const log = createLogger('silent');
    expect(await purgeMetrics(ctx.node.database, log, 15, { now, batch: 2 })).toEqual({ samples: 6, series: 1 });
    const left = await ctx.node.database.sql<{ k: string; value: number }[]>`
      select s.labels ->> 'k' as k, x.value from metric_series s join metric_samples x on x.series_id = s.id where s.metric = 'retained'`;
    expect(left).toEqual([{ k: 'mixed', value: 1 }]);
    expect(await purgeMetrics(ctx.node.database, log, 15, { now, batch: 2 })).toEqual({ samples: 0, series: 0 });
  });

  it('runs as an hourly schedule across the nodes', () => {
    expect(SCHEDULES.find((s) => s.task.name === 'metrics.purgeExpired')?.match).toBe('17 * * * *');
  });
});
