import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ControlPlaneClient } from '../../../sdk';
import { AUTH_SECRET, OWNER_EMAIL, OWNER_PASSWORD, sdk, type TestNode } from '../../fixtures/test-node';
import { startRestartablePostgres, type RestartablePostgres } from '../../setup/restartable-pg';
import { spawnServer, type SpawnedServer } from '../../setup/spawn-server';
import { ALL, alertKey, postAlerts, prometheusAlert, sleep } from '../alerts/helpers';

// Prometheus keeps posting to POST /api/v2/alerts while PostgreSQL is away: every post is answered
// within a bound with a typed 503 (UNAVAILABLE, Retry-After, no stack), nothing of the refused
// batch is half-stored, the process stays up, and once PostgreSQL is back the same batch (as the
// notifier retries it, possibly more than once) is stored exactly once per fingerprint.

const REQUEST_DB_TIMEOUT_MS = 2_000;
/** Client-side bound on one post: what crosses it counts as a hang (generous for a shared machine). */
const POST_BOUND_MS = 8_000;
const POSTS_DURING_OUTAGE = 6;

let pg: RestartablePostgres | undefined;
let server: SpawnedServer | undefined;
let owner: ControlPlaneClient;
let key: string;
const clients: ControlPlaneClient[] = [];

/**
 * The alert helpers take a TestNode but read only `url` (and `anonymous()` for the key's own
 * client): the spawned server offers both.
 */
const nodeOf = (s: SpawnedServer) =>
  ({
    url: s.url,
    anonymous: () => {
      const c = sdk.createClient({ url: s.url });
      clients.push(c);
      return c;
    },
  }) as unknown as TestNode;

beforeAll(async () => {
  pg = await startRestartablePostgres();
  server = await spawnServer({
    DATABASE_URL: pg.url,
    AUTH_SECRET,
    ADMIN_EMAIL: OWNER_EMAIL,
    ADMIN_PASSWORD: OWNER_PASSWORD,
    REQUEST_DB_TIMEOUT_MS: String(REQUEST_DB_TIMEOUT_MS),
    SECURITY_VERIFY_AUDIT_CHAIN_AT_START: 'false',
    METRICS_SAMPLE_SECONDS: '0',
  });
  const { login } = await sdk.createClient({ url: server.url }).Login({ email: OWNER_EMAIL, password: OWNER_PASSWORD });
  owner = sdk.createClient({ url: server.url, token: login.accessToken });
  key = await alertKey(nodeOf(server), owner, [{ effect: 'ALLOW', action: 'alerts:push', scope: ALL }]);
}, 90_000);

afterAll(async () => {
  await Promise.allSettled([owner?.close(), ...clients.map((c) => c.close())]);
  await server?.stop();
  await pg?.destroy();
});

type Answer = Awaited<ReturnType<typeof postAlerts>> | { hung: true } | { error: string };

/** One post, or `hung` when it has not been answered within the bound. */
async function post(body: unknown): Promise<Answer> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<Answer>((resolve) => (timer = setTimeout(() => resolve({ hung: true }), POST_BOUND_MS)));
  try {
    return await Promise.race([postAlerts(nodeOf(server!), key, body).catch((e: Error): Answer => ({ error: e.message })), hung]);
  } finally {
    clearTimeout(timer);
  }
}

async function readyzStatus(): Promise<number | 'no answer'> {
  try {
    const res = await fetch(`${server!.baseUrl}/readyz`, { signal: AbortSignal.timeout(1_000) });
    await res.body?.cancel();
    return res.status;
  } catch {
    return 'no answer';
  }
}

describe('alert intake while PostgreSQL is away', () => {
  it('answers a bounded, typed 503 during the outage and stores the retried batch exactly once after it', async () => {
    const tag = `pg-away-${Date.now()}`;
    const batch = ['api', 'db', 'cache'].map((component) => prometheusAlert({ case: tag, component, severity: 'critical' }));
    // The connection pool is warm (the key was just created): the first post meets connections
    // PostgreSQL terminates, the later ones a refused connect.
    await pg!.stop();
    const during: Answer[] = [];
    for (let i = 0; i < POSTS_DURING_OUTAGE; i += 1) {
      during.push(await post(batch));
      await sleep(200);
    }
    expect(during.filter((a) => 'hung' in a || 'error' in a), 'posts unanswered within the bound').toEqual([]);
    for (const answer of during) {
      const a = answer as Awaited<ReturnType<typeof postAlerts>>;
      expect({ status: a.status, code: a.json?.code }).toEqual({ status: 503, code: 'UNAVAILABLE' });
      expect(Number(a.headers.get('retry-after'))).toBeGreaterThan(0);
      // A message for the client, never the driver's error or a stack.
      expect(a.text).not.toMatch(/\bat .+:\d+:\d+|ECONNREFUSED|postgres|stack/i);
    }
    // The process stayed up: liveness answers, readiness says the database is down.
    expect((await fetch(`${server!.baseUrl}/healthz`)).status).toBe(200);
    expect(await readyzStatus()).toBe(503);

    await pg!.start();
    let ready: number | 'no answer' = 'no answer';
    for (let attempt = 0; attempt < 50 && ready !== 200; attempt += 1) {
      ready = await readyzStatus();
      if (ready !== 200) await sleep(100);
    }
    expect(ready).toBe(200);

    const sql = postgres(pg!.url, { max: 1, onnotice: () => {} });
    try {
      const stored = async () =>
        sql<Array<{ component: string; status: string }>>`
          select labels->>'component' as component, status::text as status from alerts where labels->>'case' = ${tag} order by 1`;
      // Nothing of the refused posts reached the database.
      expect(await stored()).toEqual([]);

      // Both Prometheus replicas of an HA pair retry the batch at once, then re-send it on their
      // next cycle: all accepted, each fingerprint stored once.
      const retried = await Promise.all([post(batch), post(batch)]);
      const again = await post(batch);
      expect([...retried, again].map((a) => ('status' in a ? a.status : a))).toEqual([200, 200, 200]);
      expect(await stored()).toEqual([
        { component: 'api', status: 'FIRING' },
        { component: 'cache', status: 'FIRING' },
        { component: 'db', status: 'FIRING' },
      ]);
    } finally {
      await sql.end();
    }

    // Whatever failed was mapped, not logged as an internal error.
    const logs = server!.logs();
    expect(logs).not.toMatch(/alert intake failed/);
    expect(logs).not.toMatch(/uncaught exception/);
  }, 90_000);
});
