import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import postgres from 'postgres';
import { createClient } from '../sdk/node';
import { OWNER, type BenchInfra } from './cluster';
import { cpuDelta, freshDatabase, postgresCpu } from './compare-support';
import { scrape, spawnNodes, spread, type Spread } from './fanout-support';

export interface AlertsBenchSettings {
  /** Alerts per minute offered to the intake. */
  perMinute: number;
  seconds: number;
  /** Alerts per POST (Prometheus batches its notifications; 64 is its default batch size). */
  batch: number;
  /** Share of alerts in a batch that repeat a fingerprint already sent (still firing: deduplicated). */
  repeatShare: number;
}

export function alertsSettings(env = process.env): AlertsBenchSettings {
  return {
    perMinute: Number(env.ALERTS_BENCH_PER_MINUTE ?? 10_000),
    seconds: Number(env.ALERTS_BENCH_SECONDS ?? 45),
    batch: Number(env.ALERTS_BENCH_BATCH ?? 64),
    repeatShare: Number(env.ALERTS_BENCH_REPEAT_SHARE ?? 0.7),
  };
}

export interface AlertsBenchResult {
  settings: AlertsBenchSettings;
  requests: number;
  alertsSent: number;
  failed: number;
  wallSeconds: number;
  achievedPerMinute: number;
  latency: Spread;
  distinctFingerprints: number;
  storedAlerts: number;
  openPerFingerprintMax: number;
  /** Server process CPU, as a share of one core over the run. */
  serverCpuCores: number;
  serverCpuMsPerAlert: number;
  /** The whole PostgreSQL server's CPU as a share of one core; NaN when PostgreSQL is not local. */
  postgresCpuCores: number;
  loadAverage: [number, number];
}

// Deterministic: the same run every time.
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * Open-loop intake load: batches of `batch` alerts POSTed to /api/v2/alerts on a fixed schedule
 * (`perMinute` alerts per minute, whatever the answers take), each batch a mix of new fingerprints
 * and repeats of fingerprints already sent (as Prometheus re-sends firing alerts every evaluation).
 * The server runs as a child process so its CPU is its own. Afterwards the stored alerts must be
 * exactly the distinct fingerprints sent: deduplication held under concurrent pushes.
 */
export async function runAlertsBench(infra: BenchInfra, s = alertsSettings(), progress: (line: string) => void = () => {}): Promise<AlertsBenchResult> {
  const load0 = loadavg()[0]!;
  const dbUrl = await freshDatabase(infra, 'bench_alerts');
  const [api] = await spawnNodes({ ...infra, databaseUrl: dbUrl }, 1, `benchalerts${Date.now()}:`, {});
  try {
    const { login } = await createClient({ url: api!.url }).Login({ email: OWNER.email, password: OWNER.password });
    const owner = createClient({ url: api!.url, token: login.accessToken });
    const { createApiKey } = await owner.CreateApiKey({
      input: { name: 'bench prometheus', grants: [{ effect: 'ALLOW', action: 'alerts:write', scope: { kind: 'ALL' } }], expiresAt: new Date(Date.now() + 86_400_000).toISOString() },
    });
    const intake = new URL('/api/v2/alerts', api!.baseUrl).toString();
    const rand = prng(10);
    const sent: string[] = [];
    let next = 0;
    const startsAt = new Date(Date.now() - 60_000).toISOString();
    const endsAt = new Date(Date.now() + 3_600_000).toISOString();
    const alert = (n: number) => ({
      labels: { alertname: `BenchAlert${n % 50}`, instance: `host-${n}:9100`, job: 'node', team: `team-${n % 7}`, severity: n % 3 === 0 ? 'critical' : 'warning' },
      annotations: { summary: `bench alert ${n}` },
      startsAt,
      endsAt,
      generatorURL: 'http://prometheus:9090/graph',
    });
    const makeBatch = () =>
      Array.from({ length: s.batch }, () => {
        if (sent.length > 0 && rand() < s.repeatShare) return alert(Number(sent[Math.floor(rand() * sent.length)]));
        sent.push(String(next));
        return alert(next++);
      });
    const post = async (body: string): Promise<{ ok: boolean; ms: number }> => {
      const t = performance.now();
      const res = await fetch(intake, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${createApiKey.secret}` }, body });
      await res.arrayBuffer();
      return { ok: res.status === 200, ms: performance.now() - t };
    };
    // Warm-up (JIT, pool, plans): a few batches, counted in the fingerprints but not in the figures.
    for (let i = 0; i < 5; i += 1) if (!(await post(JSON.stringify(makeBatch()))).ok) throw new Error('alerts bench: warm-up push refused');

    const requests = Math.round((s.perMinute / 60 / s.batch) * s.seconds);
    const intervalMs = (60_000 * s.batch) / s.perMinute;
    const dbCpu = await postgresCpu(dbUrl);
    const cpu0 = (await scrape(api!)).cpuSeconds;
    const db0 = dbCpu?.();
    progress(`${requests} batches of ${s.batch}, one every ${intervalMs.toFixed(0)} ms`);
    const started = performance.now();
    const pending: Array<Promise<{ ok: boolean; ms: number }>> = [];
    for (let i = 0; i < requests; i += 1) {
      const due = started + i * intervalMs;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      pending.push(post(JSON.stringify(makeBatch())));
      if (i % 100 === 99) progress(`${i + 1} batches sent`);
    }
    const results = await Promise.all(pending);
    const wallSeconds = (performance.now() - started) / 1000;
    const cpu = (await scrape(api!)).cpuSeconds - cpu0;
    const dbSeconds = dbCpu && db0 ? cpuDelta(db0, dbCpu()) : NaN;

    const db = postgres(dbUrl, { max: 1, onnotice: () => {} });
    try {
      const [row] = await db<{ n: number; fingerprints: number; most: number }[]>`
        select count(*)::int n, count(distinct fingerprint)::int fingerprints,
               coalesce((select max(c)::int from (select count(*) c from alerts where status <> 'RESOLVED' group by fingerprint) x), 0) most
        from alerts`;
      const failed = results.filter((r) => !r.ok).length;
      const alertsSent = requests * s.batch;
      return {
        settings: s,
        requests,
        alertsSent,
        failed,
        wallSeconds: +wallSeconds.toFixed(1),
        achievedPerMinute: Math.round(((requests - failed) * s.batch * 60) / wallSeconds),
        latency: spread(results.map((r) => r.ms)),
        distinctFingerprints: sent.length,
        storedAlerts: row!.n,
        openPerFingerprintMax: row!.most,
        serverCpuCores: +(cpu / wallSeconds).toFixed(2),
        serverCpuMsPerAlert: +((cpu * 1000) / alertsSent).toFixed(3),
        postgresCpuCores: +(dbSeconds / wallSeconds).toFixed(2),
        loadAverage: [+load0.toFixed(2), +loadavg()[0]!.toFixed(2)],
      };
    } finally {
      await db.end();
    }
  } finally {
    await api!.stop();
  }
}

export function formatAlertsBench(r: AlertsBenchResult): string {
  const s = r.settings;
  const held = r.storedAlerts === r.distinctFingerprints && r.openPerFingerprintMax <= 1;
  return [
    `\nalert intake (issue 10): ${s.perMinute} alerts/min offered for ${s.seconds} s, batches of ${s.batch} on POST /api/v2/alerts, ${Math.round(s.repeatShare * 100)}% repeats`,
    `  ${r.requests} requests (${r.alertsSent} alerts) in ${r.wallSeconds} s: ${r.achievedPerMinute} alerts/min accepted, ${r.failed} requests refused or failed`,
    `  per request: p50 ${r.latency.p50Ms} ms, p99 ${r.latency.p99Ms} ms, max ${r.latency.maxMs} ms`,
    `  server CPU ${r.serverCpuCores} cores (${r.serverCpuMsPerAlert} ms per alert), PostgreSQL ${Number.isNaN(r.postgresCpuCores) ? 'n/a' : `${r.postgresCpuCores} cores`}`,
    `  dedup: ${r.storedAlerts} alerts stored for ${r.distinctFingerprints} distinct fingerprints, at most ${r.openPerFingerprintMax} open per fingerprint (${held ? 'held' : 'NOT held'})`,
    `  1-min load average ${r.loadAverage[0]} before, ${r.loadAverage[1]} after (2 cores)`,
    JSON.stringify({ bench: 'alerts', ...r }),
  ].join('\n');
}
