import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useCluster } from '../../fixtures/test-node';
import { freePort } from '../../setup/free-port';

/*
 * A "Prometheus" that accepts every query and never answers (an outage behind a load balancer):
 * each PromQL rule waits its whole timeout. It counts the queries it holds at once.
 */
let hanging: Server | undefined;
let open = 0;
let maxOpen = 0;
let received = 0;
const env: Record<string, string> = {
  METRICS_SAMPLE_SECONDS: '0',
  WORKER_POLL_INTERVAL_MS: '200',
  WORKER_CONCURRENCY: '2',
  ALERT_EVALUATION_TICK_MS: '200',
  // Two slots per pool: one pool shared by both kinds would be filled at once by the slow rules.
  ALERT_EVALUATION_CONCURRENCY: '2',
  ALERT_PROMQL_CONCURRENCY: '2',
  // Longer than the test: the slow rules' queries never come back while it watches.
  PROMETHEUS_TIMEOUT_MS: '120000',
};
beforeAll(async () => {
  const port = await freePort();
  hanging = createServer((req, res) => {
    if (!req.url?.startsWith('/api/v1/query')) return void res.writeHead(404).end();
    received += 1;
    open += 1;
    maxOpen = Math.max(maxOpen, open);
    res.on('close', () => (open -= 1));
  });
  await new Promise<void>((resolve) => hanging!.listen(port, '127.0.0.1', resolve));
  env['PROMETHEUS_URL'] = `http://127.0.0.1:${port}`;
});

// One node: what its PromQL pool leaves unclaimed is not taken by another.
const ctx = useCluster({ env });

// Registered after the cluster, so it runs first: the node's drain does not wait out the hanging queries.
afterAll(async () => {
  hanging?.closeAllConnections();
  await new Promise((resolve) => hanging?.close(resolve));
});

const BUILTIN_INTERVAL = 5;
const PROMQL_INTERVAL = 300; // timeout min(PROMETHEUS_TIMEOUT_MS, interval / 2) = 120 s
const SLOW_RULES = 12;

describe('PromQL rules in a pool of their own', () => {
  it('a built-in rule keeps its interval while a dozen PromQL rules time out; PromQL claims only free slots', async () => {
    const { alertRules } = await ctx.owner.AlertRules({ first: 100 });
    for (const r of alertRules.edges) await ctx.owner.SetAlertRuleEnabled({ id: r.node.id, enabled: false });
    const { createAlertRule: builtin } = await ctx.owner.CreateAlertRule({
      input: { name: 'iso builtin', builtin: { metric: 'iso_metric', aggregation: 'avg' as never, windowSeconds: 60 }, operator: 'GT' as never, threshold: 1, intervalSeconds: BUILTIN_INTERVAL, enabled: false },
    });
    const slow: string[] = [];
    for (let i = 0; i < SLOW_RULES; i += 1) {
      const { createAlertRule } = await ctx.owner.CreateAlertRule({
        input: { name: `iso slow ${i}`, promql: `up{i="${i}"}`, operator: 'LT' as never, threshold: 1, intervalSeconds: PROMQL_INTERVAL, enabled: false },
      });
      slow.push(createAlertRule.id);
    }
    const sql = ctx.node.database.sql;
    // All due at the same instant, so one claim sees every rule at once.
    await sql`
      update alert_rules set enabled = true, next_evaluation_at = now(), evaluation_count = 0
      where id = any(${[builtin.id, ...slow]}::uuid[])`;
    await sql`select graphile_worker.add_job('alerts.evaluationTick', '{}'::json, job_key => 'alerts:tick')`;

    // The built-in rule completes three evaluations (each writes its own last_evaluated_at) while
    // both PromQL slots hang: it never waits behind them. Counted, with a generous deadline.
    const seen = new Set<string>();
    const deadline = Date.now() + 45_000;
    while (seen.size < 3 && Date.now() < deadline) {
      const [row] = await sql<Array<{ last_evaluated_at: Date | null }>>`select last_evaluated_at from alert_rules where id = ${builtin.id}`;
      if (row?.last_evaluated_at) seen.add(new Date(row.last_evaluated_at).toISOString());
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(seen.size, 'built-in evaluations completed while the PromQL queries hang').toBe(3);

    const rows = await sql<Array<{ id: string; evaluation_count: string }>>`select id, evaluation_count from alert_rules where id = any(${slow}::uuid[])`;
    const claims = rows.reduce((n, r) => n + Number(r.evaluation_count), 0);
    // Never more PromQL queries at once than the pool has slots, and no more claimed than it could
    // start: the other ten stay due (for another node), not queued behind the hanging two.
    expect(maxOpen).toBe(2);
    expect(open, 'both still hanging').toBe(2);
    expect(claims).toBe(2);
    expect(received).toBe(2);
    expect(rows.filter((r) => Number(r.evaluation_count) === 0)).toHaveLength(SLOW_RULES - 2);
  }, 60_000);
});
