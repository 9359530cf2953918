import { beforeAll, describe, expect, it } from 'vitest';
import type * as Batch from '../../../src/db/queries/alert-rule-batch.queries';
import type * as QueryModule from '../../../src/services/metrics/metric-query';
import type * as StoreModule from '../../../src/services/metrics/metric-store';
import { loadServerModule } from '../../fixtures/load';
import { useCluster } from '../../fixtures/test-node';

const { aggregateForRules } = loadServerModule<typeof Batch>('../../src/db/queries/alert-rule-batch.queries.ts');
const { queryBuiltin, AGGREGATIONS } = loadServerModule<typeof QueryModule>('../../src/services/metrics/metric-query.ts');
const { writeSamples } = loadServerModule<typeof StoreModule>('../../src/services/metrics/metric-store.ts');

const ctx = useCluster({ owner: false, env: { METRICS_SAMPLE_SECONDS: '0', WORKER_ENABLED: 'false' } });
const AT = new Date('2026-06-01T12:00:00.000Z');

beforeAll(async () => {
  const samples = [];
  for (let p = 0; p < 12; p += 1) {
    // pod 11 has no `zone`; pod 10 only one sample (no rate); pod 9 only samples before the window.
    const labels: Record<string, string> = p === 11 ? { pod: `pod-${p}` } : { pod: `pod-${p}`, zone: `zone-${p % 3}` };
    for (let i = 0; i < (p === 10 ? 1 : 8); i += 1) {
      const secondsAgo = p === 9 ? 100 + i : i * 7;
      samples.push({ metric: 'batch_m', labels, value: (i * 13 + p * 5) % 40 - (i === 4 ? 30 : 0), at: new Date(AT.getTime() - secondsAgo * 1000) });
    }
  }
  await writeSamples(ctx.node.database.db, samples, { maxSeriesPerMetric: null });
});

const rules: Batch.BatchRule[] = [
  { matchers: [], by: [] },
  { matchers: [], by: ['zone'] },
  { matchers: [{ name: 'zone', op: '=', value: 'zone-1' }], by: ['pod'] },
  { matchers: [{ name: 'zone', op: '!=', value: 'zone-1' }], by: ['zone'] },
  { matchers: [{ name: 'pod', op: '=~', value: 'pod-1|pod-2' }], by: ['pod', 'zone'] },
  { matchers: [{ name: 'pod', op: '!~', value: 'pod-1.*' }, { name: 'zone', op: '=', value: '' }], by: [] },
  { matchers: [{ name: 'zone', op: '=', value: 'nowhere' }], by: [] },
];

const norm = (rows: Array<{ labels: Record<string, string>; value: number | null }>) =>
  rows.map((r) => [JSON.stringify(Object.entries(r.labels).sort()), r.value === null ? null : Number(r.value.toPrecision(10))]).sort();

describe('aggregateForRules (several rules, one statement)', () => {
  it('answers each rule exactly as queryBuiltin does, for every aggregation', async () => {
    for (const aggregation of AGGREGATIONS) {
      const batched = await aggregateForRules(ctx.node.database.db, { metric: 'batch_m', aggregation, windowSeconds: 60, at: AT, rules });
      expect(batched).toHaveLength(rules.length);
      for (const [i, rule] of rules.entries()) {
        const single = await queryBuiltin(ctx.node.database.db, { metric: 'batch_m', aggregation, windowSeconds: 60, at: AT, ...rule });
        expect(norm(batched[i]!), `${aggregation} rule ${i}`).toEqual(norm(single));
      }
    }
    // Not vacuous: the groups exist.
    const [all] = await aggregateForRules(ctx.node.database.db, { metric: 'batch_m', aggregation: 'count', windowSeconds: 60, at: AT, rules: [rules[1]!] });
    expect(all!.length).toBe(4);
  });
});
