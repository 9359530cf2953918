import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import postgres from 'postgres';
import type { BenchInfra } from './cluster';

const REPO_ROOT = resolve(__dirname, '..');

/**
 * A new, empty database on the bench's PostgreSQL, so a bench sees only the rows it seeds (the
 * `http` bench adds 100 users to the shared one). Needs CREATEDB when DATABASE_URL is given.
 */
export async function freshDatabase(infra: BenchInfra, prefix: string): Promise<string> {
  const name = `${prefix}_${Date.now()}`;
  const admin = postgres(infra.databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(infra.databaseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** `url` with another user and password (the read-only role). */
export function asRole(url: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = user;
  u.password = password;
  return u.toString();
}

export interface Helper {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts `args` under node (tsx loaded) and waits for its `listening <port>` line. */
export async function spawnHelper(label: string, args: string[], env: Record<string, string>): Promise<Helper> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: REPO_ROOT,
    env: { ...inheritedEnv(), NODE_ENV: 'production', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((done) => child.once('close', () => done()));
  const port = await new Promise<number>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`${label} did not start in 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const m = /listening (\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        done(Number(m[1]));
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    void exited.then(() => {
      clearTimeout(timer);
      fail(new Error(`${label} exited before listening:\n${output}`));
    });
  });
  process.once('exit', () => child.kill('SIGKILL'));
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    pid: child.pid!,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** process.env minus a test runner's own variables (its NODE_OPTIONS would load its hooks here). */
function inheritedEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('VITEST') && key !== 'NODE_OPTIONS') env[key] = value;
  return env;
}

/** POSTs a GraphQL document once; resolves to the parsed body (throws on a non-200). */
export async function post(url: string, query: string, variables: object, token?: string): Promise<{ data?: any; errors?: unknown }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  if (res.status !== 200) throw new Error(`${url} answered HTTP ${res.status}: ${await res.text()}`);
  return (await res.json()) as { data?: any; errors?: unknown };
}

export interface Load {
  requestsPerSecond: number;
  total: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

/** Closed-loop load from autocannon in its own process (it must not share a server's event loop). */
export async function autocannon(url: string, opts: { query: string; variables: object; token?: string; connections: number; seconds: number }): Promise<Load> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      require.resolve('autocannon/autocannon.js'),
      '--json', '--connections', String(opts.connections), '--duration', String(opts.seconds), '--method', 'POST',
      '--headers', 'content-type=application/json',
      ...(opts.token ? ['--headers', `authorization=Bearer ${opts.token}`] : []),
      '--body', JSON.stringify({ query: opts.query, variables: opts.variables }),
      url,
    ],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  const r = JSON.parse(stdout) as { requests: { average: number; total: number }; latency: { p50: number; p99: number }; non2xx: number; errors: number };
  return { requestsPerSecond: r.requests.average, total: r.requests.total, p50Ms: r.latency.p50, p99Ms: r.latency.p99, non2xx: r.non2xx, errors: r.errors };
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** utime + stime of one process, in seconds (/proc/<pid>/stat); NaN when unreadable. */
export function processCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return NaN;
  }
}

function parentOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

/** CPU seconds per process of the PostgreSQL server, by pid. */
export type CpuSample = Map<number, number>;

/**
 * Samples the CPU of the whole PostgreSQL server (postmaster and every child: backends, walwriter,
 * ...), or null when it is not on this machine. A process that exits during a run takes its CPU
 * with it: the delta then counts it as 0 for that run (an undercount, never negative); every
 * system here keeps its pool connections open, so that is rare.
 */
export async function postgresCpu(databaseUrl: string): Promise<(() => CpuSample) | null> {
  const db = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [{ pid }] = await db<{ pid: number }[]>`select pg_backend_pid() as pid`;
    const postmaster = parentOf(pid);
    if (!readFileSync(`/proc/${postmaster}/cmdline`, 'utf8').includes('postgres')) return null;
    return () => {
      const sample: CpuSample = new Map([[postmaster, processCpuSeconds(postmaster)]]);
      for (const entry of readdirSync('/proc')) {
        if (!/^\d+$/.test(entry)) continue;
        try {
          if (parentOf(Number(entry)) === postmaster) sample.set(Number(entry), processCpuSeconds(Number(entry)));
        } catch {
          // exited meanwhile
        }
      }
      return sample;
    };
  } catch {
    return null; // not local (no /proc entry for its pid): figures are left out
  } finally {
    await db.end();
  }
}

/** CPU seconds spent between two samples by the processes alive at the second one. */
export function cpuDelta(before: CpuSample, after: CpuSample): number {
  let total = 0;
  for (const [pid, cpu] of after) if (Number.isFinite(cpu)) total += cpu - (before.get(pid) ?? 0);
  return total;
}

export const ratio = (a: number, b: number) => +(a / b).toFixed(2);
export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
