import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const ROOT = resolve(__dirname, '../../..');
const SDK_DIR = join(ROOT, 'sdk');
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);

/** Builds sdk/ (tsup: ESM + CJS + declarations) and packs it as npm would publish it. */
export async function buildAndPack(): Promise<string> {
  await run(bin('tsup'), [], { cwd: SDK_DIR, env: { ...process.env, NO_COLOR: '1' } });
  const dest = await mkdtemp(join(tmpdir(), 'cp-sdk-pack-'));
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', dest], { cwd: SDK_DIR });
  const [{ filename }] = JSON.parse(stdout) as Array<{ filename: string }>;
  return join(dest, filename);
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
