import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const ROOT = resolve(__dirname, '../../..');
const SDK_DIR = join(ROOT, 'sdk');
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);

/** A digest of everything that goes into the package, so test files share one build of it. */
async function sourceDigest(): Promise<string> {
  const hash = createHash('sha256');
  const files = ['package.json', 'tsup.config.ts', 'tsconfig.json', 'README.md', ...(await readdir(SDK_DIR)).filter((f) => f.endsWith('.ts'))];
  for (const f of [...files, ...(await readdir(join(SDK_DIR, 'generated'))).map((g) => join('generated', g))].sort()) {
    hash.update(f).update(await readFile(join(SDK_DIR, f)));
  }
  return hash.digest('hex').slice(0, 16);
}

/** Runs `fn` holding a lock directory: test files run in parallel, and both write sdk/dist. */
async function withLock<T>(lock: string, fn: () => Promise<T>): Promise<T> {
  for (let i = 0; ; i += 1) {
    try {
      await mkdir(lock);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      // A lock older than 5 minutes was left by a killed run.
      const age = Date.now() - (await stat(lock).then((s) => s.mtimeMs, () => Date.now()));
      if (age > 300_000 || i > 1_200) await rm(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return await fn();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

/** Builds sdk/ (tsup: ESM + CJS + declarations) and packs it as npm would publish it. */
export async function buildAndPack(): Promise<string> {
  return withLock(join(tmpdir(), 'cp-sdk-build.lock'), async () => {
    const cached = join(tmpdir(), `cp-sdk-${await sourceDigest()}.tgz`);
    if (await stat(cached).then(() => true, () => false)) return cached;
    await run(bin('tsup'), [], { cwd: SDK_DIR, env: { ...process.env, NO_COLOR: '1' } });
    const dest = await mkdtemp(join(tmpdir(), 'cp-sdk-pack-'));
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', dest], { cwd: SDK_DIR });
    const [{ filename }] = JSON.parse(stdout) as Array<{ filename: string }>;
    await copyFile(join(dest, filename), cached);
    await rm(dest, { recursive: true, force: true });
    return cached;
  });
}

/** What the consumer project gets from the repo instead of the registry (no network here). */
const LINKED = ['graphql', 'graphql-ws', 'ws', '@graphql-typed-document-node/core', '@types/ws'];

/**
 * A fresh project outside the repo with the tarball unpacked as node_modules/@control-plane/sdk
 * (what `npm install <tarball>` does) and its dependencies linked from the repo's node_modules.
 */
export async function consumerProject(tarball: string, files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cp-sdk-consumer-'));
  const target = join(dir, 'node_modules', '@control-plane', 'sdk');
  await mkdir(target, { recursive: true });
  await run('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
  for (const name of LINKED) {
    await mkdir(join(dir, 'node_modules', ...name.split('/').slice(0, -1)), { recursive: true });
    await symlink(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name), 'dir');
  }
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

export const packedFiles = async (dir: string) => readdir(join(dir, 'node_modules', '@control-plane', 'sdk', 'dist'));

/** Runs a Node script of the consumer project; resolves with its stdout, rejects with its stderr. */
export async function runNode(dir: string, file: string, env: Record<string, string>): Promise<string> {
  const { stdout } = await run(process.execPath, [file], { cwd: dir, env: { ...process.env, ...env }, timeout: 60_000 });
  return stdout;
}

export const runTsc = (dir: string) => run(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir], { cwd: dir });
