import { describe, expect, it } from 'vitest';
import { allow } from '../../fixtures/grants';
import { member } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';
import { failure } from '../auth/helpers';
import { createKey } from '../security/helpers';

// A small cap and batch so the limits are reachable; the sampler is off (its own test turns it on).
const ctx = useCluster({ env: { METRICS_MAX_SERIES_PER_METRIC: '3', METRICS_PUSH_MAX_SAMPLES: '5', METRICS_SAMPLE_SECONDS: '0' } });

const sampleRows = async (metric: string) =>
  (
    await ctx.node.database.sql<{ labels: Record<string, string>; value: number; at: string }[]>`
      select s.labels, x.value, x.at from metric_samples x join metric_series s on s.id = x.series_id
      where s.metric = ${metric} order by x.at, x.value`
  ).map((r) => ({ ...r, at: new Date(r.at) }));
const seriesCount = async (metric: string) =>
  (await ctx.node.database.sql<{ n: number }[]>`select count(*)::int as n from metric_series where metric = ${metric}`)[0]!.n;

describe('pushMetrics', () => {
  it('stores a batch (labels as a list or as an object) and reads it back by series and range', async () => {
    const at = new Date(Date.now() - 60_000);
    const later = new Date(at.getTime() + 10_000);
    const { pushMetrics } = await ctx.owner.PushMetrics({
      samples: [
        { metric: 'queue_depth', labels: [{ name: 'queue', value: 'mail' }, { name: 'region', value: 'eu' }], value: 3, at: at.toISOString() },
        // The same series spelt as an object, labels in another order: one series, two samples.
        { metric: 'queue_depth', labelMap: { region: 'eu', queue: 'mail' }, value: 7.5, at: later.toISOString() },
        { metric: 'queue_depth', labelMap: { queue: 'sms', region: 'eu' }, value: 1, at: at.toISOString() },
      ],
    });
    expect(pushMetrics).toEqual({ accepted: 3, seriesCreated: 2 });
    expect(await sampleRows('queue_depth')).toEqual([
      { labels: { queue: 'sms', region: 'eu' }, value: 1, at },
      { labels: { queue: 'mail', region: 'eu' }, value: 3, at },
      { labels: { queue: 'mail', region: 'eu' }, value: 7.5, at: later },
    ]);

    const { metricSeries } = await ctx.owner.MetricSeries({ filter: { metric: 'queue_depth', matchers: [{ name: 'queue', op: 'REGEX', value: 'ma.*' }] } });
    expect(metricSeries.totalCount).toBe(1);
    const series = metricSeries.edges[0]!.node;
    expect(series.labels).toEqual([{ name: 'queue', value: 'mail' }, { name: 'region', value: 'eu' }]);

    const byId = await ctx.owner.MetricRange({ seriesId: series.id, from: new Date(at.getTime() - 1).toISOString(), to: new Date().toISOString() });
    expect(byId.metricRange.points).toEqual([
      { at: at.toISOString(), value: 3 },
      { at: later.toISOString(), value: 7.5 },
    ]);
    // By name and labels, averaged per 60 s step starting at `from`: one point.
    const stepped = await ctx.owner.MetricRange({ metric: 'queue_depth', labelMap: { queue: 'mail', region: 'eu' }, from: at.toISOString(), to: new Date().toISOString(), step: 60 });
    expect(stepped.metricRange.series.id).toBe(series.id);
    expect(stepped.metricRange.points).toEqual([{ at: at.toISOString(), value: 5.25 }]);
  });

  it('pages series with a cursor and filters with negative matchers', async () => {
    await ctx.owner.PushMetrics({ samples: ['a', 'b', 'c'].map((pod) => ({ metric: 'paged_metric', labelMap: { pod }, value: 1 })) });
    const first = await ctx.owner.MetricSeries({ filter: { metric: 'paged_metric' }, first: 2 });
    expect(first.metricSeries.edges.map((e) => e.node.labelMap)).toEqual([{ pod: 'a' }, { pod: 'b' }]);
    expect(first.metricSeries.pageInfo.hasNextPage).toBe(true);
    const next = await ctx.owner.MetricSeries({ filter: { metric: 'paged_metric' }, first: 2, after: first.metricSeries.pageInfo.endCursor });
    expect(next.metricSeries.edges.map((e) => e.node.labelMap)).toEqual([{ pod: 'c' }]);
    const notB = await ctx.owner.MetricSeries({ filter: { metric: 'paged_metric', matchers: [{ name: 'pod', op: 'NOT_EQUAL', value: 'b' }] } });
    expect(notB.metricSeries.edges.map((e) => e.node.labelMap)).toEqual([{ pod: 'a' }, { pod: 'c' }]);
    const notAOrC = await ctx.owner.MetricSeries({ filter: { metric: 'paged_metric', matchers: [{ name: 'pod', op: 'NOT_REGEX', value: 'a|c' }] } });
    expect(notAOrC.metricSeries.edges.map((e) => e.node.labelMap)).toEqual([{ pod: 'b' }]);
  });

  it('refuses a label set beyond the per-metric cap with a clear error, and stores nothing of that batch', async () => {
    await ctx.owner.PushMetrics({ samples: [1, 2].map((i) => ({ metric: 'capped_metric', labelMap: { user: `u${i}` }, value: i })) });
    // Two new label sets on top of two: the cap (3) is passed, and the whole batch is refused,
    // including its sample for an existing series and the one new series that would have fitted.
    const refused = await failure(() =>
      ctx.owner.PushMetrics({
        samples: [
          { metric: 'capped_metric', labelMap: { user: 'u1' }, value: 100 },
          { metric: 'capped_metric', labelMap: { user: 'u3' }, value: 3 },
          { metric: 'capped_metric', labelMap: { user: 'u4' }, value: 4 },
        ],
      }),
    );
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(refused.message).toContain('capped_metric');
    expect(refused.message).toContain('cap is 3');
    expect(await seriesCount('capped_metric')).toBe(2);
    expect((await sampleRows('capped_metric')).map((r) => r.value)).toEqual([1, 2]);
    // Existing label sets still take samples, and one more new one fits.
    expect((await ctx.owner.PushMetrics({ samples: [{ metric: 'capped_metric', labelMap: { user: 'u3' }, value: 3 }] })).pushMetrics.seriesCreated).toBe(1);
    expect((await failure(() => ctx.owner.PushMetrics({ samples: [{ metric: 'capped_metric', labelMap: { user: 'u9' }, value: 9 }] }))).code).toBe('BAD_USER_INPUT');
    // Other metric names have their own cap.
    expect((await ctx.owner.PushMetrics({ samples: [{ metric: 'other_metric', labelMap: { user: 'u9' }, value: 9 }] })).pushMetrics.accepted).toBe(1);
  });

  it('holds the cap under concurrent pushes of new label sets', async () => {
    const outcomes = await Promise.allSettled(
      [1, 2, 3, 4, 5, 6].map((i) => ctx.owner.PushMetrics({ samples: [{ metric: 'raced_metric', labelMap: { i: String(i) }, value: i }] })),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(3);
    expect(outcomes.filter((o) => o.status === 'rejected').map((o) => (o as PromiseRejectedResult).reason.code)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT']);
    expect(await seriesCount('raced_metric')).toBe(3);
  });

  it('does not count a label set twice when concurrent pushes create the last one under the cap', async () => {
    await ctx.owner.PushMetrics({ samples: [1, 2].map((i) => ({ metric: 'edge_cap', labelMap: { user: `u${i}` }, value: i })) });
    const outcomes = await Promise.allSettled([1, 2, 3, 4].map((i) => ctx.owner.PushMetrics({ samples: [{ metric: 'edge_cap', labelMap: { user: 'u3' }, value: i, at: new Date(Date.now() - i * 1000).toISOString() }] })));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
    expect(await seriesCount('edge_cap')).toBe(3);
    // Label names that are also names of Object.prototype members are plain labels.
    expect((await ctx.owner.PushMetrics({ samples: [{ metric: 'proto_labels', labelMap: { constructor: 'a', toString: 'b' }, value: 1 }] })).pushMetrics.accepted).toBe(1);
  });

  it('creates a series once when pushes of it race', async () => {
    const outcomes = await Promise.all([1, 2, 3, 4].map((i) => ctx.owner.PushMetrics({ samples: [{ metric: 'same_series', labelMap: { a: 'b' }, value: i, at: new Date(Date.now() - i * 1000).toISOString() }] })));
    expect(outcomes.reduce((n, o) => n + o.pushMetrics.seriesCreated, 0)).toBe(1);
    expect(await seriesCount('same_series')).toBe(1);
    expect(await sampleRows('same_series')).toHaveLength(4);
  });

  it('answers bad input with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const cases: Array<[string, Parameters<typeof ctx.owner.PushMetrics>[0]['samples']]> = [
      ['samples[1].metric', [{ metric: 'ok_metric', value: 1 }, { metric: '1bad-name', value: 1 }]],
      ['samples[0].labels', [{ metric: 'ok_metric', labels: [{ name: 'bad-label', value: 'x' }], value: 1 }]],
      ['samples[0].labels', [{ metric: 'ok_metric', labelMap: { __reserved: 'x' }, value: 1 }]],
      ['samples[0].labels', [{ metric: 'ok_metric', labelMap: { n: 5 }, value: 1 }]],
      ['samples[0].labels', [{ metric: 'ok_metric', labels: [{ name: 'a', value: 'x' }], labelMap: { b: 'y' }, value: 1 }]],
      ['samples[0].at', [{ metric: 'ok_metric', value: 1, at: new Date(Date.now() + 3_600_000).toISOString() }]],
      ['samples[0].at', [{ metric: 'ok_metric', value: 1, at: new Date(Date.now() - 16 * 86_400_000).toISOString() }]],
      ['at most 5 items', [1, 2, 3, 4, 5, 6].map((v) => ({ metric: 'ok_metric', value: v }))],
      ['must not be empty', []],
    ];
    for (const [mention, samples] of cases) {
      const e = await failure(() => ctx.owner.PushMetrics({ samples }));
      expect(e.code, mention).toBe('BAD_USER_INPUT');
      expect(e.message, mention).toContain(mention);
    }
    expect(await seriesCount('ok_metric')).toBe(0);
    const badRegex = await failure(() => ctx.owner.MetricSeries({ filter: { matchers: [{ name: 'a', op: 'REGEX', value: '(' }] } }));
    expect(badRegex.code).toBe('BAD_USER_INPUT');
    const badRange = await failure(() => ctx.owner.MetricRange({ metric: 'queue_depth', labelMap: {}, from: new Date(0).toISOString(), to: new Date().toISOString(), step: 1 }));
    expect(badRange.code).toBe('BAD_USER_INPUT');
  });

  it('takes pushes from an API key holding metrics:write; a Viewer reads but cannot push', async () => {
    const key = await createKey(ctx.node, ctx.owner, [allow('metrics:write')], { name: 'exporter' });
    expect((await key.client.PushMetrics({ samples: [{ metric: 'from_key', labelMap: { job: 'batch' }, value: 42 }] })).pushMetrics.accepted).toBe(1);
    expect((await sampleRows('from_key')).map((r) => r.value)).toEqual([42]);
    // The key has no metrics:read.
    expect((await failure(() => key.client.MetricSeries({ filter: { metric: 'from_key' } }))).code).toBe('FORBIDDEN');

    const viewer = await member(ctx.node, ctx.owner, ['Viewer']);
    expect((await viewer.client.MetricSeries({ filter: { metric: 'from_key' } })).metricSeries.totalCount).toBe(1);
    expect((await failure(() => viewer.client.PushMetrics({ samples: [{ metric: 'from_viewer', value: 1 }] }))).code).toBe('FORBIDDEN');
    expect((await failure(() => ctx.node.anonymous().PushMetrics({ samples: [{ metric: 'from_anon', value: 1 }] }))).code).toBe('UNAUTHENTICATED');
    expect(await seriesCount('from_viewer')).toBe(0);
  });
});
