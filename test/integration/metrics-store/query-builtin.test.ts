import { beforeAll, describe, expect, it } from 'vitest';
import type * as QueryModule from '../../../src/services/metrics/metric-query';
import type * as StoreModule from '../../../src/services/metrics/metric-store';
import type { LabelMatcher } from '../../../src/services/shared/label-matchers';
import { loadServerModule } from '../../fixtures/load';
import { useCluster } from '../../fixtures/test-node';

const { queryBuiltin } = loadServerModule<typeof QueryModule>('../../src/services/metrics/metric-query.ts');
const { writeSamples } = loadServerModule<typeof StoreModule>('../../src/services/metrics/metric-store.ts');

const ctx = useCluster({ owner: false, env: { METRICS_SAMPLE_SECONDS: '0' } });
const AT = new Date('2026-06-01T12:00:00.000Z');
const ago = (s: number) => new Date(AT.getTime() - s * 1000);

beforeAll(async () => {
  const db = ctx.node.database.db;
  const s = (labels: Record<string, string>, points: Array<[number, number]>, metric = 'lat') =>
    points.map(([secondsAgo, value]) => ({ metric, labels, value, at: ago(secondsAgo) }));
  await writeSamples(
    db,
    [
      ...s({ svc: 'api', env: 'prod', pod: 'a' }, [[50, 1], [40, 2], [30, 3], [20, 4], [10, 5]]),
      ...s({ svc: 'api', env: 'prod', pod: 'b' }, [[30, 10], [20, 20]]),
      // One sample in the 60 s window, one before it (ignored).
      ...s({ svc: 'web', env: 'dev', pod: 'c' }, [[20, 100], [120, 7]]),
      // No `env` label at all.
      ...s({ svc: 'db' }, [[15, 50]]),
      // Only samples before the window: absent from every result (NoData).
      ...s({ svc: 'old', env: 'prod' }, [[200, 1]]),
      // At exactly `at` counts; exactly `at - window` does not (the window is (at - w, at]).
      ...s({ svc: 'edge' }, [[0, 1000], [60, 2000]], 'edge_metric'),
      // A counter with a reset between 40 s and 30 s ago.
      ...s({ pod: 'a' }, [[50, 10], [40, 20], [30, 5], [20, 15], [10, 25]], 'reqs_total'),
      // A single sample: no rate.
      ...s({ pod: 'b' }, [[10, 100]], 'reqs_total'),
      ...s({ pod: 'c' }, [[30, 0], [20, 30]], 'reqs_total'),
    ],
    { maxSeriesPerMetric: null },
  );
});

type Agg = QueryModule.Aggregation;
const q = (aggregation: Agg, extra: { matchers?: LabelMatcher[]; by?: string[]; windowSeconds?: number; metric?: string } = {}) =>
  queryBuiltin(ctx.node.database.db, {
    metric: extra.metric ?? 'lat',
    matchers: extra.matchers ?? [],
    by: extra.by ?? [],
    aggregation,
    windowSeconds: extra.windowSeconds ?? 60,
    at: AT,
  });
const one = async (aggregation: Agg, extra: Parameters<typeof q>[1] = {}) => {
  const rows = await q(aggregation, extra);
  expect(rows).toHaveLength(1);
  return rows[0]!.value;
};
const sorted = (rows: Array<{ labels: Record<string, string>; value: number | null }>) =>
  [...rows].sort((a, b) => {
    const [x, y] = [JSON.stringify(a.labels), JSON.stringify(b.labels)];
    return x < y ? -1 : x > y ? 1 : 0;
  });

describe('queryBuiltin', () => {
  it('aggregates every sample of the window: avg, min, max, sum, count, p95, p99', async () => {
    // In the window: 1,2,3,4,5 (a), 10,20 (b), 100 (c), 50 (db) = 9 samples, sum 195.
    expect(await one('count')).toBe(9);
    expect(await one('sum')).toBe(195);
    expect(await one('avg')).toBeCloseTo(195 / 9, 12);
    expect(await one('min')).toBe(1);
    expect(await one('max')).toBe(100);
    // percentile_cont over [1,2,3,4,5,10,20,50,100]: rank 0.95*8 = 7.6 -> 50 + 0.6*50; 0.99*8 = 7.92 -> 50 + 0.92*50.
    expect(await one('p95')).toBeCloseTo(80, 9);
    expect(await one('p99')).toBeCloseTo(96, 9);
  });

  it('groups by labels; a series without the label groups under none of it', async () => {
    expect(sorted(await q('avg', { by: ['svc'] }))).toEqual([
      { labels: { svc: 'api' }, value: 45 / 7 },
      { labels: { svc: 'db' }, value: 50 },
      { labels: { svc: 'web' }, value: 100 },
    ]);
    expect(sorted(await q('count', { by: ['env'] }))).toEqual([
      { labels: { env: 'dev' }, value: 1 },
      { labels: { env: 'prod' }, value: 7 },
      { labels: {}, value: 1 },
    ]);
    expect(sorted(await q('max', { by: ['svc', 'pod'] }))).toEqual([
      { labels: { pod: 'a', svc: 'api' }, value: 5 },
      { labels: { pod: 'b', svc: 'api' }, value: 20 },
      { labels: { pod: 'c', svc: 'web' }, value: 100 },
      { labels: { svc: 'db' }, value: 50 },
    ]);
  });

  it('matches with =, !=, anchored =~ and !~, a missing label reading as ""', async () => {
    expect(await one('count', { matchers: [{ name: 'svc', op: '=', value: 'api' }] })).toBe(7);
    expect(await one('count', { matchers: [{ name: 'svc', op: '!=', value: 'api' }] })).toBe(2);
    expect(await one('count', { matchers: [{ name: 'svc', op: '=~', value: 'api|web' }] })).toBe(8);
    // Anchored: "ap" is not "api".
    expect(await q('count', { matchers: [{ name: 'svc', op: '=~', value: 'ap' }] })).toEqual([]);
    expect(await one('count', { matchers: [{ name: 'svc', op: '!~', value: 'a.*' }] })).toBe(2);
    expect(await one('sum', { matchers: [{ name: 'env', op: '=', value: '' }] })).toBe(50);
    expect(await one('sum', { matchers: [{ name: 'env', op: '!=', value: 'prod' }] })).toBe(150);
    expect(await one('sum', { matchers: [{ name: 'env', op: '=~', value: 'prod|' }, { name: 'pod', op: '!=', value: 'a' }] })).toBe(80);
  });

  it('leaves out groups with no sample in the window (NoData), and counts (at - window, at]', async () => {
    expect((await q('count', { by: ['svc'] })).map((r) => r.labels.svc)).not.toContain('old');
    expect(await q('avg', { matchers: [{ name: 'svc', op: '=', value: 'old' }] })).toEqual([]);
    expect(await q('avg', { windowSeconds: 5 })).toEqual([]);
    expect(await q('avg', { metric: 'no_such_metric' })).toEqual([]);
    expect(await one('sum', { metric: 'edge_metric' })).toBe(1000);
  });

  it('rate: the per-second increase over the window, a counter reset counting its new value', async () => {
    // pod a: +10, reset to 5 (+5), +10, +10 = 35 in 60 s; pod b has one sample (no rate); pod c: +30.
    expect(sorted(await q('rate', { metric: 'reqs_total', by: ['pod'] }))).toEqual([
      { labels: { pod: 'a' }, value: 35 / 60 },
      { labels: { pod: 'c' }, value: 30 / 60 },
    ]);
    expect(await one('rate', { metric: 'reqs_total' })).toBeCloseTo(65 / 60, 12);
    expect(await q('rate', { metric: 'reqs_total', matchers: [{ name: 'pod', op: '=', value: 'b' }] })).toEqual([]);
  });

  it('runs one SQL statement per call, and refuses bad input before any', async () => {
    const before = ctx.node.database.statementCount();
    await q('p99', { by: ['svc'], matchers: [{ name: 'env', op: '=~', value: 'prod|dev' }] });
    await q('rate', { metric: 'reqs_total', by: ['pod'] });
    expect(ctx.node.database.statementCount() - before).toBe(2);
    const code = (p: Promise<unknown>) => p.then(() => 'OK', (e: { code?: string }) => e.code);
    expect(await code(q('avg', { metric: 'bad-name' }))).toBe('BAD_USER_INPUT');
    expect(await code(q('avg', { matchers: [{ name: 'svc', op: '=~', value: '(' }] }))).toBe('BAD_USER_INPUT');
    expect(await code(q('avg', { by: ['no-dash'] }))).toBe('BAD_USER_INPUT');
    expect(await code(q('avg', { windowSeconds: 0 }))).toBe('BAD_USER_INPUT');
    expect(await code(q('median' as Agg))).toBe('BAD_USER_INPUT');
    expect(ctx.node.database.statementCount() - before).toBe(2);
  });
});
