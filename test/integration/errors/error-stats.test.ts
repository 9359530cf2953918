import { describe, expect, it } from 'vitest';
import type * as ClientModule from '../../../src/db/client';
import type * as RecorderModule from '../../../src/services/errors/error-recorder';
import type * as ClassifyModule from '../../../src/errors/classify';
import type { ErrorStatsQuery } from '../../../sdk/generated/graphql';
import type { ControlPlaneClient } from '../../../sdk';
import { loadServerModule } from '../../fixtures/load';
import { errorCode, failure, member } from '../../fixtures/seed';
import { OWNER_EMAIL, useCluster } from '../../fixtures/test-node';

const { connectDatabase } = loadServerModule<typeof ClientModule>('../../src/db/client.ts');
const { ErrorRecorder, MAX_BUFFERED } = loadServerModule<typeof RecorderModule>('../../src/services/errors/error-recorder.ts');
const { classifyError } = loadServerModule<typeof ClassifyModule>('../../src/errors/classify.ts');

const fx = useCluster();
const HOUR = 3_600_000;
const window = () => ({ from: new Date(Date.now() - HOUR).toISOString(), to: new Date(Date.now() + HOUR).toISOString() });
type Stats = ErrorStatsQuery['errorStats'];
const count = (list: Stats['byCode'], key: string) => list.find((c) => c.key === key)?.count ?? 0;

/** Records are written in batches off the request path: read until `ready` holds (bounded). */
async function statsUntil(client: ControlPlaneClient, ready: (s: Stats) => boolean): Promise<Stats> {
  let stats: Stats | undefined;
  for (let i = 0; i < 50; i += 1) {
    stats = (await client.ErrorStats({ ...window(), top: 20 })).errorStats;
    if (ready(stats)) return stats;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return stats!;
}

describe('errorStats', () => {
  it('counts errors by class, code and operation, with top messages and a sample request id, for errors:read holders', async () => {
    const admin = await member(fx.node, fx.owner, ['Admin']);
    const developer = await member(fx.node, fx.owner, ['Developer']);
    // A refused call (authorization), a failed login with our own request id, bad input (validation).
    expect(await errorCode(() => developer.client.ErrorStats(window()))).toBe('FORBIDDEN');
    const requestId = `stats-probe-${Date.now()}`;
    const res = await fetch(fx.node.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': requestId },
      body: JSON.stringify({ query: 'mutation Login($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', variables: { e: OWNER_EMAIL, p: 'wrong-password-123' } }),
    });
    const body = (await res.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    expect((await failure(() => fx.owner.CreateUser({ input: { email: 'not-an-email', name: 'x', password: 'short' } }))).code).toBe('BAD_USER_INPUT');

    const stats = await statsUntil(admin.client, (s) => count(s.byCode, 'FORBIDDEN') >= 1 && count(s.byCode, 'UNAUTHENTICATED') >= 1 && count(s.byCode, 'BAD_USER_INPUT') >= 1);
    expect(stats.total).toBeGreaterThanOrEqual(3);
    expect(count(stats.byClass, 'authorization')).toBeGreaterThanOrEqual(2);
    expect(count(stats.byClass, 'validation')).toBeGreaterThanOrEqual(1);
    expect(count(stats.byClass, 'user')).toBeGreaterThanOrEqual(3);
    expect(count(stats.byOperation, 'ErrorStats')).toBeGreaterThanOrEqual(1);
    expect(count(stats.byOperation, 'Login')).toBeGreaterThanOrEqual(1);
    const login = stats.topMessages.find((m) => m.message === 'Invalid email or password');
    expect(login?.code).toBe('UNAUTHENTICATED');
    expect(login?.sampleRequestId).toBe(requestId);
    expect(new Date(login!.lastSeen).getTime()).toBeGreaterThan(Date.now() - HOUR);
  });

  it('refuses an empty or too long window as BAD_USER_INPUT', async () => {
    const now = Date.now();
    expect(await errorCode(() => fx.owner.ErrorStats({ from: new Date(now).toISOString(), to: new Date(now - 1).toISOString() }))).toBe('BAD_USER_INPUT');
    expect(await errorCode(() => fx.owner.ErrorStats({ from: new Date(now - 40 * 24 * HOUR).toISOString(), to: new Date(now).toISOString() }))).toBe('BAD_USER_INPUT');
  });

  it('with PostgreSQL away, records are dropped and counted, never queued without bound, and recording never throws', async () => {
    // A real client to a port nothing listens on: every write fails at once.
    const away = connectDatabase('postgres://nobody:nothing@127.0.0.1:1/none', { connectTimeoutSeconds: 1, acquireTimeoutMs: 500 });
    const recorder = new ErrorRecorder(away, fx.node.deps.log, 30);
    const one = { ...classifyError(new Error('boom')), operation: 'Probe', requestId: null };
    const total = MAX_BUFFERED + 500;
    for (let i = 0; i < total; i += 1) recorder.record([one]);
    for (let i = 0; i < 20 && recorder.droppedCount < total; i += 1) await recorder.flush();
    expect(recorder.droppedCount).toBe(total);
    await away.close();
  });
});
