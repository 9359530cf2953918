import { loadavg } from 'node:os';
import { createClient } from '../sdk/node';
import { AUTH_SECRET, OWNER, type BenchInfra } from './cluster';
import { checkSameData, createReader, ME_QUERY, PG_USERS_QUERY, READER, USERS_QUERY } from './compare-check';
import { asRole, autocannon, cpuDelta, freshDatabase, median, postgresCpu, processCpuSeconds, ratio, spawnHelper, type Helper, type Load } from './compare-support';
import { scrape, spawnNodes } from './fanout-support';

const PAGE = 50;

export interface CompareSettings {
  rounds: number;
  seconds: number;
  connections: number;
  meConnections: number;
}

export function compareSettings(env = process.env): CompareSettings {
  return {
    rounds: Number(env.COMPARE_ROUNDS ?? 3),
    seconds: Number(env.COMPARE_SECONDS ?? 5),
    connections: Number(env.COMPARE_CONNECTIONS ?? 10),
    meConnections: Number(env.COMPARE_ME_CONNECTIONS ?? 64),
  };
}

type System = 'api' | 'postgraphile' | 'baseline' | 'floor';
type Scenario = 'users' | 'me' | 'me64';
interface Run extends Load {
  round: number;
  system: System;
  scenario: Scenario;
  /** Server process CPU per request, ms. */
  serverCpuMs: number;
  /** PostgreSQL CPU (every server process) per request, ms; NaN when the database is not local. */
  dbCpuMs: number;
}

/**
 * Seeds 49 users (50 with the owner) holding 0–2 built-in permission sets each, through the API
 * itself, so rows look exactly as the product writes them.
 */
export async function seed(url: string) {
  const { login } = await createClient({ url }).Login({ email: OWNER.email, password: OWNER.password });
  const client = createClient({ url, token: login.accessToken });
  const { permissionSets } = await client.PermissionSets({ first: 50 });
  const sets = permissionSets.edges.map((e) => e.node).filter((s) => s.name !== 'Owner');
  if (sets.length < 2) throw new Error(`compare bench: expected built-in permission sets, found ${sets.map((s) => s.name).join(', ')}`);
  for (let i = 1; i < PAGE; i += 1) {
    const { createUser } = await client.CreateUser({ input: { email: `compare-${i}@example.test`, name: `Compare User ${i}`, password: 'compare-user-password' } });
    const held = i % 5 === 0 ? [] : i % 2 === 0 ? [sets[i % sets.length]!, sets[(i + 1) % sets.length]!] : [sets[i % sets.length]!];
    for (const set of held) await client.AssignPermissionSet({ userId: createUser.id, permissionSetId: set.id });
  }
  return login.accessToken;
}

export interface CompareResult {
  settings: CompareSettings;
  runs: Run[];
  summary: Record<`${Scenario}.${System}`, { requestsPerSecond: number; p50Ms: number; p99Ms: number; serverCpuMs: number; dbCpuMs: number } | undefined>;
  ratios: { usersVsPostgraphile: number; usersVsBaseline: number; meVsBaseline: number; me64VsBaseline: number };
  /** The framework floor (bench/apollo-floor-server.ts) against the baseline: the most the fixed stack allows. */
  floorRatios: { usersVsBaseline: number; meVsBaseline: number; me64VsBaseline: number };
  me64P99Ms: number;
  /** 1-minute load average before and after: the machine is shared, figures mean little above ~2. */
  loadAverage: [number, number];
}

export async function runCompareBench(infra: BenchInfra, settings = compareSettings(), progress: (line: string) => void = () => {}): Promise<CompareResult> {
  const load0 = loadavg()[0]!;
  const dbUrl = await freshDatabase(infra, 'bench_compare');
  const [api] = await spawnNodes({ ...infra, databaseUrl: dbUrl }, 1, `benchcmp${Date.now()}:`, { ACCESS_TOKEN_TTL_SECONDS: '7200' });
  const helpers: Helper[] = [];
  try {
    progress('seeding 50 users');
    const token = await seed(api!.url);
    await createReader(dbUrl);
    const idle = '1440'; // SESSION_IDLE_TTL_MINUTES default, as the API runs here
    helpers.push(await spawnHelper('postgraphile', ['bench/postgraphile-server.cjs'], { DATABASE_URL: asRole(dbUrl, READER.user, READER.password) }));
    helpers.push(await spawnHelper('baseline', ['bench/baseline-server.ts'], { DATABASE_URL: dbUrl, AUTH_SECRET, SESSION_IDLE_TTL_MINUTES: idle }));
    const meId = (await createClient({ url: api!.url, token }).Me()).me.id;
    helpers.push(await spawnHelper('floor', ['bench/apollo-floor-server.ts'], { DATABASE_URL: dbUrl, ME_ID: meId }));
    const [pg, base, floor] = helpers as [Helper, Helper, Helper];
    await checkSameData(api!.url, pg.url, base.url, token, PAGE);
    await checkSameData(api!.url, pg.url, floor.url, token, PAGE);
    progress('all three return the same data');
    const dbCpu = await postgresCpu(dbUrl);
    const apiCpu = async () => (await scrape(api!)).cpuSeconds;
    const targets: Record<System, { url: string; cpu: () => Promise<number> | number }> = {
      api: { url: api!.url, cpu: apiCpu },
      postgraphile: { url: pg.url, cpu: () => processCpuSeconds(pg.pid) },
      baseline: { url: base.url, cpu: () => processCpuSeconds(base.pid) },
      floor: { url: floor.url, cpu: () => processCpuSeconds(floor.pid) },
    };
    const plan: [Scenario, System][] = [
      ['users', 'api'], ['users', 'postgraphile'], ['users', 'baseline'], ['users', 'floor'],
      ['me', 'api'], ['me', 'baseline'], ['me', 'floor'],
      ['me64', 'api'], ['me64', 'baseline'], ['me64', 'floor'],
    ];
    const load = (scenario: Scenario, system: System, seconds: number) =>
      autocannon(targets[system].url, {
        query: scenario === 'users' ? (system === 'postgraphile' ? PG_USERS_QUERY : USERS_QUERY) : ME_QUERY,
        variables: scenario === 'users' ? { first: PAGE } : {},
        token: system === 'postgraphile' ? undefined : token, // PostGraphile without jwtSecret refuses a bearer token
        connections: scenario === 'me64' ? settings.meConnections : settings.connections,
        seconds,
      });
    for (const [scenario, system] of plan) await load(scenario, system, 1); // warm-up: JIT, pools, prepared statements
    const runs: Run[] = [];
    for (let round = 1; round <= settings.rounds; round += 1) {
      for (const [scenario, system] of plan) {
        const cpu0 = await targets[system].cpu();
        const db0 = dbCpu?.();
        const r = await load(scenario, system, settings.seconds);
        const serverCpuMs = ((await targets[system].cpu()) - cpu0) * 1000 / r.total;
        const dbCpuMs = dbCpu && db0 ? (cpuDelta(db0, dbCpu()) * 1000) / r.total : NaN;
        if (r.non2xx || r.errors) throw new Error(`compare bench: ${system} ${scenario}: ${r.non2xx} non-2xx answers, ${r.errors} errors`);
        runs.push({ ...r, round, system, scenario, serverCpuMs, dbCpuMs });
        progress(`round ${round} ${scenario} ${system}: ${Math.round(r.requestsPerSecond)} req/s`);
      }
    }
    // Still the same answers after the load (nothing degraded into errors under it).
    await checkSameData(api!.url, pg.url, base.url, token, PAGE);
    await checkSameData(api!.url, pg.url, floor.url, token, PAGE);
    const summary = {} as CompareResult['summary'];
    for (const [scenario, system] of plan) {
      const mine = runs.filter((r) => r.scenario === scenario && r.system === system);
      summary[`${scenario}.${system}`] = {
        requestsPerSecond: Math.round(median(mine.map((r) => r.requestsPerSecond))),
        p50Ms: median(mine.map((r) => r.p50Ms)),
        p99Ms: median(mine.map((r) => r.p99Ms)),
        serverCpuMs: +median(mine.map((r) => r.serverCpuMs)).toFixed(2),
        dbCpuMs: +median(mine.map((r) => r.dbCpuMs)).toFixed(2),
      };
    }
    // Ratios per round (the systems ran back to back in it), then the median over rounds.
    const perRound = (scenario: Scenario, other: System, mine: System = 'api') =>
      median(Array.from({ length: settings.rounds }, (_, i) => {
        const at = (system: System) => runs.find((r) => r.round === i + 1 && r.scenario === scenario && r.system === system)!.requestsPerSecond;
        return at(mine) / at(other);
      }));
    return {
      settings,
      runs,
      summary,
      ratios: {
        usersVsPostgraphile: ratio(perRound('users', 'postgraphile'), 1),
        usersVsBaseline: ratio(perRound('users', 'baseline'), 1),
        meVsBaseline: ratio(perRound('me', 'baseline'), 1),
        me64VsBaseline: ratio(perRound('me64', 'baseline'), 1),
      },
      floorRatios: {
        usersVsBaseline: ratio(perRound('users', 'baseline', 'floor'), 1),
        meVsBaseline: ratio(perRound('me', 'baseline', 'floor'), 1),
        me64VsBaseline: ratio(perRound('me64', 'baseline', 'floor'), 1),
      },
      me64P99Ms: summary['me64.api']!.p99Ms,
      loadAverage: [+load0.toFixed(2), +loadavg()[0]!.toFixed(2)],
    };
  } finally {
    for (const h of helpers) await h.stop();
    await api!.stop();
  }
}

export function formatCompareBench(r: CompareResult): string {
  const s = r.settings;
  const lines = [
    `\ncomparison (issue 9): ${s.rounds} rounds, systems alternated, ${s.seconds} s each, autocannon ${s.connections} connections (me64: ${s.meConnections}); medians over rounds`,
    `  ${'request'.padEnd(8)} ${'system'.padEnd(13)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'server CPU/req'.padStart(15)} ${'db CPU/req'.padStart(11)}`,
  ];
  for (const [key, v] of Object.entries(r.summary)) {
    if (!v) continue;
    const [scenario, system] = key.split('.');
    lines.push(
      `  ${scenario!.padEnd(8)} ${system!.padEnd(13)} ${String(v.requestsPerSecond).padStart(7)} ${String(v.p50Ms).padStart(7)} ${String(v.p99Ms).padStart(7)} ${`${v.serverCpuMs} ms`.padStart(15)} ${(Number.isNaN(v.dbCpuMs) ? 'n/a' : `${v.dbCpuMs} ms`).padStart(11)}`,
    );
  }
  const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');
  lines.push(
    `  1-min load average ${r.loadAverage[0]} before, ${r.loadAverage[1]} after (2 cores)`,
    `  ratios (median of per-round ratios):`,
    `    users: ours / PostGraphile ${r.ratios.usersVsPostgraphile} (target >= 1.5, ${mark(r.ratios.usersVsPostgraphile >= 1.5)})`,
    `    users: ours / baseline     ${r.ratios.usersVsBaseline} (target >= 0.6, ${mark(r.ratios.usersVsBaseline >= 0.6)})`,
    `    me:    ours / baseline     ${r.ratios.meVsBaseline} (target >= 0.6, ${mark(r.ratios.meVsBaseline >= 0.6)})`,
    `    me at ${s.meConnections} clients: ours p99 ${r.me64P99Ms} ms (target < 25 ms, ${mark(r.me64P99Ms < 25)}); ours / baseline ${r.ratios.me64VsBaseline}`,
    `  framework floor (Apollo 5 + express 5 + graphql-js over in-memory data: no auth, no database, no plugins) / baseline:`,
    `    users ${r.floorRatios.usersVsBaseline}, me ${r.floorRatios.meVsBaseline}, me at ${s.meConnections} clients ${r.floorRatios.me64VsBaseline}`,
    JSON.stringify({ bench: 'compare', settings: s, summary: r.summary, ratios: r.ratios, floorRatios: r.floorRatios, me64P99Ms: r.me64P99Ms, loadAverage: r.loadAverage, runs: r.runs.map((x) => ({ ...x, serverCpuMs: +x.serverCpuMs.toFixed(3), dbCpuMs: +x.dbCpuMs.toFixed(3) })) }),
  );
  return lines.join('\n');
}
