import { describe, expect, it } from 'vitest';
import type * as Queries from '../../../src/db/queries/alert-rules.queries';
import type * as Tick from '../../../src/services/alerts/rule-evaluation-tick';
import { loadServerModule } from '../../fixtures/load';
import { useCluster } from '../../fixtures/test-node';

const { runEvaluationTick, IDLE_TICK_MS } = loadServerModule<typeof Tick>('../../src/services/alerts/rule-evaluation-tick.ts');
const { claimDueRules } = loadServerModule<typeof Queries>('../../src/db/queries/alert-rules.queries.ts');

// No worker: the test runs the tick itself and reads the job it re-arms.
const ctx = useCluster({ env: { METRICS_SAMPLE_SECONDS: '0', WORKER_ENABLED: 'false', ALERT_EVALUATION_TICK_MS: '1000' } });

async function tickRunAt(): Promise<number> {
  const rows = await ctx.node.database.sql<Array<{ run_at: string }>>`select run_at from graphile_worker.jobs where key = 'alerts:tick'`;
  expect(rows).toHaveLength(1);
  return new Date(rows[0]!.run_at).getTime();
}

describe('evaluation tick', () => {
  it('with no rule enabled it re-arms itself at the idle pace; a rule due sooner brings it forward; saving a rule re-arms it at once', async () => {
    const { alertRules } = await ctx.owner.AlertRules({ first: 100 });
    for (const r of alertRules.edges) await ctx.owner.SetAlertRuleEnabled({ id: r.node.id, enabled: false });
    const now = new Date();
    const { claimed } = await runEvaluationTick(ctx.node.deps, now);
    expect(claimed).toHaveLength(0);
    expect(await tickRunAt()).toBe(now.getTime() + IDLE_TICK_MS);

    const { createAlertRule } = await ctx.owner.CreateAlertRule({
      input: { name: 'tick rule', builtin: { metric: 'tick_m', aggregation: 'avg' as never, windowSeconds: 60 }, operator: 'GT' as never, threshold: 1, intervalSeconds: 5 },
    });
    // Saved: the tick is due now, not in 10 s.
    expect(await tickRunAt()).toBeLessThanOrEqual(Date.now());
    const t = new Date(Date.now() + 100);
    const second = await runEvaluationTick(ctx.node.deps, t);
    await second.done;
    expect(second.claimed.map((r) => r.id)).toEqual([createAlertRule.id]);
    // The rule is next due 5 s later: the tick runs then (not every second in between, not at 10 s).
    const { alertRule } = await ctx.owner.AlertRule({ id: createAlertRule.id });
    expect(await tickRunAt()).toBe(new Date(alertRule.nextEvaluationAt).getTime());
    expect(new Date(alertRule.nextEvaluationAt).getTime()).toBeGreaterThan(t.getTime());
    expect(new Date(alertRule.nextEvaluationAt).getTime()).toBeLessThanOrEqual(t.getTime() + 5000);
  });

  it('a rule overdue by many intervals (every node was down) is evaluated once, and scheduled on its grid again', async () => {
    const { createAlertRule } = await ctx.owner.CreateAlertRule({
      input: { name: 'overdue rule', builtin: { metric: 'overdue_m', aggregation: 'avg' as never, windowSeconds: 60 }, operator: 'GT' as never, threshold: 1, intervalSeconds: 60, enabled: false },
    });
    const sql = ctx.node.database.sql;
    await sql`update alert_rules set enabled = true, next_evaluation_at = '2026-01-01T00:00:00Z', evaluation_count = 0 where id = ${createAlertRule.id}`;
    const now = new Date('2026-01-01T01:00:30.000Z');
    const first = await claimDueRules(ctx.node.database.db, now, 1000);
    expect(first.filter((r) => r.id === createAlertRule.id)).toHaveLength(1);
    const again = await claimDueRules(ctx.node.database.db, now, 1000);
    expect(again.filter((r) => r.id === createAlertRule.id)).toHaveLength(0);
    const [row] = await sql<Array<{ next: string; count: string }>>`select next_evaluation_at as next, evaluation_count as count from alert_rules where id = ${createAlertRule.id}`;
    // 61 intervals were missed: one evaluation now, the next on the original minute grid.
    expect(new Date(row!.next).toISOString()).toBe('2026-01-01T01:01:00.000Z');
    expect(Number(row!.count)).toBe(1);
    await sql`update alert_rules set enabled = false where id = ${createAlertRule.id}`;
  });
});
