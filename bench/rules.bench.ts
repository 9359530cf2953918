import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/config';
import { connectDatabase } from '../src/db/client';
import { runMigrations } from '../src/db/migrate';
import { insertRule } from '../src/db/queries/alert-rules.queries';
import { createLogger } from '../src/logger';
import { createLocalTransport } from '../src/pubsub/event-transport';
import { runEvaluationTick } from '../src/services/alerts/rule-evaluation-tick';
import type { ServiceDeps } from '../src/services/deps';
import { EventBus } from '../src/services/events/event-bus';
import { JobRunner } from '../src/services/jobs/job-runner';
import { newId } from '../src/services/shared/ids';
import type { BenchInfra } from './cluster';
import { freshDatabase } from './compare-support';
import { backendsCpu, metricsSettings, seedBenchSamples, type MetricsRound } from './metrics.bench';

const AGGREGATIONS = ['avg', 'min', 'max', 'sum', 'count', 'rate', 'p95', 'p99'] as const;
const WINDOW_SECONDS = 300;

/**
 * One evaluation cycle of the rule engine itself on one node: `rules` BUILTIN rules (the metrics
 * bench's shape: 10 metrics x 100 series, 20 samples each in the 5-minute window) claimed by one
 * tick, queried (rules sharing metric, aggregation and window in one statement), stepped and
 * written (one transaction per rule), ALERT_EVALUATION_CONCURRENCY at a time. CPU of this process
 * and of the PostgreSQL backends of its pool. Rounds after a warm one: the steady state, where
 * instances exist and no state changes.
 */
export async function runRulesBench(infra: BenchInfra, progress: (line: string) => void = () => {}): Promise<MetricsRound[]> {
  const s = metricsSettings();
  const url = await freshDatabase(infra, 'rules_bench');
  await runMigrations(url);
  // The tick re-arms itself through graphile-worker's add_job.
  await JobRunner.migrate(url, createLogger('silent'));
  const config = loadConfig({ ...process.env, DATABASE_URL: url, AUTH_SECRET: 'bench-secret-bench-secret-bench-secret-0123', LOG_LEVEL: 'silent', ALERT_EVALUATION_CLAIM_LIMIT: String(s.rules) });
  const database = connectDatabase(url, { max: config.ALERT_EVALUATION_CONCURRENCY });
  const log = createLogger('silent');
  const transport = createLocalTransport();
  const events = new EventBus(database, transport, log, 'rules_bench');
  const deps = { config, database, events, log } as unknown as ServiceDeps;
  try {
    const at = new Date();
    await seedBenchSamples(database, s, at);
    progress(`creating ${s.rules} rules`);
    for (let i = 0; i < s.rules; i += 1) {
      await insertRule(database.db, {
        id: newId(),
        name: `bench rule ${i}`,
        sourceKind: 'BUILTIN',
        metric: `bench_metric_${i % s.metrics}`,
        aggregation: AGGREGATIONS[i % AGGREGATIONS.length]!,
        by: i % 2 === 0 ? ['zone'] : [],
        matchers: i % 3 === 0 ? [{ name: 'zone', op: '=~', value: 'zone-.*' }] : i % 3 === 1 ? [{ name: 'pod', op: '!=', value: 'none' }] : [],
        windowSeconds: WINDOW_SECONDS,
        operator: 'GT',
        // Never reached: the steady state (no transitions) is what every cycle costs.
        threshold: 1e12,
        intervalSeconds: 60,
        nextEvaluationAt: new Date(0),
      });
    }
    const cycle = async () => {
      await database.sql`update alert_rules set next_evaluation_at = ${new Date(at.getTime() - 1000).toISOString()}::timestamptz`;
      const { claimed, done } = await runEvaluationTick(deps, at);
      await done;
      if (claimed.length !== s.rules) throw new Error(`rules bench: claimed ${claimed.length} of ${s.rules}`);
    };
    await cycle(); // warm: instances created, connections open, plans cached
    const pgCpu = await backendsCpu(database);
    const rounds: MetricsRound[] = [];
    for (let round = 0; round < s.rounds; round += 1) {
      const pgBefore = await pgCpu();
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      await cycle();
      const wallMs = performance.now() - started;
      const cpu = process.cpuUsage(cpuBefore);
      const pgAfter = await pgCpu();
      rounds.push({ wallMs, processCpuMs: (cpu.user + cpu.system) / 1000, postgresCpuMs: pgBefore === null || pgAfter === null ? null : pgAfter - pgBefore });
      progress(`round ${round + 1} done`);
    }
    const [{ n }] = await database.sql<Array<{ n: number }>>`select count(*)::int as n from alert_rule_instances`;
    progress(`${n} instances`);
    return rounds;
  } finally {
    await transport.close();
    await database.close();
  }
}

export function formatRulesBench(rounds: MetricsRound[]): string {
  const s = metricsSettings();
  const lines = [`\nrule engine, one evaluation cycle: ${s.rules} BUILTIN rules over ${s.seriesPerRule} series each (claim; rules sharing metric, aggregation and window in one query; a quiet batch written in one transaction, a rule with a transition in its own)`];
  for (const r of rounds) {
    const pg = r.postgresCpuMs === null ? 'n/a (PostgreSQL not local)' : `${r.postgresCpuMs.toFixed(0)} ms`;
    const total = r.postgresCpuMs === null ? '' : `, total ${(r.processCpuMs + r.postgresCpuMs).toFixed(0)} ms`;
    lines.push(`  wall ${r.wallMs.toFixed(0)} ms, CPU: node process ${r.processCpuMs.toFixed(0)} ms, PostgreSQL backends ${pg}${total}`);
  }
  return lines.join('\n');
}
