import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ControlPlaneClient } from '../../../sdk';
import { AUTH_SECRET, OWNER_EMAIL, OWNER_PASSWORD, sdk } from '../../fixtures/test-node';
import { createIsolatedDatabase, type IsolatedDatabase } from '../../setup/reset-db';
import { ensureRedisServer, startRedisServer, type RunningRedis } from '../../setup/redis-server';
import { spawnServer, type SpawnedServer } from '../../setup/spawn-server';

// Redis stopped under a real server process (its own redis-server, so the shared one stays up):
// people keep logging in and reading, the login throttle falls back to per-node counting (wrong
// passwords are still refused), nothing answers INTERNAL, /readyz names Redis, and closing a live
// subscription while Redis is away does not end the process.

const MAX_PER_ACCOUNT_IP = 3;
/** Generous client-side bound, counted rather than timed: "promptly" on a shared CI machine. */
const PROMPT_MS = 5_000;
const PASSWORD = 'a-long-enough-password';

let db: IsolatedDatabase | undefined;
let redis: RunningRedis | undefined;
let server: SpawnedServer | undefined;
const clients: ControlPlaneClient[] = [];

const client = (token?: string) => {
  const c = sdk.createClient({ url: server!.url, wsUrl: server!.wsUrl, token: token ?? null });
  clients.push(c);
  return c;
};

beforeAll(async () => {
  db = await createIsolatedDatabase(inject('databaseUrl'));
  redis = await startRedisServer(await ensureRedisServer());
  server = await spawnServer({
    DATABASE_URL: db.url,
    REDIS_URL: redis.url,
    REDIS_PREFIX: `fault-${randomBytes(4).toString('hex')}:`,
    AUTH_SECRET,
    ADMIN_EMAIL: OWNER_EMAIL,
    ADMIN_PASSWORD: OWNER_PASSWORD,
    LOGIN_MAX_FAILURES_PER_ACCOUNT_IP: String(MAX_PER_ACCOUNT_IP),
    SECURITY_VERIFY_AUDIT_CHAIN_AT_START: 'false',
  });
}, 60_000);

afterAll(async () => {
  await Promise.allSettled(clients.map((c) => c.close()));
  await server?.stop();
  await redis?.stop();
  await db?.drop();
});

interface Timed<T> {
  value?: T;
  code?: string;
  prompt: boolean;
}

async function timed<T>(call: () => Promise<T>): Promise<Timed<T>> {
  const started = Date.now();
  try {
    const value = await call();
    return { value, prompt: Date.now() - started < PROMPT_MS };
  } catch (err) {
    return { code: (err as { code?: string }).code, prompt: Date.now() - started < PROMPT_MS };
  }
}

describe('Redis stopped', () => {
  it('keeps logging people in, throttles wrong passwords per node, never answers INTERNAL', async () => {
    const owner = client((await client().Login({ email: OWNER_EMAIL, password: OWNER_PASSWORD })).login.accessToken);
    const email = `redis-down-${randomBytes(3).toString('hex')}@example.test`;
    await owner.CreateUser({ input: { email, name: 'Redis Down', password: PASSWORD } });
    // A live subscription, to be closed while Redis is away.
    const events = owner.UserChanged()[Symbol.asyncIterator]();
    const firstEvent = events.next();
    await new Promise((r) => setTimeout(r, 300));

    await redis!.stop();

    const calls: Array<Timed<unknown>> = [];
    const run = async <T>(call: () => Promise<T>) => {
      const result = await timed(call);
      calls.push(result);
      return result;
    };

    // Logins and reads keep working.
    const ownerLogin = await run(() => client().Login({ email: OWNER_EMAIL, password: OWNER_PASSWORD }));
    expect(ownerLogin.code).toBeUndefined();
    const userLogin = await run(() => client().Login({ email, password: PASSWORD }));
    expect(userLogin.code).toBeUndefined();
    const fresh = client(userLogin.value!.login.accessToken);
    expect((await run(() => fresh.Me())).value).toMatchObject({ me: { email } });
    expect((await run(() => owner.Me())).code).toBeUndefined();

    // Wrong passwords from one client are still refused after the limit, by this node's own count,
    // and that pair stays refused even with the right password.
    const guesses = [];
    for (let i = 0; i < MAX_PER_ACCOUNT_IP + 2; i += 1) guesses.push((await run(() => client().Login({ email, password: `wrong-${i}-password` }))).code);
    expect(guesses).toEqual([
      ...Array.from({ length: MAX_PER_ACCOUNT_IP }, () => 'UNAUTHENTICATED'),
      'RATE_LIMITED',
      'RATE_LIMITED',
    ]);
    expect((await run(() => client().Login({ email, password: PASSWORD }))).code).toBe('RATE_LIMITED');
    // Lifting it needs every node to hear of it: refused as UNAVAILABLE, and nothing changed.
    expect((await run(() => owner.UnlockAccount({ email }))).code).toBe('UNAVAILABLE');
    expect((await run(() => client().Login({ email, password: PASSWORD }))).code).toBe('RATE_LIMITED');

    // The subscription is closed while Redis is away (issue 7: the node used to exit two seconds
    // later); the process outlives it.
    // Not awaited: the client's return() waits for the server's side of the stream to end.
    void events.return?.();
    void firstEvent.catch(() => undefined);
    await new Promise((r) => setTimeout(r, 2_500));
    expect((await run(() => owner.Me())).code).toBeUndefined();
    expect((await fetch(`${server!.baseUrl}/healthz`)).status).toBe(200);

    const readyz = await fetch(`${server!.baseUrl}/readyz`, { signal: AbortSignal.timeout(1_000) });
    // Degraded, not drained: the node stays in rotation while PostgreSQL answers.
    expect(readyz.status).toBe(200);
    expect(await readyz.json()).toMatchObject({ status: 'degraded', database: 'up', redis: 'down' });

    expect(calls.filter((c) => c.code === 'INTERNAL')).toEqual([]);
    expect(calls.filter((c) => !c.prompt)).toEqual([]);
    expect(server!.logs()).not.toMatch(/unhandled error in GraphQL operation/);
  }, 45_000);
});
