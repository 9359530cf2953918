import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { freePort } from './free-port';

export interface SpawnedServer {
  /** GraphQL HTTP endpoint, http://127.0.0.1:<port>/graphql. */
  url: string;
  /** GraphQL subscriptions endpoint (graphql-ws), ws://127.0.0.1:<port>/graphql. */
  wsUrl: string;
  /** http://127.0.0.1:<port>, for /readyz, /healthz, /metrics and the like. */
  baseUrl: string;
  port: number;
  /** The server process's id (to tell which node holds a given PostgreSQL connection, say). */
  pid: number;
  /** SIGTERM, then SIGKILL after 10 s; resolves once the process has exited. Idempotent. */
  stop(): Promise<void>;
  /** SIGKILL at once (a crash: no shutdown code runs); resolves once the process has exited. */
  kill(): Promise<void>;
  /** Everything the process wrote to stdout and stderr so far (the last 1 MB). */
  logs(): string;
}

const REPO_ROOT = resolve(__dirname, '..', '..');
const DEFAULT_ENTRY = 'src/main.ts';
const READY_TIMEOUT_MS = 30_000;
const POLL_INTERVAL_MS = 100;
const KILL_AFTER_MS = 10_000;
const MAX_LOG_CHARS = 1_000_000;
const PORT_ATTEMPTS = 3;

// A test that forgets stop() (or a worker that crashes) must not leave API servers running.
const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

/**
 * Runs the API server (src/main.ts) as a child process, as production would, so that several nodes
 * can share one PostgreSQL and one Redis. Resolves once GET /readyz answers 200.
 *
 * `env` is applied over process.env, NODE_ENV=test and LOG_LEVEL=warn; PORT and HOST are always ours.
 */
export interface SpawnOptions {
  /** Entry file, relative to the repo root or absolute. Default src/main.ts. */
  entry?: string;
  /** How long to wait for /readyz to answer 200. Default 30 s. */
  readyTimeoutMs?: number;
  /** Variables removed from the child's environment (e.g. NODE_ENV, to test the defaults). */
  unset?: string[];
  /** Listen here instead of on a free port (to bring a stopped server back where clients expect it). */
  port?: number;
  /** Run from this checkout instead of the repository (a copy in a private directory, say). */
  cwd?: string;
}

export async function spawnServer(env: Record<string, string>, options: SpawnOptions = {}): Promise<SpawnedServer> {
  for (let attempt = 1; ; attempt += 1) {
    const port = options.port ?? (await freePort());
    try {
      return await startOnce(port, env, options.entry ?? DEFAULT_ENTRY, options.readyTimeoutMs ?? READY_TIMEOUT_MS, options.unset ?? [], options.cwd ?? REPO_ROOT);
    } catch (err) {
      // freePort() releases the port before the server binds it; another process may win the race.
      const portTaken = err instanceof SpawnError && /EADDRINUSE/.test(err.logs);
      if (!portTaken || attempt >= PORT_ATTEMPTS || options.port) throw err;
    }
  }
}

class SpawnError extends Error {
  constructor(message: string, readonly logs: string) {
    super(`${message}\n--- server output ---\n${logs || '(none)'}\n--- end of server output ---`);
    this.name = 'SpawnError';
  }
}

async function startOnce(
  port: number,
  env: Record<string, string>,
  entry: string,
  readyTimeoutMs: number,
  unset: string[],
  cwd: string,
): Promise<SpawnedServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd,
    env: withoutKeys(unset, {
      ...inheritedEnv(),
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      // tsx reads tsconfig.json from the cwd; naming it keeps experimentalDecorators on regardless.
      TSX_TSCONFIG_PATH: resolve(cwd, 'tsconfig.json'),
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);

  let output = '';
  const append = (chunk: Buffer): void => {
    output += chunk.toString('utf8');
    if (output.length > MAX_LOG_CHARS) output = output.slice(-MAX_LOG_CHARS);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  let spawnError: Error | undefined;
  child.once('error', (err) => {
    spawnError = err;
  });
  const exited = new Promise<void>((done) => {
    child.once('close', () => {
      live.delete(child);
      done();
    });
    // 'close' never comes when the process could not be spawned at all.
    child.once('error', () => {
      live.delete(child);
      done();
    });
  });

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);
        await exited;
        clearTimeout(timer);
      }
      await exited;
    })();
    return stopping;
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyTimeoutMs;
  let lastProbe = 'no answer yet';
  for (;;) {
    if (spawnError) throw new SpawnError(`could not start ${process.execPath}: ${spawnError.message}`, output);
    if (child.exitCode !== null || child.signalCode !== null) {
      await exited; // let the last output arrive
      throw new SpawnError(
        `server exited with ${child.exitCode !== null ? `code ${child.exitCode}` : child.signalCode} before /readyz answered 200`,
        output,
      );
    }
    if (Date.now() > deadline) {
      await stop();
      throw new SpawnError(`server not ready within ${readyTimeoutMs} ms (last /readyz: ${lastProbe})`, output);
    }
    try {
      const res = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(2_000) });
      await res.body?.cancel();
      if (res.status === 200) break;
      lastProbe = `HTTP ${res.status}`;
    } catch (err) {
      lastProbe = (err as Error).message;
    }
    await new Promise((done) => setTimeout(done, POLL_INTERVAL_MS));
  }

  return {
    url: `${baseUrl}/graphql`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    baseUrl,
    port,
    pid: child.pid!,
    stop,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    logs: () => output,
  };
}

/** process.env minus the test runner's own variables, which are none of the server's business. */
function inheritedEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith('VITEST') || key === 'NODE_OPTIONS') continue;
    env[key] = value;
  }
  return env;
}

function withoutKeys(keys: string[], env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  for (const key of keys) delete env[key];
  return env;
}
