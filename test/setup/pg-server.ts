import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import postgres from 'postgres';

export interface RunningPostgres {
  /** URL of the `postgres` maintenance database; use {@link databaseUrl} for another one. */
  serverUrl: string;
  stop(): Promise<void>;
}

const REPO_ROOT = resolve(__dirname, '..', '..');
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 20_000;
const MAX_LOG_CHARS = 64_000;

/**
 * Starts a throw-away embedded PostgreSQL in a child process (test/setup/pg-runner.ts).
 *
 * In a child process that owns the cluster: when the test run dies without a teardown, the
 * runner's stdin closes and it stops PostgreSQL (and postgres's own watchdog, src/db/pg-cluster.ts,
 * stops it if the runner dies too).
 */
export async function startPostgresServer(): Promise<RunningPostgres> {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(__dirname, 'pg-runner.ts')], {
    cwd: REPO_ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-MAX_LOG_CHARS);
  });
  const exited = new Promise<void>((done) => {
    child.once('close', () => done());
    child.once('error', () => done());
  });
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    child.stdin.end(); // the runner stops the cluster and exits when its stdin closes
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  };

  const serverUrl = await new Promise<string>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`embedded PostgreSQL not ready within ${START_TIMEOUT_MS} ms\n${stderr}`)), START_TIMEOUT_MS);
    const settle = (err: Error | undefined, url?: string): void => {
      clearTimeout(timer);
      if (err) fail(err);
      else ready(url as string);
    };
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      for (const line of stdout.split('\n')) {
        if (line.startsWith('READY ')) settle(undefined, (JSON.parse(line.slice(6)) as { serverUrl: string }).serverUrl);
        if (line.startsWith('FAILED ')) settle(new Error((JSON.parse(line.slice(7)) as { message: string }).message));
      }
    });
    child.once('error', (err) => settle(new Error(`could not start the PostgreSQL runner: ${err.message}`)));
    child.once('exit', (code, signal) => {
      // Let a FAILED line that came with the exit win over this generic message.
      setImmediate(() => settle(new Error(`PostgreSQL runner exited (${code ?? signal}) before it was ready\n${stdout}${stderr}`)));
    });
  }).catch(async (err: unknown) => {
    await stop();
    throw err;
  });

  return { serverUrl, stop };
}

/** Replaces the database name of a postgres:// URL. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}


/** Fails with a readable message when the database at `url` does not answer `select 1`. */
export async function checkPostgres(url: string): Promise<void> {
  const sql = postgres(url, { max: 1, connect_timeout: 5, onnotice: () => undefined });
  try {
    await sql`select 1`;
  } catch (err) {
    throw new Error(`PostgreSQL at ${redact(url)} did not answer: ${(err as Error).message}`);
  } finally {
    await sql.end({ timeout: 1 });
  }
}

/** Hides the password of a URL for error messages. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '<unparseable url>';
  }
}
