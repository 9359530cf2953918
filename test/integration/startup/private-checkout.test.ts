import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PASSWORD } from '../../fixtures/seed';
import { AUTH_SECRET, OWNER_EMAIL, OWNER_PASSWORD, sdk } from '../../fixtures/test-node';
import { freePort } from '../../setup/free-port';
import { makePrivateCheckout, makeSystemDir, type PrivateCheckout } from '../../setup/private-checkout';
import { accepts } from '../../setup/port-probe';
import { spawnServer } from '../../setup/spawn-server';

const isRoot = process.getuid?.() === 0;

/**
 * A clone in a private directory (mode 700, as /root is), started as root: PostgreSQL runs as the
 * `postgres` system user, which cannot reach node_modules or .data there. The server must still
 * start (cluster and a copy of the binaries under EMBEDDED_PG_SYSTEM_DIR), keep its data across a
 * restart, and leave nothing running when stopped. Without root the same start simply works.
 */
describe('start from a private (mode 700) checkout', () => {
  const cleanups: Array<() => Promise<unknown>> = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  });
  let checkout: PrivateCheckout;
  beforeAll(async () => {
    checkout = await makePrivateCheckout();
    cleanups.push(() => checkout.remove());
  });

  it('npm start equivalent: embedded PostgreSQL starts, /readyz answers, login works, data survives a restart', async () => {
    const system = await makeSystemDir();
    cleanups.push(() => system.remove());
    const pgPort = await freePort();
    const env = {
      EMBEDDED_PG_PORT: String(pgPort),
      EMBEDDED_PG_SYSTEM_DIR: system.dir,
      AUTH_SECRET,
      ADMIN_EMAIL: OWNER_EMAIL,
      ADMIN_PASSWORD: OWNER_PASSWORD,
      LOG_LEVEL: 'info',
    };
    const options = { cwd: checkout.dir, unset: ['DATABASE_URL', 'REDIS_URL', 'EMBEDDED_PG_DIR'], readyTimeoutMs: 120_000 };
    const first = await spawnServer(env, options);
    cleanups.push(() => first.stop());
    const ready = await fetch(`${first.baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    // The listening line names every URL a person or client needs.
    const base = `127.0.0.1:${first.port}`;
    expect(first.logs()).toContain(
      `control plane listening: HTTP http://${base}/graphql | WebSocket ws://${base}/graphql | explorer http://${base}/graphql (in a browser) | metrics http://${base}/metrics`,
    );
    const { login } = await sdk.createClient({ url: first.url }).Login({ email: OWNER_EMAIL, password: OWNER_PASSWORD });
    expect(login.accessToken).toEqual(expect.any(String));
    const owner = sdk.createClient({ url: first.url, token: login.accessToken });
    await owner.CreateUser({ input: { email: 'kept@example.test', name: 'Kept', password: DEFAULT_PASSWORD } });

    const dataDir = join(checkout.dir, '.data', 'postgres');
    if (isRoot) {
      // The cluster and the binaries moved where the postgres user can reach them; the data
      // directory says where.
      const location = (await readFile(join(dataDir, 'CLUSTER_LOCATION'), 'utf8')).trim();
      expect(location.startsWith(`${system.dir}/cluster-`)).toBe(true);
      expect(existsSync(join(location, 'PG_VERSION'))).toBe(true);
      expect((await readdir(system.dir)).filter((e) => e.startsWith('postgres-'))).toHaveLength(1);
    } else {
      expect(existsSync(join(dataDir, 'cluster', 'PG_VERSION'))).toBe(true);
    }

    await first.stop();
    expect(await accepts(pgPort)).toBe(false);

    // Same checkout, same data: the user created before the restart can log in.
    const second = await spawnServer(env, options);
    cleanups.push(() => second.stop());
    const again = await sdk.createClient({ url: second.url }).Login({ email: 'kept@example.test', password: DEFAULT_PASSWORD });
    expect(again.login.accessToken).toEqual(expect.any(String));
    await second.stop();
    expect(await accepts(pgPort)).toBe(false);
  }, 240_000);

  it('npm test equivalent: the test PostgreSQL helper starts from the private checkout and stops cleanly', async () => {
    const system = await makeSystemDir();
    cleanups.push(() => system.remove());
    const runner = spawn(process.execPath, ['--import', 'tsx', 'test/setup/pg-runner.ts'], {
      cwd: checkout.dir,
      env: { ...process.env, EMBEDDED_PG_SYSTEM_DIR: system.dir, NODE_OPTIONS: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    cleanups.push(async () => runner.kill('SIGKILL'));
    const exited = new Promise<number | null>((done) => runner.once('close', (code) => done(code)));
    let out = '';
    const line = await new Promise<string>((done, fail) => {
      runner.stdout.on('data', (c: Buffer) => {
        out += c.toString('utf8');
        const found = out.split('\n').find((l) => l.startsWith('READY ') || l.startsWith('FAILED '));
        if (found) done(found);
      });
      void exited.then(() => fail(new Error(`pg-runner exited before READY:\n${out}`)));
    });
    expect(line.startsWith('READY ')).toBe(true);
    const { serverUrl, pid } = JSON.parse(line.slice('READY '.length)) as { serverUrl: string; pid: number };
    const sql = postgres(serverUrl, { max: 1, onnotice: () => undefined });
    const [row] = await sql<{ one: number }[]>`select 1 as one`;
    await sql.end();
    expect(row!.one).toBe(1);

    runner.stdin.end(); // the runner stops its cluster when stdin closes
    expect(await exited).toBe(0);
    expect(() => process.kill(pid, 0)).toThrow(/ESRCH/);
    expect(await accepts(Number(new URL(serverUrl).port))).toBe(false);
  }, 120_000);
});
