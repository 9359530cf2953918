import { describe, expect, it } from 'vitest';
import { useCluster } from '../../fixtures/test-node';
import { failure } from '../auth/helpers';

// The store-wide cap: many metric names, each far below its own cap, cannot fill the store either.
const ctx = useCluster({ env: { METRICS_MAX_SERIES: '6', METRICS_MAX_SERIES_PER_METRIC: '100', METRICS_SAMPLE_SECONDS: '0' } });

const totalSeries = async () => (await ctx.node.database.sql<{ n: number }[]>`select count(*)::int as n from metric_series`)[0]!.n;

describe('pushMetrics under METRICS_MAX_SERIES', () => {
  it('refuses a batch that would pass the store-wide cap, whole, with a clear error; pushes to existing series still pass', async () => {
    const sample = (metric: string) => ({ metric, labelMap: { via: 'test' }, value: 1 });
    await ctx.owner.PushMetrics({ samples: ['name_a', 'name_b', 'name_c', 'name_d'].map(sample) });
    expect(await totalSeries()).toBe(4);

    const refused = await failure(() => ctx.owner.PushMetrics({ samples: ['name_a', 'name_e', 'name_f', 'name_g'].map(sample) }));
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(refused.message).toContain('METRICS_MAX_SERIES');
    expect(refused.message).toContain('cap is 6');
    expect(await totalSeries(), 'nothing of the refused batch is stored').toBe(4);

    // Existing series take samples whatever the count; new ones fill the cap exactly, concurrently.
    expect((await ctx.owner.PushMetrics({ samples: [sample('name_a')] })).pushMetrics.seriesCreated).toBe(0);
    const outcomes = await Promise.allSettled(['x1', 'x2', 'x3', 'x4'].map((m) => ctx.owner.PushMetrics({ samples: [sample(m)] })));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(2);
    expect(await totalSeries()).toBe(6);
  });
});
