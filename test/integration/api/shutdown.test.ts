import { afterAll, describe, expect, it, inject } from 'vitest';
import { createIsolatedDatabase, type IsolatedDatabase } from '../../setup/reset-db';
import { spawnServer, type SpawnedServer } from '../../setup/spawn-server';
import { AUTH_SECRET, OWNER_EMAIL, OWNER_PASSWORD, sdk } from '../../fixtures/test-node';

// Graceful shutdown of a real server process: in-flight work finishes, sockets are closed with
// "going away", pools close, and the process exits 0 on SIGTERM.
let db: IsolatedDatabase | undefined;
let server: SpawnedServer | undefined;
afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

describe('SIGTERM', () => {
  it('closes live subscriptions with 1001, finishes in-flight requests and stops cleanly', async () => {
    db = await createIsolatedDatabase(inject('databaseUrl'));
    server = await spawnServer({
      DATABASE_URL: db.url,
      AUTH_SECRET,
      ADMIN_EMAIL: OWNER_EMAIL,
      ADMIN_PASSWORD: OWNER_PASSWORD,
      LOG_LEVEL: 'info',
    });
    const { login } = await sdk.createClient({ url: server.url }).Login({ email: OWNER_EMAIL, password: OWNER_PASSWORD });
    // Without reconnecting, so the close code reaches the caller (the SDK resumes after 1001 by default).
    const client = sdk.createClient({ url: server.url, wsUrl: server.wsUrl, token: login.accessToken, reconnectAttempts: 0 });
    const events = client.UserChanged()[Symbol.asyncIterator]();
    // Events may or may not arrive before the shutdown; what matters is how the stream ends.
    const ended = (async () => {
      try {
        while (!(await events.next()).done);
        return { code: null as string | null };
      } catch (e) {
        return { code: (e as { code?: string }).code ?? null };
      }
    })();
    // The socket is up once a query over it answers; then start a request and stop at once.
    await client.Me();
    await new Promise((r) => setTimeout(r, 300));
    // createUser hashes a password (argon2id, tens of ms): it is still running when SIGTERM lands.
    const inFlight = client.CreateUser({ input: { email: 'late@example.test', name: 'Late', password: 'a-long-enough-password' } });
    await new Promise((r) => setTimeout(r, 15));
    const stopping = server.stop();

    expect((await inFlight).createUser.status).toBe('ACTIVE');
    expect((await ended).code).toBe('UNAVAILABLE');
    await stopping;
    await client.close();
    const logs = server.logs();
    expect(logs).toContain('shutting down');
    expect(logs).toContain('stopped cleanly');
    expect(logs).not.toMatch(/"level":50/);
  });
});
