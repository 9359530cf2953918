import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { OWNER_EMAIL, useCluster } from '../../fixtures/test-node';

const METRICS_TOKEN = 'metrics-token-for-tests-0123456789';
const fx = useCluster({ redis: true, env: { METRICS_TOKEN } });

const metricsUrl = () => fx.node.url.replace(/\/graphql$/, '/metrics');
async function scrape(): Promise<string> {
  const res = await fetch(metricsUrl(), { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return res.text();
}

/** The value of one sample (`name{labels} value`); labels given must all match, in any order. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((l) => [l[1], l[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(m[3]);
  }
  return undefined;
}

describe('GET /metrics', () => {
  it('answers 401 without the bearer token, or with a wrong one', async () => {
    expect((await fetch(metricsUrl())).status).toBe(401);
    expect((await fetch(metricsUrl(), { headers: { authorization: 'Bearer wrong-token-wrong-token-xx' } })).status).toBe(401);
    expect((await fetch(metricsUrl(), { headers: { authorization: METRICS_TOKEN } })).status).toBe(401);
  });

  it('after real traffic, exposes operations, errors, latency, sockets, events, pool, Redis and logins, and passes promtool', async () => {
    // Traffic: a failed login, a forbidden-free query, a parse error, a subscription with an event.
    await expect(fx.node.anonymous().Login({ email: OWNER_EMAIL, password: 'not-the-password-123' })).rejects.toThrow();
    await fx.owner.Me();
    await fetch(fx.node.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ me { id ' }) });
    const stream = fx.owner.UserChanged()[Symbol.asyncIterator]();
    const firstEvent = stream.next();
    // The subscription is open once an event reaches it: create users until one does.
    let event: IteratorResult<unknown> | undefined;
    for (let i = 0; i < 40 && !event; i += 1) {
      await fx.owner.CreateUser({ input: { email: `metrics-${i}-${Date.now()}@example.test`, name: 'metrics', password: 'metrics-password-123' } });
      event = await Promise.race([firstEvent, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 250))]);
    }
    expect(event?.done).toBe(false);

    const text = await scrape();
    expect(sample(text, 'control_plane_graphql_requests_total', { operation: 'Me', type: 'query' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'control_plane_graphql_requests_total', { operation: 'CreateUser', type: 'mutation' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'control_plane_graphql_errors_total', { operation: 'Login', code: 'UNAUTHENTICATED' })).toBeGreaterThanOrEqual(1);
    // The unparsable document had no name: folded into one label value.
    expect(sample(text, 'control_plane_graphql_errors_total', { operation: 'anonymous', code: 'BAD_USER_INPUT' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'control_plane_graphql_request_duration_seconds_count', { operation: 'Me' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'control_plane_graphql_request_duration_seconds_bucket', { operation: 'Me', le: '+Inf' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'control_plane_login_failures_total', { reason: 'bad_password' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'control_plane_errors_total', { class: 'authorization' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'control_plane_open_websockets')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'control_plane_open_subscriptions')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'control_plane_events_published_total', { topic: 'user.changed' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'control_plane_events_delivered_total', { topic: 'user.changed' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'control_plane_db_pool_in_use')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'control_plane_db_pool_waiting')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'control_plane_db_transaction_slots_in_use')).toBeGreaterThanOrEqual(0);
    for (const role of ['command', 'publish', 'subscribe']) expect(sample(text, 'control_plane_redis_connected', { role })).toBe(1);
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(sample(text, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
    await stream.return?.(undefined);

    // Prometheus's own linter on the exposition (Debian package `prometheus`; CI installs it).
    const check = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });
    if (check.error) throw new Error(`promtool is required for this test (apt-get install -y prometheus; scripts/ensure-promtool.sh): ${check.error.message}`);
    expect(`${check.stdout}${check.stderr}`.trim()).toBe('');
    expect(check.status).toBe(0);
  });

  it('folds operation names that are not GraphQL names into one label value', async () => {
    const res = await fetch(fx.node.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${(await fx.node.anonymous().Login({ email: OWNER_EMAIL, password: 'owner-password-123' })).login.accessToken}` },
      body: JSON.stringify({ query: 'query A { me { id } } query B { me { id } }', operationName: 'no such op!' }),
    });
    expect(res.status).toBe(400);
    const text = await scrape();
    expect(text).not.toContain('no such op!');
    expect(sample(text, 'control_plane_graphql_errors_total', { operation: 'other', code: 'BAD_USER_INPUT' })).toBeGreaterThanOrEqual(1);
  });
});
