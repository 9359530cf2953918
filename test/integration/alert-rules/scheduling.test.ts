import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useCluster } from '../../fixtures/test-node';
import { freePort } from '../../setup/free-port';

// A "Prometheus" that accepts queries and never answers: PromQL rules against it time out.
let hanging: Server | undefined;
const env: Record<string, string> = {
  METRICS_SAMPLE_SECONDS: '0',
  WORKER_POLL_INTERVAL_MS: '200',
  WORKER_CONCURRENCY: '2',
  ALERT_EVALUATION_TICK_MS: '200',
};
beforeAll(async () => {
  const port = await freePort();
  hanging = createServer(() => undefined);
  await new Promise<void>((resolve) => hanging!.listen(port, '127.0.0.1', resolve));
  env['PROMETHEUS_URL'] = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  hanging?.closeAllConnections();
  await new Promise((resolve) => hanging?.close(resolve));
});

// Two nodes, each with its job runner, on one database.
const ctx = useCluster({ nodes: 2, env });

const INTERVAL = 5;

describe('evaluation scheduling', () => {
  it('two nodes evaluate each rule once per interval; a PromQL timeout delays no other rule', async () => {
    // The default rules (60 s interval) would be evaluated too; they are not what this counts.
    const { alertRules } = await ctx.owner.AlertRules({ first: 100 });
    for (const r of alertRules.edges) await ctx.owner.SetAlertRuleEnabled({ id: r.node.id, enabled: false });
    const ids: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      const { createAlertRule } = await ctx.owner.CreateAlertRule({
        input: { name: `sched ${i}`, builtin: { metric: `sched_${i}`, aggregation: 'avg' as never, windowSeconds: 60 }, operator: 'GT' as never, threshold: 1, intervalSeconds: INTERVAL, enabled: false },
      });
      ids.push(createAlertRule.id);
    }
    const { createAlertRule: slow } = await ctx.owner.CreateAlertRule({
      input: { name: 'sched slow promql', promql: 'up', operator: 'LT' as never, threshold: 1, intervalSeconds: INTERVAL, enabled: false },
    });
    const sql = ctx.node.database.sql;
    // Enabled in one statement: every rule is due from the same instant, half of them through each node's tick.
    const [{ started }] = await sql<Array<{ started: string }>>`
      update alert_rules set enabled = true, next_evaluation_at = now(), evaluation_count = 0
      where id = any(${[...ids, slow.id]}::uuid[]) returning now() as started`;
    // Raw SQL bypasses the service's re-arm of the (idle, 10 s) tick: re-arm it as the service does.
    await sql`select graphile_worker.add_job('alerts.evaluationTick', '{}'::json, job_key => 'alerts:tick')`;

    // 3 whole intervals and a bit: the cycles at 0, 5 and 10 s have run, the one at 15 s has not.
    await new Promise((r) => setTimeout(r, 3 * INTERVAL * 1000 - 1500));
    const rows = await sql<Array<{ id: string; evaluation_count: string; last_error: string | null; last_evaluated_at: string | null }>>`
      select id, evaluation_count, last_error, last_evaluated_at from alert_rules where id = any(${[...ids, slow.id]}::uuid[])`;
    const count = Object.fromEntries(rows.map((r) => [r.id, Number(r.evaluation_count)]));
    // Exactly once per interval: never twice (two nodes), never skipped (the slow rule holds no one up).
    for (const id of ids) expect(count[id], `builtin rule ${id}`).toBe(3);
    expect(count[slow.id]).toBe(3);
    const slowRow = rows.find((r) => r.id === slow.id)!;
    expect(slowRow.last_error).toMatch(/within 2500 ms/);
    for (const id of ids) expect(new Date(rows.find((r) => r.id === id)!.last_evaluated_at!).getTime()).toBeGreaterThanOrEqual(new Date(started).getTime() + 2 * INTERVAL * 1000 - 1000);

    // One tick chain, whatever the number of nodes.
    const [{ ticks }] = await sql<Array<{ ticks: number }>>`
      select count(*)::int as ticks from graphile_worker.jobs where task_identifier = 'alerts.evaluationTick' and key = 'alerts:tick'`;
    expect(ticks).toBe(1);
  }, 60_000);
});
