import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { spawnServer, type SpawnedServer } from '../test/setup/spawn-server';
import { AUTH_SECRET, OWNER, type BenchInfra } from './cluster';
import type { Swarm } from './ws-swarm';

export const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
const round = (ms: number) => +ms.toFixed(1);

export interface Spread {
  n: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

export function spread(samples: number[]): Spread {
  const sorted = [...samples].sort((x, y) => x - y);
  return {
    n: sorted.length,
    p50Ms: round(percentile(sorted, 0.5)),
    p99Ms: round(percentile(sorted, 0.99)),
    maxMs: round(sorted.at(-1) ?? NaN),
  };
}

export interface ServerSample {
  statements: number;
  rssBytes: number;
  heapUsedBytes: number;
  cpuSeconds: number;
}

/** Reads the figures we need from the server's own GET /metrics (Prometheus text format). */
export async function scrape(server: SpawnedServer): Promise<ServerSample> {
  const text = await (await fetch(`${server.baseUrl}/metrics`, { signal: AbortSignal.timeout(30_000) })).text();
  const value = (name: string) => {
    const line = text.split('\n').find((l) => l.startsWith(`${name} `) || l.startsWith(`${name}{`));
    if (!line) throw new Error(`/metrics has no ${name}`);
    return Number(line.slice(line.lastIndexOf(' ') + 1));
  };
  return {
    statements: value('control_plane_db_statements_total'),
    rssBytes: value('process_resident_memory_bytes'),
    heapUsedBytes: value('nodejs_heap_size_used_bytes'),
    cpuSeconds: value('process_cpu_seconds_total'),
  };
}

export const mb = (bytes: number) => +(bytes / 1024 / 1024).toFixed(1);

export interface BenchServer extends SpawnedServer {
  /** The server process (its memory and CPU can be read from /proc). */
  pid: number;
  /** A full garbage collection in the server (bench/gc-preload.cjs), so heap used is live memory. */
  fullGc(): Promise<void>;
}

let spawned = 0;

/**
 * API servers as child processes (src/main.ts through tsx, as tests run them) on the bench's
 * PostgreSQL and Redis, so their memory and CPU are measured apart from the client sockets.
 */
export async function spawnNodes(infra: BenchInfra, count: number, redisPrefix: string, extraEnv: Record<string, string> = {}): Promise<BenchServer[]> {
  const started = await Promise.allSettled(Array.from({ length: count }, () => spawnNode(infra, redisPrefix, extraEnv)));
  const servers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  if (servers.length < count) {
    await Promise.all(servers.map((s) => s.stop()));
    throw (started.find((s) => s.status === 'rejected') as PromiseRejectedResult).reason;
  }
  return servers;
}

async function spawnNode(infra: BenchInfra, redisPrefix: string, extraEnv: Record<string, string>): Promise<BenchServer> {
  spawned += 1;
  const pidFile = join(tmpdir(), `fanout-bench-${process.pid}-${spawned}.pid`);
  const env = {
    NODE_OPTIONS: `--require ${resolve(__dirname, 'gc-preload.cjs')} ${process.env.FANOUT_SERVER_NODE_OPTIONS ?? ''}`.trim(),
    BENCH_PID_FILE: pidFile,
    NODE_ENV: 'production',
    LOG_LEVEL: process.env.FANOUT_SERVER_LOG_LEVEL ?? 'error',
    DATABASE_URL: infra.databaseUrl,
    REDIS_URL: infra.redisUrl,
    REDIS_PREFIX: redisPrefix,
    AUTH_SECRET,
    ADMIN_EMAIL: OWNER.email,
    ADMIN_PASSWORD: OWNER.password,
    LOGIN_MAX_FAILURES_PER_IP: '100000',
    // Thousands of subscribe operations from five users in seconds: the limits are not under test.
    RATE_LIMIT_PER_MINUTE: '100000000',
    QUERY_COST_BUDGET_PER_MINUTE: '1000000000',
    ...extraEnv,
  };
  const server = await spawnServer(env, { readyTimeoutMs: 90_000 });
  const pid = Number(readFileSync(pidFile, 'utf8'));
  rmSync(pidFile, { force: true });
  return {
    ...server,
    pid,
    async fullGc() {
      process.kill(pid, 'SIGUSR2');
      await sleep(500); // the handler runs on the server's event loop, behind whatever it is doing
    },
  };
}

/** `{ me { id name } }` over HTTP with `token`; resolves to its latency in ms. */
export async function timeMe(server: SpawnedServer, token: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ me { id name } }' }),
    signal: AbortSignal.timeout(60_000),
  });
  const body = (await res.json()) as { data?: { me?: { id: string } }; errors?: unknown };
  if (!body.data?.me) throw new Error(`me failed: ${JSON.stringify(body.errors)}`);
  return performance.now() - started;
}

export interface Delivery {
  /** Per swarm: ms from sending the mutation to each socket receiving the event. */
  latencies: number[][];
  expected: number;
  received: number;
  duplicates: number;
  /** Events of another tag received meanwhile (late ones from an earlier event that timed out). */
  stale: number;
  mutationMs: number;
  /** Sending the mutation to the last delivery (or the timeout). */
  elapsedMs: number;
  timedOut: boolean;
}

/**
 * Sends one mutation (tagged `tag`) and waits until every open socket of `swarms` has received its
 * event once, or `timeoutMs`. `onFirst` runs at the first delivery (fan-out is then in progress).
 */
export async function deliver(opts: {
  swarms: Swarm[];
  tag: string;
  send: () => Promise<unknown>;
  timeoutMs: number;
  onFirst?: () => void;
  /** Arrivals of other tags (an earlier event that timed out) are counted here, by tag. */
  late?: Map<string, number>;
}): Promise<Delivery> {
  const expected = opts.swarms.reduce((n, s) => n + s.open, 0);
  const latencies = opts.swarms.map(() => [] as number[]);
  const seen = opts.swarms.map((s) => new Uint8Array(s.size));
  let received = 0;
  let duplicates = 0;
  let stale = 0;
  let started = 0;
  let finish: () => void = () => {};
  const all = new Promise<void>((done) => (finish = done));
  opts.swarms.forEach((swarm, k) =>
    swarm.onDelivery((tag, at, socket) => {
      if (tag !== opts.tag) {
        stale += 1;
        opts.late?.set(tag, (opts.late.get(tag) ?? 0) + 1);
        return;
      }
      if (seen[k]![socket]) return void (duplicates += 1);
      seen[k]![socket] = 1;
      latencies[k]!.push(at - started);
      received += 1;
      if (received === 1) opts.onFirst?.();
      if (received === expected) finish();
    }),
  );
  started = performance.now();
  let mutationMs = NaN;
  const sent = opts.send().then(() => (mutationMs = performance.now() - started));
  sent.catch(() => {}); // awaited below; a failure must not count as unhandled meanwhile
  let timer: NodeJS.Timeout | undefined;
  const timedOut = await Promise.race([
    all.then(() => false),
    new Promise<boolean>((done) => (timer = setTimeout(() => done(true), opts.timeoutMs))),
  ]);
  clearTimeout(timer);
  const elapsedMs = performance.now() - started;
  await sent;
  for (const swarm of opts.swarms) swarm.onDelivery(null);
  return { latencies, expected, received, duplicates, stale, mutationMs, elapsedMs, timedOut };
}

export interface MemorySample {
  /** As read, without forcing anything: what an operator's dashboard shows. */
  settled: ServerSample;
  /** Right after a full GC in the server: live heap. */
  collected: ServerSample;
}

export async function sampleMemory(server: BenchServer): Promise<MemorySample> {
  const settled = await scrape(server);
  await server.fullGc();
  return { settled, collected: await scrape(server) };
}
