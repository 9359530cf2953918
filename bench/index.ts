import { alertFanoutPassed, alertFanoutSettings, formatAlertFanoutBench, runAlertFanoutBench } from './alert-fanout.bench';
import { alertsSettings, formatAlertsBench, runAlertsBench } from './alerts.bench';
import { formatAuditBench, runAuditBench } from './audit.bench';
import { startBenchCluster, startBenchInfra } from './cluster';
import { formatCompareBench, runCompareBench } from './compare.bench';
import { fanoutSettings, runFanoutBench } from './fanout.bench';
import { formatFanoutBench } from './fanout-report';
import { runHttpBench } from './http.bench';
import { formatMetricsBench, metricsSettings, runMetricsBench } from './metrics.bench';
import { formatRulesBench, runRulesBench } from './rules.bench';
import { formatPermissionsBench, runPermissionsBench } from './permissions.bench';
import { runPropagationBench } from './propagation.bench';
import { formatReportsRenderBench, runReportsRenderBench } from './reports-render';
import { formatReportsBench, reportsSettings, runReportsBench } from './reports.bench';
import { runSubscriptionBench } from './subscriptions.bench';

const ALL = ['permissions', 'propagation', 'subscriptions', 'http', 'compare', 'audit', 'fanout', 'metrics', 'alerts', 'alert-fanout', 'rules', 'reports-render', 'reports'] as const;
type BenchName = (typeof ALL)[number];

/** `npm run bench [-- name ...]`: every bench, or only those named (e.g. `npm run bench -- fanout`). */
function selected(): Set<BenchName> {
  const names = process.argv.slice(2).concat(process.env.BENCH ? process.env.BENCH.split(',') : []).map((n) => n.trim()).filter(Boolean);
  for (const name of names) {
    if (!(ALL as readonly string[]).includes(name)) throw new Error(`unknown bench "${name}"; choose from ${ALL.join(', ')}`);
  }
  return new Set((names.length ? names : ALL) as BenchName[]);
}

/** Prints every figure recorded in docs/benchmarks.md. */
async function main() {
  const only = selected();
  if (only.has('permissions')) console.log(formatPermissionsBench(runPermissionsBench()));
  // Needs no servers: renders a generated million-row section in child processes.
  if (only.has('reports-render')) console.log(formatReportsRenderBench(await runReportsRenderBench()));
  const needsInProcess = ['propagation', 'subscriptions', 'http'].some((n) => only.has(n as BenchName));
  if (!needsInProcess && !['compare', 'audit', 'fanout', 'metrics', 'alerts', 'alert-fanout', 'rules', 'reports'].some((n) => only.has(n as BenchName))) return;
  const infra = await startBenchInfra();
  try {
    if (needsInProcess) {
      const cluster = await startBenchCluster(2, infra);
      try {
        if (only.has('propagation')) {
          const p = await runPropagationBench(cluster);
          console.log(`\ncross-node propagation (change on node A -> new decision on node B, ${p.rounds} rounds)`);
          console.log(`  p50 ${p.p50Ms} ms, p99 ${p.p99Ms} ms, max ${p.maxMs} ms`);
        }
        if (only.has('subscriptions')) {
          const sub = await runSubscriptionBench(cluster);
          console.log(`\nsubscription delivery across nodes (mutation on A -> userChanged event on B over graphql-ws)`);
          console.log(`  ${sub.delivered}/${sub.rounds} delivered, p50 ${sub.p50Ms} ms, p99 ${sub.p99Ms} ms, max ${sub.maxMs} ms`);
        }
        if (only.has('http')) {
          const h = await runHttpBench(cluster);
          console.log('\nHTTP (autocannon, 10 connections, 5 s each, one node)');
          for (const [name, r] of Object.entries(h)) {
            console.log(`  ${name.padEnd(10)} ${r.requestsPerSecond} req/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms, non-2xx ${r.non2xx}, errors ${r.errors}`);
          }
        }
      } finally {
        // The fan-out bench runs its servers as child processes: these must not share the CPU with them.
        await cluster.close();
      }
    }
    // Like the fan-out bench, these run their servers as child processes (after the cluster is closed).
    const progress = (line: string) => process.env.BENCH_PROGRESS !== '0' && console.error(`[${new Date().toISOString()}] ${line}`);
    if (only.has('compare')) console.log(formatCompareBench(await runCompareBench(infra, undefined, progress)));
    if (only.has('audit')) console.log(formatAuditBench(await runAuditBench(infra, undefined, progress)));
    if (only.has('fanout')) {
      const verbose = process.env.FANOUT_PROGRESS !== '0';
      const result = await runFanoutBench(infra, fanoutSettings(), (line) => verbose && console.error(`[${new Date().toISOString()}] ${line}`));
      console.log(formatFanoutBench(result));
    }
    if (only.has('metrics')) console.log(formatMetricsBench(await runMetricsBench(infra, metricsSettings(), progress), metricsSettings()));
    if (only.has('alerts')) console.log(formatAlertsBench(await runAlertsBench(infra, alertsSettings(), progress)));
    if (only.has('alert-fanout')) {
      const result = await runAlertFanoutBench(infra, alertFanoutSettings(), progress);
      console.log(formatAlertFanoutBench(result));
      // The other benches still run; the exit status says a correctness check failed.
      if (!alertFanoutPassed(result)) process.exitCode = 1;
    }
    if (only.has('rules')) console.log(formatRulesBench(await runRulesBench(infra, progress)));
    if (only.has('reports')) console.log(formatReportsBench(await runReportsBench(infra, reportsSettings(), progress)));
  } finally {
    await infra.close();
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
