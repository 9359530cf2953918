import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useCluster } from '../../fixtures/test-node';
import { freePort } from '../../setup/free-port';
import { startPrometheus, type PrometheusServer } from '../metrics-store/prometheus-server';
import { evaluateAt, listInstances } from './rule-support';

// A target whose gauge the test sets, scraped every second by a real Prometheus the rules query.
let depth = 42;
let target: Server | undefined;
let prometheus: PrometheusServer | undefined;
const env: Record<string, string> = { METRICS_SAMPLE_SECONDS: '0', WORKER_ENABLED: 'false' };

beforeAll(async () => {
  const port = await freePort();
  target = createServer((_req, res) => res.end(`# TYPE test_queue_depth gauge\ntest_queue_depth{queue="mail"} ${depth}\ntest_queue_depth{queue="sms"} 1\n`));
  await new Promise<void>((resolve) => target!.listen(port, '127.0.0.1', resolve));
  prometheus = await startPrometheus([`127.0.0.1:${port}`]);
  env['PROMETHEUS_URL'] = prometheus.url;
}, 60_000);
afterAll(async () => {
  await prometheus?.stop();
  await new Promise((resolve) => target?.close(resolve));
});

const ctx = useCluster({ env });

async function scraped(value: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const body = (await fetch(`${env['PROMETHEUS_URL']}/api/v1/query?query=test_queue_depth{queue="mail"}`).then((r) => r.json())) as { data: { result: Array<{ value: [number, string] }> } };
    if (body.data.result[0]?.value[1] === String(value)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Prometheus never saw ${value}`);
}

describe('PROMQL rules against a real Prometheus', () => {
  it('one instance per series of the result, labels without __name__; recovery when the expression drops', async () => {
    await scraped(42);
    const { createAlertRule } = await ctx.owner.CreateAlertRule({
      input: { name: 'queue depth', promql: 'test_queue_depth', operator: 'GT' as never, threshold: 10, intervalSeconds: 10, enabled: false, annotations: { summary: '{{ $labels.queue }} holds {{ $value }}' } },
    });
    expect(createAlertRule).toMatchObject({ sourceKind: 'PROMQL', expr: 'test_queue_depth', builtin: null });
    await evaluateAt(ctx.node, createAlertRule.id, new Date());
    const states = (await listInstances(ctx.node.database.db, createAlertRule.id)).map((i) => [i.labels, i.state, i.lastValue]);
    expect(states).toHaveLength(2);
    expect(states).toContainEqual([expect.objectContaining({ queue: 'mail', job: 'control_plane' }), 'FIRING', 42]);
    expect(states).toContainEqual([expect.objectContaining({ queue: 'sms' }), 'NORMAL', 1]);
    expect(states.every(([labels]) => !('__name__' in (labels as object)))).toBe(true);

    depth = 3;
    await scraped(3);
    await evaluateAt(ctx.node, createAlertRule.id, new Date());
    const mail = (await listInstances(ctx.node.database.db, createAlertRule.id)).find((i) => i.labels['queue'] === 'mail');
    expect(mail).toMatchObject({ state: 'NORMAL', lastValue: 3 });
    const { alertStateHistory } = await ctx.owner.AlertStateHistory({ filter: { ruleId: createAlertRule.id }, first: 10 });
    expect(alertStateHistory.edges.map((e) => `${e.node.fromState}>${e.node.toState}`)).toEqual(['FIRING>NORMAL', 'NORMAL>FIRING']);
  });

  it('a query Prometheus refuses is the rule\'s ERROR state with the server\'s message', async () => {
    const { createAlertRule } = await ctx.owner.CreateAlertRule({
      input: { name: 'bad promql', promql: 'sum(', operator: 'GT' as never, threshold: 1, intervalSeconds: 10, enabled: false },
    });
    const summary = await evaluateAt(ctx.node, createAlertRule.id, new Date());
    expect(summary.error).toMatch(/bad_data/);
    expect((await listInstances(ctx.node.database.db, createAlertRule.id)).map((i) => i.state)).toEqual(['ERROR']);
  });
});
