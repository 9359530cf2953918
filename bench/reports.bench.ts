import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import postgres from 'postgres';
import { createClient } from '../sdk/node';
import { OWNER, type BenchInfra } from './cluster';
import { freshDatabase } from './compare-support';
import { mb, sleep, spawnNodes, type BenchServer } from './fanout-support';

export interface ReportsBenchSettings {
  /** Audit rows the export reads (the figure: 1,000,000). */
  rows: number;
  formats: Array<'CSV' | 'XLSX' | 'JSON'>;
}

export function reportsSettings(env = process.env): ReportsBenchSettings {
  return {
    rows: Number(env.REPORTS_BENCH_ROWS ?? 1_000_000),
    formats: (env.REPORTS_BENCH_FORMATS ?? 'CSV,XLSX').split(',').map((f) => f.trim()) as ReportsBenchSettings['formats'],
  };
}

export interface ReportExportFigures {
  format: string;
  rows: number;
  sizeMb: number;
  /** From the run's startedAt to its finishedAt (the server's own clock). */
  runSeconds: number;
  rowsPerSecond: number;
  /** From sending runReport to the first reportRunChanged event with progress, as the client sees it. */
  firstProgressMs: number;
  progressEvents: number;
  /** Peak RSS of the API process during the run, above its RSS just before the run. */
  peakRssGrowthMb: number;
  rssBeforeMb: number;
}

export interface ReportsBenchResult {
  settings: ReportsBenchSettings;
  seedSeconds: number;
  exports: ReportExportFigures[];
  loadAverage: [number, number];
}

const rssBytes = (pid: number): number => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(line?.match(/(\d+)/)?.[1] ?? 0) * 1024;
};

/** Seeds `rows` audit rows spread over the last six days in one INSERT ... SELECT. */
async function seedAudit(databaseUrl: string, rows: number): Promise<number> {
  const db = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const started = performance.now();
  try {
    await db.unsafe(`insert into audit_logs (actor_type, action, outcome, target_type, target_id, metadata, occurred_at)
      select 'SYSTEM', 'bench.report_export', 'SUCCESS', 'bench', g::text, jsonb_build_object('n', g),
             now() - interval '6 days' + (g * interval '6 days' / ${rows})
      from generate_series(1, ${rows}) g`);
    // As autovacuum would soon: hint bits set and statistics fresh, so the first export does not pay
    // for the bulk insert's cleanup (which would make whichever format runs first look slower).
    await db.unsafe('vacuum analyze audit_logs');
  } finally {
    await db.end();
  }
  return (performance.now() - started) / 1000;
}

/**
 * End to end, on one API node running as a child process: `rows` audit rows exported through
 * runReport in each format (one run per format, the audit section only), the client watching
 * reportRunChanged over WebSocket. Figures: rows per second of the run, the node's peak RSS growth
 * (sampled every 50 ms from /proc), and the time from runReport to the first progress event.
 */
export async function runReportsBench(infra: BenchInfra, s = reportsSettings(), progress: (line: string) => void = () => {}): Promise<ReportsBenchResult> {
  const load0 = loadavg()[0]!;
  const dbUrl = await freshDatabase(infra, 'bench_reports');
  const [api] = await spawnNodes({ ...infra, databaseUrl: dbUrl }, 1, `benchreports${Date.now()}:`, { ACCESS_TOKEN_TTL_SECONDS: '7200' });
  try {
    progress(`seeding ${s.rows} audit rows`);
    const seedSeconds = await seedAudit(dbUrl, s.rows);
    const { login } = await createClient({ url: api!.url }).Login({ email: OWNER.email, password: OWNER.password });
    const owner = createClient({ url: api!.url, token: login.accessToken });
    try {
      const { createReportDefinition: def } = await owner.CreateReportDefinition({
        input: { name: 'bench audit export', template: 'SECURITY_EVENTS', sections: ['audit'], parameters: { range: 'LAST_7_DAYS', timezone: 'UTC', granularity: 'DAY' } },
      });
      const exports: ReportExportFigures[] = [];
      for (const format of s.formats) {
        progress(`exporting as ${format}`);
        exports.push(await exportOnce(api!, owner, def.id, format));
      }
      return { settings: s, seedSeconds: +seedSeconds.toFixed(1), exports, loadAverage: [load0, loadavg()[0]!] };
    } finally {
      await owner.close();
    }
  } finally {
    await api!.stop();
  }
}

async function exportOnce(api: BenchServer, owner: ReturnType<typeof createClient>, definitionId: string, format: ReportsBenchSettings['formats'][number]): Promise<ReportExportFigures> {
  await api.fullGc();
  const rssBefore = rssBytes(api.pid);
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, rssBytes(api.pid))), 50);
  try {
    const sent = performance.now();
    const { runReport } = await owner.RunReport({ definitionId, formats: [format] });
    let firstProgressMs = NaN;
    let events = 0;
    for await (const event of owner.ReportRunChanged({ runId: runReport.id })) {
      const change = event.reportRunChanged;
      events += 1;
      if (Number.isNaN(firstProgressMs) && (change.progressPercent > 0 || change.status === 'RUNNING')) firstProgressMs = performance.now() - sent;
      if (['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(change.status)) break;
    }
    await sleep(100);
    const { reportRun: run } = await owner.ReportRun({ id: runReport.id });
    if (!run || run.status !== 'SUCCEEDED') throw new Error(`the ${format} export ended ${run?.status}: ${run?.error}`);
    const runSeconds = (Date.parse(run.finishedAt!) - Date.parse(run.startedAt!)) / 1000;
    return {
      format,
      rows: run.rowCount,
      sizeMb: mb(run.artifacts.reduce((sum, a) => sum + a.sizeBytes, 0)),
      runSeconds: +runSeconds.toFixed(1),
      rowsPerSecond: Math.round(run.rowCount / runSeconds),
      firstProgressMs: Math.round(firstProgressMs),
      progressEvents: events,
      peakRssGrowthMb: mb(peak - rssBefore),
      rssBeforeMb: mb(rssBefore),
    };
  } finally {
    clearInterval(sampler);
  }
}

export function formatReportsBench(r: ReportsBenchResult): string {
  const lines = [
    `\nreports (issue 11): ${r.settings.rows.toLocaleString('en')} audit rows exported end to end (runReport -> worker -> artifact chunks in PostgreSQL), one API node`,
    `  seeding the rows took ${r.seedSeconds} s`,
    '  format  rows       size MB  run s  rows/s    first progress ms  events  peak RSS growth MB (target < 200)',
    ...r.exports.map(
      (e) =>
        `  ${e.format.padEnd(6)}  ${String(e.rows).padEnd(9)}  ${String(e.sizeMb).padEnd(7)}  ${String(e.runSeconds).padEnd(5)}  ${String(e.rowsPerSecond).padEnd(8)}  ${String(e.firstProgressMs).padEnd(17)}  ${String(e.progressEvents).padEnd(6)}  ${e.peakRssGrowthMb} (RSS before ${e.rssBeforeMb})`,
    ),
    `  1-min load average ${r.loadAverage[0].toFixed(2)} before, ${r.loadAverage[1].toFixed(2)} after (2 cores)`,
    JSON.stringify({ bench: 'reports', ...r }),
  ];
  return lines.join('\n');
}
