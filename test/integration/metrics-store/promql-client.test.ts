import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as PromQLModule from '../../../src/services/metrics/promql-client';
import { loadServerModule } from '../../fixtures/load';
import { filledIn, useCluster } from '../../fixtures/test-node';
import { freePort } from '../../setup/free-port';
import { until } from '../../fixtures/until';
import { startPrometheus, type PrometheusServer } from './prometheus-server';

const { queryPromQL, PromQLError } = loadServerModule<typeof PromQLModule>('../../src/services/metrics/promql-client.ts');

const ctx = useCluster({ env: { METRICS_SAMPLE_SECONDS: '0' } });
let prometheus: PrometheusServer | undefined;
const prom = () => filledIn(prometheus, 'prometheus').url;
const query = (expr: string, opts: Partial<PromQLModule.PromQLOptions> = {}) => queryPromQL(prom(), expr, { timeoutMs: 5_000, ...opts });

const failureOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e as InstanceType<typeof PromQLError>,
  );

beforeAll(async () => {
  // Scrapes the test node's own /metrics.
  prometheus = await startPrometheus([`127.0.0.1:${ctx.node.port}`]);
}, 60_000);
afterAll(async () => {
  await prometheus?.stop();
});

describe('queryPromQL against a real Prometheus', () => {
  it('returns an instant vector with its labels, from a scrape of a real node', async () => {
    const target = `127.0.0.1:${ctx.node.port}`;
    const up = await until(() => query('up'), (r) => r.length === 1 && r[0]!.value === 1, 20_000);
    expect(up).toEqual([{ labels: { __name__: 'up', instance: target, job: 'control_plane' }, value: 1 }]);

    for (let i = 0; i < 3; i += 1) await ctx.owner.Me();
    const expr = 'sum by (operation) (control_plane_graphql_requests_total{operation="Me"})';
    // What the node's own /metrics says now (the fixture's login called Me too): Prometheus must agree.
    const text = await (await fetch(`http://127.0.0.1:${ctx.node.port}/metrics`)).text();
    const line = text.split('\n').find((l) => l.startsWith('control_plane_graphql_requests_total{') && l.includes('operation="Me"'))!;
    const calls = Number(line.split(' ').pop());
    expect(calls).toBeGreaterThanOrEqual(3);
    const me = await until(() => query(expr), (r) => r[0]?.value === calls, 20_000);
    expect(me).toEqual([{ labels: { operation: 'Me' }, value: calls }]);
  });

  it('evaluates at the time asked, and returns scalars, NaN and infinities', async () => {
    const at = new Date(Math.floor(Date.now() / 1000) * 1000 - 30_000);
    expect(await query('time()', { at })).toEqual([{ labels: {}, value: at.getTime() / 1000 }]);
    expect(await query('vector(3) * 2')).toEqual([{ labels: {}, value: 6 }]);
    expect(await query('vector(0) / 0')).toEqual([{ labels: {}, value: null }]);
    expect(await query('vector(1) / 0')).toEqual([{ labels: {}, value: Infinity }]);
    expect(await query('up{job="nothing"}')).toEqual([]);
  });

  it('raises typed errors: bad expressions, range vectors, unreachable servers, timeouts, non-API answers', async () => {
    const bad = await failureOf(query('sum('));
    expect(bad).toBeInstanceOf(PromQLError);
    expect(bad).toMatchObject({ kind: 'query', details: { httpStatus: 400, errorType: 'bad_data' } });

    expect(await failureOf(query('up[1m]'))).toMatchObject({ kind: 'bad_response' });

    const closed = await freePort();
    expect(await failureOf(queryPromQL(`http://127.0.0.1:${closed}`, 'up', { timeoutMs: 2_000 }))).toMatchObject({ kind: 'unreachable' });

    // A server that never answers, then one that answers something else than the API.
    const servers: Server[] = [];
    const serve = (handler: Parameters<typeof createServer>[1]) =>
      new Promise<string>((resolve) => {
        const s = createServer(handler).listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(s.address() as { port: number }).port}`));
        servers.push(s);
      });
    try {
      const silent = await serve(() => undefined);
      expect(await failureOf(queryPromQL(silent, 'up', { timeoutMs: 200 }))).toMatchObject({ kind: 'timeout' });
      const html = await serve((_, res) => res.end('<html>login</html>'));
      expect(await failureOf(queryPromQL(html, 'up', { timeoutMs: 2_000 }))).toMatchObject({ kind: 'bad_response', details: { httpStatus: 200 } });
    } finally {
      for (const s of servers) {
        s.closeAllConnections();
        s.close();
      }
    }
  });
});
