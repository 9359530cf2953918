import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as PromQLModule from '../../../src/services/metrics/promql-client';
import { loadServerModule } from '../../fixtures/load';
import { useCluster } from '../../fixtures/test-node';
import { freePort } from '../../setup/free-port';
import { evaluateAt } from '../alert-rules/rule-support';

const { queryPromQL, PromQLError } = loadServerModule<typeof PromQLModule>('../../src/services/metrics/promql-client.ts');

/*
 * A server answering the Prometheus query API under a path prefix (as Mimir's `/prometheus`),
 * recording what each request carried. `mode` picks the answer: a vector, a 401 from an auth proxy
 * that echoes the Authorization it refused, an API error quoting the credentials it got, or no answer.
 */
const PASSWORD = 'p@ss:w0rd-S3cret';
const ENCODED = encodeURIComponent(PASSWORD);
const TOKEN = 'tok-9f8e7d6c5b4a-bearer';
let mode: 'ok' | 'unauthorized' | 'echo' | 'hang' = 'ok';
const seen: Array<{ url: string; headers: IncomingHttpHeaders }> = [];
let server: Server | undefined;
let base = '';
const env: Record<string, string> = { METRICS_SAMPLE_SECONDS: '0', WORKER_ENABLED: 'false', PROMETHEUS_TENANT: 'team-a' };

beforeAll(async () => {
  const port = await freePort();
  server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    const auth = req.headers.authorization ?? '';
    const decoded = auth.startsWith('Basic ') ? Buffer.from(auth.slice(6), 'base64').toString('utf8') : auth;
    if (mode === 'hang') return;
    if (mode === 'unauthorized') return void res.writeHead(401, { 'content-type': 'text/plain' }).end(`refused ${auth} (${decoded}) for ${req.url}`);
    res.setHeader('content-type', 'application/json');
    if (mode === 'echo') return void res.writeHead(422).end(JSON.stringify({ status: 'error', errorType: 'execution', error: `tenant check failed for ${decoded} / ${auth}` }));
    res.end(JSON.stringify({ status: 'success', data: { resultType: 'vector', result: [{ metric: { __name__: 'up', job: 'api' }, value: [Date.now() / 1000, '1'] }] } }));
  });
  await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
  base = `127.0.0.1:${port}/prom`;
  env['PROMETHEUS_URL'] = `http://alice:${ENCODED}@${base}`;
});

const ctx = useCluster({ env });

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

const failureOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e as InstanceType<typeof PromQLError>,
  );

/** No form of a credential in the text. */
function expectNoCredentials(text: string | null | undefined): void {
  expect(text).toBeTruthy();
  for (const secret of [PASSWORD, ENCODED, TOKEN, Buffer.from(`alice:${PASSWORD}`).toString('base64')]) expect(text).not.toContain(secret);
}

describe('Prometheus authentication', () => {
  it('credentials in the URL become Basic auth and leave the URL; a bearer token and a tenant become headers', async () => {
    seen.length = 0;
    mode = 'ok';
    const samples = await queryPromQL(`http://alice:${ENCODED}@${base}/`, 'up', { timeoutMs: 2_000, tenant: 'team-a' });
    expect(samples).toEqual([{ labels: { __name__: 'up', job: 'api' }, value: 1 }]);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.url).toBe('/prom/api/v1/query');
    expect(seen[0]!.headers.authorization).toBe(`Basic ${Buffer.from(`alice:${PASSWORD}`).toString('base64')}`);
    expect(seen[0]!.headers['x-scope-orgid']).toBe('team-a');

    await queryPromQL(`http://${base}`, 'up', { timeoutMs: 2_000, bearerToken: TOKEN });
    expect(seen[1]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(seen[1]!.headers['x-scope-orgid']).toBeUndefined();
  });

  it('no error message repeats a credential: refusals that echo it, API errors quoting it, timeouts, unreachable servers', async () => {
    const withUserinfo = `http://alice:${ENCODED}@${base}`;
    mode = 'unauthorized';
    const refused = await failureOf(queryPromQL(withUserinfo, 'up', { timeoutMs: 2_000 }));
    expect(refused).toBeInstanceOf(PromQLError);
    expect(refused).toMatchObject({ kind: 'bad_response', details: { httpStatus: 401 } });
    expect(refused!.message).toContain(`http://${base}/api/v1/query answered HTTP 401`);
    expectNoCredentials(refused!.message);
    const refusedToken = await failureOf(queryPromQL(`http://${base}`, 'up', { timeoutMs: 2_000, bearerToken: TOKEN }));
    expect(refusedToken).toMatchObject({ details: { httpStatus: 401 } });
    expectNoCredentials(refusedToken!.message);

    mode = 'echo';
    const quoted = await failureOf(queryPromQL(withUserinfo, 'up', { timeoutMs: 2_000 }));
    expect(quoted).toMatchObject({ kind: 'query', details: { errorType: 'execution' } });
    expect(quoted!.message).toBe('query failed (execution): tenant check failed for alice:*** / Basic ***');
    expectNoCredentials(quoted!.message);
    const quotedToken = await failureOf(queryPromQL(`http://${base}`, 'up', { timeoutMs: 2_000, bearerToken: TOKEN }));
    expect(quotedToken!.message).toBe('query failed (execution): tenant check failed for Bearer *** / Bearer ***');
    expectNoCredentials(quotedToken!.message);

    mode = 'hang';
    const slow = await failureOf(queryPromQL(withUserinfo, 'up', { timeoutMs: 200 }));
    expect(slow).toMatchObject({ kind: 'timeout' });
    expect(slow!.message).toBe(`no answer from http://${base}/api/v1/query within 200 ms`);
    server!.closeAllConnections();

    const closed = await freePort();
    const down = await failureOf(queryPromQL(`http://alice:${ENCODED}@127.0.0.1:${closed}`, 'up', { timeoutMs: 2_000 }));
    expect(down).toMatchObject({ kind: 'unreachable' });
    expectNoCredentials(down!.message);
    mode = 'ok';
  });

  it('a PROMQL rule authenticates with PROMETHEUS_URL credentials and the tenant; its lastError never shows them', async () => {
    mode = 'ok';
    seen.length = 0;
    const { createAlertRule } = await ctx.owner.CreateAlertRule({
      input: { name: 'authenticated promql', promql: 'up', operator: 'LT' as never, threshold: 1, intervalSeconds: 10, enabled: false },
    });
    const ok = await evaluateAt(ctx.node, createAlertRule.id, new Date());
    expect(ok.error).toBeNull();
    expect(seen).toHaveLength(1);
    expect(seen[0]!.headers.authorization).toBe(`Basic ${Buffer.from(`alice:${PASSWORD}`).toString('base64')}`);
    expect(seen[0]!.headers['x-scope-orgid']).toBe('team-a');

    for (const m of ['unauthorized', 'echo'] as const) {
      mode = m;
      const failed = await evaluateAt(ctx.node, createAlertRule.id, new Date());
      expectNoCredentials(failed.error);
      // What a holder of alerts:read reads.
      const { alertRule } = await ctx.owner.AlertRule({ id: createAlertRule.id });
      expect(alertRule.lastError).toMatch(m === 'unauthorized' ? /answered HTTP 401/ : /query failed \(execution\)/);
      expectNoCredentials(alertRule.lastError);
    }
    mode = 'ok';
  });
});
