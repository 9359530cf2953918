import { startBenchCluster } from './cluster';
import { runHttpBench } from './http.bench';
import { formatPermissionsBench, runPermissionsBench } from './permissions.bench';
import { runPropagationBench } from './propagation.bench';
import { runSubscriptionBench } from './subscriptions.bench';

/** `npm run bench`: prints every figure recorded in docs/benchmarks.md. */
async function main() {
  console.log(formatPermissionsBench(runPermissionsBench()));
  const cluster = await startBenchCluster(2);
  try {
    const p = await runPropagationBench(cluster);
    console.log(`\ncross-node propagation (change on node A -> new decision on node B, ${p.rounds} rounds)`);
    console.log(`  p50 ${p.p50Ms} ms, p99 ${p.p99Ms} ms, max ${p.maxMs} ms`);
    const sub = await runSubscriptionBench(cluster);
    console.log(`\nsubscription delivery across nodes (mutation on A -> userChanged event on B over graphql-ws)`);
    console.log(`  ${sub.delivered}/${sub.rounds} delivered, p50 ${sub.p50Ms} ms, p99 ${sub.p99Ms} ms, max ${sub.maxMs} ms`);
    const h = await runHttpBench(cluster);
    console.log('\nHTTP (autocannon, 10 connections, 5 s each, one node)');
    for (const [name, r] of Object.entries(h)) {
      console.log(`  ${name.padEnd(10)} ${r.requestsPerSecond} req/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms, non-2xx ${r.non2xx}, errors ${r.errors}`);
    }
  } finally {
    await cluster.close();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
