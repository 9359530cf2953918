/**
 * Report rendering throughput and memory: a generated section of 1,000,000 rows (8 columns:
 * datetime, strings, numbers) written as CSV, XLSX and JSON to a sink that only counts bytes.
 * Each format runs in its own child process so one format's heap does not inflate the next one's
 * figure; RSS is sampled every 50 ms and the peak growth over the process's RSS just before
 * rendering is reported (target: under 200 MB). `npx tsx bench/reports-render.ts` prints one JSON
 * line; `npm run bench -- reports-render` prints the same. REPORTS_RENDER_ROWS changes the count.
 */
import { fork } from 'node:child_process';
import { Writable } from 'node:stream';
import type { ReportFormat } from '../src/db/schema/reports';
import { renderReport } from '../src/services/reports/formats/render-report';
import type { ReportDocument, ReportRow } from '../src/services/reports/report-document';

const FORMATS = ['CSV', 'XLSX', 'JSON'] as const;
type BenchFormat = (typeof FORMATS)[number];

export interface FormatFigure {
  rows: number;
  seconds: number;
  rowsPerSec: number;
  bytes: number;
  peakRssGrowthMb: number;
}

export interface ReportsRenderResult {
  bench: 'reports-render';
  rows: number;
  csvRowsPerSec: number;
  xlsxRowsPerSec: number;
  jsonRowsPerSec: number;
  peakRssGrowthMb: Record<BenchFormat, number>;
  detail: Record<BenchFormat, FormatFigure>;
}

const ACTIONS = ['auth:login', 'users:update', 'permissions:grant', 'reports:run', 'alerts:acknowledge'];

function benchDocument(rows: number): ReportDocument {
  const t0 = Date.UTC(2026, 0, 1);
  return {
    title: 'Audit export',
    template: 'BENCH',
    definitionName: 'bench',
    parameters: [],
    generatedAt: new Date(),
    timezone: 'UTC',
    range: { from: new Date(t0), to: new Date(t0 + rows * 1000) },
    sections: [
      {
        key: 'audit',
        title: 'Audit events',
        note: null,
        summary: [{ label: 'Events', value: rows }],
        columns: [
          { key: 'at', title: 'At', type: 'datetime' },
          { key: 'actor', title: 'Actor', type: 'string' },
          { key: 'action', title: 'Action', type: 'string' },
          { key: 'target', title: 'Target', type: 'string' },
          { key: 'ip', title: 'IP', type: 'string' },
          { key: 'seq', title: 'Sequence', type: 'integer' },
          { key: 'latency', title: 'Latency', type: 'durationMs' },
          { key: 'score', title: 'Score', type: 'number' },
        ],
        // Generated on the fly, as a database cursor would hand them over: nothing is held.
        rows: async function* (): AsyncIterable<ReportRow> {
          for (let i = 0; i < rows; i++) {
            yield {
              at: new Date(t0 + i * 1000),
              actor: `user-${i % 5000}@example.com`,
              action: ACTIONS[i % ACTIONS.length],
              target: `users/${(i * 7919) % 100000}, "display name" ${i % 13}`,
              ip: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
              seq: i,
              latency: (i % 997) * 1.5,
              score: ((i % 2000) - 1000) / 7,
            };
          }
        },
        series: [],
      },
    ],
  };
}

/** Child: renders one format, samples its own RSS, prints its figure as JSON. */
async function child(format: BenchFormat, rows: number) {
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      bytes += chunk.length;
      cb();
    },
  });
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = process.hrtime.bigint();
  const result = await renderReport(benchDocument(rows), format as ReportFormat, sink);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const figure: FormatFigure = {
    rows: result.rows,
    seconds: Math.round(seconds * 100) / 100,
    rowsPerSec: Math.round(result.rows / seconds),
    bytes,
    peakRssGrowthMb: Math.round(((peak - base) / 1048576) * 10) / 10,
  };
  if (process.send) process.send(figure);
  else console.log(JSON.stringify({ format, ...figure }));
}

function runChild(format: BenchFormat, rows: number): Promise<FormatFigure> {
  return new Promise((resolve, reject) => {
    const proc = fork(__filename, ['--child', format, String(rows)], { execArgv: process.execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let figure: FormatFigure | null = null;
    proc.on('message', (m) => (figure = m as FormatFigure));
    proc.on('error', reject);
    proc.on('exit', (code) => (figure ? resolve(figure) : reject(new Error(`${format} bench child exited with ${code}`))));
  });
}

export async function runReportsRenderBench(rows = Number(process.env.REPORTS_RENDER_ROWS ?? 1_000_000)): Promise<ReportsRenderResult> {
  const detail = {} as Record<BenchFormat, FormatFigure>;
  for (const format of FORMATS) detail[format] = await runChild(format, rows);
  return {
    bench: 'reports-render',
    rows,
    csvRowsPerSec: detail.CSV.rowsPerSec,
    xlsxRowsPerSec: detail.XLSX.rowsPerSec,
    jsonRowsPerSec: detail.JSON.rowsPerSec,
    peakRssGrowthMb: { CSV: detail.CSV.peakRssGrowthMb, XLSX: detail.XLSX.peakRssGrowthMb, JSON: detail.JSON.peakRssGrowthMb },
    detail,
  };
}

export function formatReportsRenderBench(result: ReportsRenderResult): string {
  return JSON.stringify(result);
}

if (require.main === module) {
  const [flag, format, rows] = process.argv.slice(2);
  const main = flag === '--child' ? child(format as BenchFormat, Number(rows)) : runReportsRenderBench().then((r) => console.log(formatReportsRenderBench(r)));
  main.then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
