import { spawn } from 'node:child_process';
import { chmod, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { AUTH_SECRET } from '../../fixtures/test-node';
import { freePort } from '../../setup/free-port';
import { accepts } from '../../setup/port-probe';
import { makeSystemDir } from '../../setup/private-checkout';
import { createIsolatedDatabase, type IsolatedDatabase } from '../../setup/reset-db';
import { spawnServer } from '../../setup/spawn-server';

const REPO_ROOT = resolve(__dirname, '..', '..', '..');
const FAILED = 'control-plane failed to start: ';

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real server (src/main.ts) until it exits on its own; fails the test if it does not within 60 s. */
function runUntilExit(env: Record<string, string>): Promise<Outcome> {
  const base: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (k.startsWith('VITEST') || k === 'NODE_OPTIONS' || k === 'DATABASE_URL' || k === 'REDIS_URL') continue;
    base[k] = v;
  }
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: REPO_ROOT,
    env: { ...base, NODE_ENV: 'test', LOG_LEVEL: 'warn', HOST: '127.0.0.1', AUTH_SECRET, TSX_TSCONFIG_PATH: join(REPO_ROOT, 'tsconfig.json'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`server did not exit within 60 s\n${stdout}\n${stderr}`));
    }, 60_000);
    child.once('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

/** Exit code 1 and exactly one line on stderr: the failure, naming the setting, without a stack. */
function expectOneLineFailure(outcome: Outcome, pattern: RegExp): void {
  expect(outcome.code, outcome.stdout + outcome.stderr).toBe(1);
  const lines = outcome.stderr.split('\n').filter((l) => l.trim() !== '');
  expect(lines, outcome.stderr).toHaveLength(1);
  expect(lines[0]!.startsWith(FAILED)).toBe(true);
  expect(lines[0]).toMatch(pattern);
}

/** Processes whose command line mentions `path` (a postgres left behind on that data directory). */
async function processesMentioning(path: string): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.includes(path)) pids.push(Number(entry));
  }
  return pids;
}

/** Occupies a port on 127.0.0.1 the way another program would. */
async function occupy(): Promise<{ port: number; server: Server }> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { port: (server.address() as { port: number }).port, server };
}

describe('any failure during start: exit 1, one line naming the setting, nothing left behind', () => {
  const cleanups: Array<() => Promise<unknown>> = [];
  let database: IsolatedDatabase;
  let pgDir: string;
  let systemDir: string;
  let pgPort: number;
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  });
  beforeAll(async () => {
    database = await createIsolatedDatabase(inject('databaseUrl'));
    cleanups.push(() => database.drop());
    const parent = await mkdtemp(join(tmpdir(), 'cp-startfail-'));
    await chmod(parent, 0o755);
    cleanups.push(() => rm(parent, { recursive: true, force: true }));
    pgDir = join(parent, 'pg');
    const system = await makeSystemDir();
    cleanups.push(() => system.remove());
    systemDir = system.dir;
    pgPort = await freePort();
  });
  const embeddedEnv = () => ({ EMBEDDED_PG_DIR: pgDir, EMBEDDED_PG_PORT: String(pgPort), EMBEDDED_PG_SYSTEM_DIR: systemDir, PORT: '0' });
  const expectNothingLeft = async () => {
    expect(await accepts(pgPort)).toBe(false);
    expect(await processesMentioning(pgDir)).toEqual([]);
    expect(await processesMentioning(systemDir)).toEqual([]);
  };

  it('DATABASE_URL that is not postgres://', async () => {
    const outcome = await runUntilExit({ DATABASE_URL: 'mysql://user:pw@127.0.0.1:3306/app', PORT: '0' });
    expectOneLineFailure(outcome, /DATABASE_URL: must be a postgres:\/\//);
  });

  it('DATABASE_URL where nothing listens', async () => {
    const port = await freePort();
    const outcome = await runUntilExit({ DATABASE_URL: `postgres://u:secret-pw@127.0.0.1:${port}/app`, PORT: '0' });
    expectOneLineFailure(outcome, new RegExp(`DATABASE_URL: PostgreSQL at 127\\.0\\.0\\.1:${port}/app refused the connection`));
    expect(outcome.stderr).not.toContain('secret-pw');
  });

  it('DATABASE_URL on a host that never answers: bounded by DATABASE_CONNECT_TIMEOUT_SECONDS', async () => {
    // 192.0.2.0/24 is TEST-NET-1 (RFC 5737): never routed, so the connection attempt hangs or fails.
    const outcome = await runUntilExit({ DATABASE_URL: 'postgres://u:pw@192.0.2.1:5432/app', DATABASE_CONNECT_TIMEOUT_SECONDS: '1', PORT: '0' });
    expectOneLineFailure(outcome, /DATABASE_URL: PostgreSQL at 192\.0\.2\.1:5432\/app /);
  });

  it('embedded PostgreSQL whose port is taken (EMBEDDED_PG_PORT): initdb done, nothing running, no password file left', async () => {
    const taken = await occupy();
    cleanups.push(() => new Promise((done) => taken.server.close(done)));
    const outcome = await runUntilExit({ ...embeddedEnv(), EMBEDDED_PG_PORT: String(taken.port) });
    expectOneLineFailure(outcome, new RegExp(`EMBEDDED_PG_PORT: port ${taken.port} is already in use; set EMBEDDED_PG_PORT`));
    expect(await processesMentioning(pgDir)).toEqual([]);
    expect(await processesMentioning(systemDir)).toEqual([]);
    // initdb's password file was private and is gone: nowhere in the temp directory, none beside the cluster.
    const password = (await readFile(join(pgDir, 'control-plane.password'), 'utf8')).trim();
    expect((await stat(join(pgDir, 'control-plane.password'))).mode & 0o077).toBe(0);
    for (const entry of await readdir(tmpdir())) {
      const file = join(tmpdir(), entry);
      const st = await stat(file).catch(() => null);
      if (!st?.isFile() || st.size > 4096) continue;
      expect(await readFile(file, 'utf8').catch(() => ''), file).not.toContain(password);
    }
  }, 120_000);

  it('REDIS_URL where nothing listens: the embedded PostgreSQL it started is stopped', async () => {
    const redisPort = await freePort();
    const outcome = await runUntilExit({ ...embeddedEnv(), REDIS_URL: `redis://127.0.0.1:${redisPort}` });
    expectOneLineFailure(outcome, new RegExp(`REDIS_URL: Redis at 127\\.0\\.0\\.1:${redisPort} refused the connection`));
    await expectNothingLeft();
  }, 120_000);

  it('PORT in use: exits (no process hanging on EADDRINUSE) and stops the embedded PostgreSQL', async () => {
    const taken = await occupy();
    cleanups.push(() => new Promise((done) => taken.server.close(done)));
    const outcome = await runUntilExit({ ...embeddedEnv(), PORT: String(taken.port) });
    expectOneLineFailure(outcome, new RegExp(`PORT: port ${taken.port} on 127\\.0\\.0\\.1 is already in use`));
    await expectNothingLeft();
  }, 120_000);

  it('a server killed with SIGKILL leaves no embedded PostgreSQL behind (watchdog), and the next start works', async () => {
    const env = { ...embeddedEnv(), AUTH_SECRET };
    delete (env as Partial<typeof env>).PORT;
    const options = { unset: ['DATABASE_URL', 'REDIS_URL'], readyTimeoutMs: 120_000 };
    const victim = await spawnServer(env, options);
    cleanups.push(() => victim.stop());
    expect(await accepts(pgPort)).toBe(true);
    await victim.kill();
    await vi.waitFor(async () => expectNothingLeft(), { timeout: 20_000, interval: 200 });
    const next = await spawnServer(env, options);
    cleanups.push(() => next.stop());
    await next.stop();
    await expectNothingLeft();
  }, 240_000);

  it('DATABASE_URL fine, REDIS_URL not a redis:// URL', async () => {
    const outcome = await runUntilExit({ DATABASE_URL: database.url, REDIS_URL: 'http://127.0.0.1:6379', PORT: '0' });
    expectOneLineFailure(outcome, /REDIS_URL: must be a redis:\/\//);
  });
});
