import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { connectDatabase, type Database } from '../src/db/client';
import { runMigrations } from '../src/db/migrate';
import { queryBuiltin, type Aggregation } from '../src/services/metrics/metric-query';
import { writeSamples, type StoredSample } from '../src/services/metrics/metric-store';
import type { BenchInfra } from './cluster';
import { freshDatabase } from './compare-support';

export interface MetricsBenchSettings {
  rules: number;
  seriesPerRule: number;
  metrics: number;
  /** Samples per series inside the rule window (15 s sampling over 5 minutes: 20). */
  samplesPerSeries: number;
  concurrency: number;
  rounds: number;
}

export function metricsSettings(env = process.env): MetricsBenchSettings {
  return {
    rules: Number(env.METRICS_BENCH_RULES ?? 1000),
    seriesPerRule: Number(env.METRICS_BENCH_SERIES ?? 100),
    metrics: Number(env.METRICS_BENCH_METRICS ?? 10),
    samplesPerSeries: Number(env.METRICS_BENCH_SAMPLES ?? 20),
    concurrency: Number(env.METRICS_BENCH_CONCURRENCY ?? 4),
    rounds: Number(env.METRICS_BENCH_ROUNDS ?? 3),
  };
}

export interface MetricsRound {
  wallMs: number;
  /** CPU of this process (the evaluator: building queries, the driver, parsing results). */
  processCpuMs: number;
  /** CPU of the PostgreSQL backends serving the evaluator's connections (/proc/<pid>/stat); null if unreadable. */
  postgresCpuMs: number | null;
}

const AGGREGATIONS: Aggregation[] = ['avg', 'min', 'max', 'sum', 'count', 'rate', 'p95', 'p99'];
const WINDOW_SECONDS = 300;

/** utime + stime of a process in ms (clock ticks are 100 Hz on Linux). */
export async function procCpuMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // Fields after the `(comm)` part: state is field 3, utime 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * CPU milliseconds used so far by the PostgreSQL backends serving this database's connections
 * (open ones, read now: call after the warm-up), or null when /proc cannot tell (PostgreSQL elsewhere).
 */
export async function backendsCpu(database: Database): Promise<() => Promise<number | null>> {
  const backends = (await database.sql<{ pid: number }[]>`select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`).map((r) => r.pid);
  const self = (await database.sql<{ pid: number }[]>`select pg_backend_pid() as pid`)[0]!.pid;
  const pids = [...new Set([...backends, self])];
  return async () => {
    try {
      return (await Promise.all(pids.map(procCpuMs))).reduce((a, b) => a + b, 0);
    } catch {
      return null;
    }
  };
}

/**
 * `metrics` metrics of `seriesPerRule` series each, `samplesPerSeries` samples spread over the
 * 5-minute window before `at` (the metrics and rules benches read the same data).
 */
export async function seedBenchSamples(database: Database, s: MetricsBenchSettings, at: Date): Promise<void> {
  const batch: StoredSample[] = [];
  for (let m = 0; m < s.metrics; m += 1) {
    for (let p = 0; p < s.seriesPerRule; p += 1) {
      for (let i = 0; i < s.samplesPerSeries; i += 1) {
        batch.push({
          metric: `bench_metric_${m}`,
          labels: { pod: `pod-${p}`, zone: `zone-${p % 5}`, node: `node-${p % 3}` },
          // Rises like a counter with noise, so rate and percentiles have work to do.
          value: i * 10 + ((p * 7919 + i * 104729) % 13),
          at: new Date(at.getTime() - (WINDOW_SECONDS * 1000 * (i + 0.5)) / s.samplesPerSeries),
        });
      }
    }
    await writeSamples(database.db, batch.splice(0), { maxSeriesPerMetric: null });
  }
  await database.sql`analyze metric_series`;
  await database.sql`analyze metric_samples`;
}

/**
 * One evaluation cycle of `rules` built-in rules (each one queryBuiltin over `seriesPerRule`
 * series with `samplesPerSeries` samples in its 5-minute window), `concurrency` at a time, as the
 * rule engine's job runner would on one node. Reports the CPU it cost: this process's, and
 * PostgreSQL's for the backends of the evaluator's pool (PostgreSQL must run on this machine for
 * that figure; pg_stat_statements is not assumed).
 */
export async function runMetricsBench(infra: BenchInfra, s = metricsSettings(), progress: (line: string) => void = () => {}): Promise<MetricsRound[]> {
  const url = await freshDatabase(infra, 'metrics_bench');
  await runMigrations(url);
  const database = connectDatabase(url, { max: s.concurrency });
  try {
    progress(`seeding ${s.metrics} metrics x ${s.seriesPerRule} series x ${s.samplesPerSeries} samples`);
    const at = new Date();
    await seedBenchSamples(database, s, at);

    const rules = Array.from({ length: s.rules }, (_, i) => ({
      metric: `bench_metric_${i % s.metrics}`,
      aggregation: AGGREGATIONS[i % AGGREGATIONS.length]!,
      by: i % 2 === 0 ? ['zone'] : [],
      // Every matcher keeps all series: each rule reads `seriesPerRule` series.
      matchers: i % 3 === 0 ? [{ name: 'zone', op: '=~' as const, value: 'zone-.*' }] : i % 3 === 1 ? [{ name: 'pod', op: '!=' as const, value: 'none' }] : [],
    }));
    const evaluate = async () => {
      let next = 0;
      let rows = 0;
      await Promise.all(
        Array.from({ length: s.concurrency }, async () => {
          for (let i = next++; i < rules.length; i = next++) {
            const r = rules[i]!;
            const found = await queryBuiltin(database.db, { ...r, windowSeconds: WINDOW_SECONDS, at });
            rows += found.length;
          }
        }),
      );
      return rows;
    };
    await evaluate(); // warm: connections open, plans cached, pages in shared buffers
    const pgCpu = await backendsCpu(database);
    const rounds: MetricsRound[] = [];
    for (let round = 0; round < s.rounds; round += 1) {
      const pgBefore = await pgCpu();
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      const rows = await evaluate();
      const wallMs = performance.now() - started;
      const cpu = process.cpuUsage(cpuBefore);
      const pgAfter = await pgCpu();
      if (rows === 0) throw new Error('metrics bench: the rules returned nothing');
      rounds.push({
        wallMs,
        processCpuMs: (cpu.user + cpu.system) / 1000,
        postgresCpuMs: pgBefore === null || pgAfter === null ? null : pgAfter - pgBefore,
      });
      progress(`round ${round + 1}: ${rows} result rows`);
    }
    return rounds;
  } finally {
    await database.close();
  }
}

export function formatMetricsBench(rounds: MetricsRound[], s = metricsSettings()): string {
  const lines = [
    `\nbuilt-in rule evaluation: ${s.rules} queryBuiltin calls over ${s.seriesPerRule} series each (${s.samplesPerSeries} samples per series in a 5-minute window), ${s.concurrency} at a time`,
  ];
  for (const r of rounds) {
    const pg = r.postgresCpuMs === null ? 'n/a (PostgreSQL not local)' : `${r.postgresCpuMs.toFixed(0)} ms`;
    const total = r.postgresCpuMs === null ? '' : `, total ${(r.processCpuMs + r.postgresCpuMs).toFixed(0)} ms`;
    lines.push(`  wall ${r.wallMs.toFixed(0)} ms, CPU: evaluator process ${r.processCpuMs.toFixed(0)} ms, PostgreSQL backends ${pg}${total}`);
  }
  return lines.join('\n');
}

