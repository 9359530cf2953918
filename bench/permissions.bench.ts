/**
 * Permission engine benchmark: `npx tsx bench/permissions.bench.ts`.
 * Plain script rather than vitest bench so that other scripts can call `runPermissionsBench()`
 * and so the numbers come from one clear method: every sampled check is timed on its own.
 */
import { ALL_ACTIONS, type Action, type ActionPattern } from '../src/authz/catalogue';
import type { CheckRequest, Grant, GrantScope, ResourceRef } from '../src/authz/grant.types';
import { check, compilePermissions, type CompileInput, type Decision, type SetNode } from '../src/authz/engine';

export interface PermissionsBenchResult {
  grants: number;
  sets: number;
  inheritanceDepth: number;
  compileMs: { median: number; p99: number; max: number; runs: number };
  checks: { perSecond: number; p50Us: number; p99Us: number; p999Us: number; timedCalls: number; batchCalls: number; allowedShare: number };
  requestMix: Record<Decision['reason'], number>;
  timerOverheadUs: number;
}

/** Seeded so every run benchmarks the same data. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOW = new Date('2025-06-01T12:00:00.000Z');
const ENVS = ['prod', 'dev', 'stage'];
const TEAMS = ['a', 'b', 'c'];

function makeGrant(rand: () => number): Grant {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const isDeny = rand() < 0.15;
  const r = rand();
  const action: ActionPattern = r < 0.01 && !isDeny ? '*' : r < 0.1 ? pick(['users:*', 'sessions:*', 'audit:*'] as const) : pick(ALL_ACTIONS);
  const s = rand();
  // Denies stay narrow (IDS/LABELS), as in practice; a broad deny would make every check trivial.
  const scope: GrantScope = s < 0.05 && !isDeny
    ? { kind: 'ALL' }
    : s < 0.6
      ? { kind: 'IDS', ids: Array.from({ length: 3 + Math.floor(rand() * 6) }, () => `u${Math.floor(rand() * 100)}`) }
      : s < 0.85 || isDeny
        ? { kind: 'LABELS', selector: rand() < 0.5 ? { env: pick(ENVS) } : { env: pick(ENVS), team: pick(TEAMS) } }
        : { kind: 'SELF' };
  const grant: Grant = { effect: isDeny ? 'DENY' : 'ALLOW', action, scope };
  if (rand() < 0.1) grant.validUntil = new Date(NOW.getTime() + 3_600_000);
  return grant;
}

/** 10 sets in two inheritance chains 5 deep, 180 set grants + 5 baseline + 15 direct = 200. */
export function buildBenchInput(seed = 42): CompileInput {
  const rand = rng(seed);
  const sets = new Map<string, SetNode>();
  for (const chain of ['A', 'B']) {
    for (let level = 1; level <= 5; level++) {
      const id = `${chain}${level}`;
      const grants = Array.from({ length: 18 }, () => makeGrant(rand));
      sets.set(id, { id, name: `Set ${id}`, grants, parentIds: level < 5 ? [`${chain}${level + 1}`] : [] });
    }
  }
  return {
    userId: 'me',
    assignments: [{ setId: 'A1' }, { setId: 'B1', expiresAt: new Date(NOW.getTime() + 86_400_000) }],
    directGrants: Array.from({ length: 15 }, (_, i) => ({ ...makeGrant(rand), id: `g${i}` })),
    delegations: [],
    sets,
    baseline: Array.from({ length: 5 }, () => makeGrant(rand)),
    compiledAt: NOW,
  };
}

function makeRequests(count: number, seed: number): CheckRequest[] {
  const rand = rng(seed);
  return Array.from({ length: count }, () => {
    const action: Action = ALL_ACTIONS[Math.floor(rand() * ALL_ACTIONS.length)];
    const resource: ResourceRef = { type: action.split(':')[0] as ResourceRef['type'], id: rand() < 0.1 ? 'me' : `u${Math.floor(rand() * 150)}` };
    if (rand() < 0.3) resource.ownerId = rand() < 0.5 ? 'me' : 'other';
    if (rand() < 0.6) resource.labels = { env: ENVS[Math.floor(rand() * 3)], team: TEAMS[Math.floor(rand() * 3)] };
    return { action, resource };
  });
}

const percentile = (sorted: Float64Array, p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const round = (n: number, digits = 3): number => Number(n.toFixed(digits));

export function runPermissionsBench(opts: { compileRuns?: number; batchCalls?: number; timedCalls?: number } = {}): PermissionsBenchResult {
  const { compileRuns = 200, batchCalls = 200_000, timedCalls = 100_000 } = opts;
  const input = buildBenchInput();

  for (let i = 0; i < 100; i++) compilePermissions(input);
  const compileTimes = new Float64Array(compileRuns);
  let perms = compilePermissions(input);
  for (let i = 0; i < compileRuns; i++) {
    const t0 = process.hrtime.bigint();
    perms = compilePermissions(input);
    compileTimes[i] = Number(process.hrtime.bigint() - t0) / 1e6;
  }
  compileTimes.sort();

  const requests = makeRequests(1024, 7);
  const mask = requests.length - 1;
  const mix: Record<Decision['reason'], number> = { ALLOWED: 0, EXPLICIT_DENY: 0, NO_MATCHING_ALLOW: 0 };
  for (const req of requests) mix[check(perms, req, NOW).reason]++;
  let allowed = 0;
  for (let i = 0; i < 50_000; i++) if (check(perms, requests[i & mask], NOW).allowed) allowed++;

  // Throughput: batches of 1000 calls, one clock read per batch, so the clock costs nothing here.
  allowed = 0;
  let batchNs = 0;
  for (let done = 0; done < batchCalls; done += 1000) {
    const t0 = process.hrtime.bigint();
    for (let i = done; i < done + 1000; i++) if (check(perms, requests[i & mask], NOW).allowed) allowed++;
    batchNs += Number(process.hrtime.bigint() - t0);
  }

  // Latency: every call timed on its own; the timer's own cost is measured and reported apart.
  const samples = new Float64Array(timedCalls);
  for (let i = 0; i < timedCalls; i++) {
    const req = requests[i & mask];
    const t0 = process.hrtime.bigint();
    const d = check(perms, req, NOW);
    samples[i] = Number(process.hrtime.bigint() - t0) / 1000;
    if (d.allowed) allowed++;
  }
  samples.sort();
  const overhead = new Float64Array(10_000);
  for (let i = 0; i < overhead.length; i++) {
    const t0 = process.hrtime.bigint();
    overhead[i] = Number(process.hrtime.bigint() - t0) / 1000;
  }
  overhead.sort();

  return {
    grants: perms.grants.length,
    sets: input.sets.size,
    inheritanceDepth: 5,
    compileMs: { median: round(percentile(compileTimes, 0.5)), p99: round(percentile(compileTimes, 0.99)), max: round(compileTimes[compileTimes.length - 1]), runs: compileRuns },
    checks: {
      perSecond: Math.round(batchCalls / (batchNs / 1e9)),
      p50Us: round(percentile(samples, 0.5)),
      p99Us: round(percentile(samples, 0.99)),
      p999Us: round(percentile(samples, 0.999)),
      timedCalls,
      batchCalls,
      allowedShare: round(allowed / (batchCalls + timedCalls), 3),
    },
    requestMix: mix,
    timerOverheadUs: round(percentile(overhead, 0.5)),
  };
}

export function formatPermissionsBench(r: PermissionsBenchResult): string {
  return [
    'permission engine (in process)',
    `  data      ${r.grants} grants, ${r.sets} sets, inheritance ${r.inheritanceDepth} deep`,
    `  compile   median ${r.compileMs.median} ms, p99 ${r.compileMs.p99} ms, max ${r.compileMs.max} ms (${r.compileMs.runs} runs)`,
    `  check     ${r.checks.perSecond.toLocaleString('en-US')} checks/s (${r.checks.batchCalls.toLocaleString('en-US')} calls, batched)`,
    `  latency   p50 ${r.checks.p50Us} µs, p99 ${r.checks.p99Us} µs, p99.9 ${r.checks.p999Us} µs (${r.checks.timedCalls.toLocaleString('en-US')} calls timed singly, incl. ~${r.timerOverheadUs} µs timer cost)`,
    `  mix       ${(r.checks.allowedShare * 100).toFixed(1)}% allowed; distinct requests: ${Object.entries(r.requestMix).map(([k, v]) => `${k} ${v}`).join(', ')}`,
  ].join('\n');
}

if (require.main === module) console.log(formatPermissionsBench(runPermissionsBench()));
