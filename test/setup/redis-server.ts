import { spawn, type ChildProcess } from 'node:child_process';
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import Redis from 'ioredis';
import { freePort } from './free-port';

export interface RunningRedis {
  url: string;
  stop(): Promise<void>;
}

const INSTALL_HINT =
  'redis-server not found: install it with `apt-get install -y redis-server` (or run scripts/ensure-redis.sh) or set REDIS_URL';
const READY_TIMEOUT_MS = 10_000;
const STOP_TIMEOUT_MS = 5_000;
const START_ATTEMPTS = 3;
const MAX_LOG_CHARS = 32_000;

/**
 * Runs redis-server ("$@") and stops it with SIGTERM once our stdin reaches EOF: on stop(), and also
 * when the test runner dies without a teardown (SIGKILL, crash), so no redis-server is left behind.
 * fd 3 keeps the pipe, as a background job's stdin would be /dev/null; sh exits with redis's status.
 */
const WATCHDOG = `exec 3<&0
"$@" 3<&- </dev/null &
pid=$!
{ cat <&3 >/dev/null; kill -TERM "$pid" 2>/dev/null; } &
exec 3<&-
wait "$pid"`;

/** Absolute path of `redis-server` on PATH, or undefined. */
export async function findRedisServer(): Promise<string | undefined> {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, 'redis-server');
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

/**
 * Returns the redis-server binary, installing the Debian package when we are root (as on CI).
 * Anyone else gets a one-line instruction: tests that need Redis fail, they are never skipped.
 */
export async function ensureRedisServer(): Promise<string> {
  const found = await findRedisServer();
  if (found) return found;
  if (process.getuid?.() !== 0) throw new Error(INSTALL_HINT);

  const install = ['install', '-y', '-q', 'redis-server'];
  process.stderr.write('[test setup] redis-server not found, running apt-get install -y redis-server\n');
  let result = await run('apt-get', install);
  if (result.code !== 0) {
    // The package lists may be missing or stale on a fresh machine.
    process.stderr.write('[test setup] apt-get install failed, running apt-get update and retrying\n');
    await run('apt-get', ['update', '-q']);
    result = await run('apt-get', install);
  }
  const installed = await findRedisServer();
  if (!installed) {
    throw new Error(`${INSTALL_HINT} (automatic apt-get install failed: ${result.output.trim().split('\n').pop() ?? ''})`);
  }
  return installed;
}

/**
 * Starts a real, non-persistent redis-server on a free 127.0.0.1 port (or `port`, to bring one
 * back where its clients expect it) and waits for PING.
 */
export async function startRedisServer(binary: string, opts: { port?: number } = {}): Promise<RunningRedis> {
  for (let attempt = 1; ; attempt += 1) {
    const port = opts.port ?? (await freePort());
    let logs = '';
    const child = spawn(
      '/bin/sh',
      ['-c', WATCHDOG, 'redis-server', binary, '--port', String(port), '--bind', '127.0.0.1',
        '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--loglevel', 'warning'],
      // No snapshots are written, but keep redis away from the repo should one be attempted.
      // detached: own process group, so a stuck shutdown can be SIGKILLed as a whole.
      { cwd: tmpdir(), stdio: ['pipe', 'pipe', 'pipe'], detached: true },
    );
    const append = (chunk: Buffer): void => {
      logs = (logs + chunk.toString('utf8')).slice(-MAX_LOG_CHARS);
    };
    child.stdout?.on('data', append);
    child.stderr?.on('data', append);
    let spawnError: Error | undefined;
    child.once('error', (err) => {
      spawnError = err;
    });
    const url = `redis://127.0.0.1:${port}`;
    try {
      await waitForPing(url, () => {
        if (spawnError) return `could not run ${binary}: ${spawnError.message}`;
        if (child.exitCode !== null || child.signalCode !== null) {
          return `redis-server exited (${child.exitCode ?? child.signalCode}) before answering PING`;
        }
        return undefined;
      });
      return { url, stop: () => stopChild(child) };
    } catch (err) {
      await stopChild(child);
      const portTaken = /address already in use/i.test(logs);
      if (!portTaken || attempt >= START_ATTEMPTS || opts.port) {
        throw new Error(`redis-server failed to start on port ${port}: ${(err as Error).message}\n${logs}`);
      }
    }
  }
}

/** Fails with a readable message when the Redis at `url` does not answer PING. */
export async function checkRedis(url: string): Promise<void> {
  try {
    await ping(url, 3_000);
  } catch (err) {
    throw new Error(`Redis at ${url.replace(/\/\/[^@/]*@/, '//***@')} did not answer PING: ${(err as Error).message}`);
  }
}

async function waitForPing(url: string, deadReason: () => string | undefined): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let lastError: unknown;
  while (Date.now() < deadline) {
    const dead = deadReason();
    if (dead) throw new Error(dead);
    try {
      await ping(url, 500);
      return;
    } catch (err) {
      lastError = err;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error(`no PING answer within ${READY_TIMEOUT_MS} ms (${String(lastError)})`);
}

async function ping(url: string, timeoutMs: number): Promise<void> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  // ioredis reports a refused connection as 'error' and rejects connect() with a vaguer message.
  let cause: Error | undefined;
  client.on('error', (err: Error) => {
    cause ??= err;
  });
  try {
    await client.connect();
    const answer = await client.ping();
    if (answer !== 'PONG') throw new Error(`unexpected PING answer ${answer}`);
  } catch (err) {
    throw cause ?? err;
  } finally {
    client.disconnect();
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const pid = child.pid;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.stdin?.end(); // the watchdog sends SIGTERM to redis-server
  const timer = setTimeout(() => {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // the group is already gone
    }
  }, STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

function run(command: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const append = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      process.stderr.write(chunk);
    };
    child.stdout.on('data', append);
    child.stderr.on('data', append);
    child.once('error', (err) => resolve({ code: -1, output: `${output}${err.message}` }));
    child.once('close', (code) => resolve({ code: code ?? -1, output }));
  });
}
