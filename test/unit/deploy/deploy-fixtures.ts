import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import ts from 'typescript';
import type * as ConfigModule from '../../../src/config';
import { loadServerModule } from '../../fixtures/load';

export const ROOT = path.resolve(__dirname, '../../..');
export const readRepoFile = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
export const { loadConfig } = loadServerModule<typeof ConfigModule>('../../src/config.ts');

/**
 * Every environment variable name the server's zod schema declares. The schema object is not
 * exported, and zod drops unknown keys silently, so the names are read from the source; the
 * sanity test below ties the result to the running module.
 */
export function configKeys(): Set<string> {
  const src = readRepoFile('src/config.ts');
  const start = src.indexOf('const envSchema = z.object({');
  const end = src.indexOf('\n});', start);
  if (start < 0 || end < 0) throw new Error('envSchema not found in src/config.ts');
  return new Set([...src.slice(start, end).matchAll(/^ {2}([A-Z][A-Z0-9_]*):/gm)].map((m) => m[1]!));
}

/** What `npm run build` (tsc -p tsconfig.build.json) writes for one source file, relative to the repo. */
export function emittedPath(sourceFile: string): string {
  const configPath = path.join(ROOT, 'tsconfig.build.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error('tsconfig.build.json did not parse');
  const abs = path.join(ROOT, sourceFile);
  if (!parsed.fileNames.includes(abs)) throw new Error(`${sourceFile} is not part of the build`);
  const js = ts.getOutputFileNames(parsed, abs, false).find((f) => f.endsWith('.js'));
  if (!js) throw new Error(`no JavaScript emitted for ${sourceFile}`);
  return path.relative(ROOT, js);
}

/**
 * Runs a container health check command (exec form, `node -e …`) on this machine against a
 * stand-in server answering `status` on `path`, and resolves with the command's exit code.
 */
export async function runHealthcheck(argv: string[], path_: string, status: number): Promise<{ code: number; hits: string[] }> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.statusCode = req.url === path_ ? status : 404;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  try {
    const [bin, ...args] = argv;
    if (bin !== 'node') throw new Error(`health check runs ${bin}, not node`);
    const code = await new Promise<number>((resolve) => {
      const child = execFile(process.execPath, args, { env: { PATH: process.env.PATH, PORT: String(port) }, timeout: 15_000 });
      child.on('exit', (c) => resolve(c ?? -1));
    });
    return { code, hits };
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

/**
 * Compose variable interpolation as the Compose specification defines it: `$$`, `${VAR}`,
 * `${VAR:-default}`, `${VAR-default}`, `${VAR:?error}`, `${VAR?error}`. Throws for a missing
 * required variable, as `docker compose` refuses to start then.
 */
export function interpolate(text: string, env: Record<string, string | undefined>): string {
  return text.replace(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-?])([^}]*))?\}/g, (all, name?: string, colon?: string, op?: string, arg?: string) => {
    if (all === '$$') return '$';
    const value = env[name!];
    const unset = value === undefined || (colon === ':' && value === '');
    if (!op) return value ?? '';
    if (op === '-') return unset ? arg! : value!;
    if (unset) throw new Error(`required variable ${name} is missing: ${arg}`);
    return value!;
  });
}

/** Names of every variable a Compose file interpolates. */
export function interpolatedNames(text: string): Set<string> {
  return new Set([...text.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!));
}
