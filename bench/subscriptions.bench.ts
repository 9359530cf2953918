import { performance } from 'node:perf_hooks';
import type { startBenchCluster } from './cluster';
import { OWNER } from './cluster';

type Cluster = Awaited<ReturnType<typeof startBenchCluster>>;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

/**
 * Cross-node delivery: a graphql-ws subscriber to userChanged on node B, updates made on node A.
 * Latency runs from sending the mutation to receiving the event (includes the mutation's commit).
 */
export async function runSubscriptionBench(cluster: Cluster, rounds = 50) {
  const [a, b] = cluster.nodes;
  const ownerA = (await cluster.login(a!, OWNER.email, OWNER.password)).client;
  const ownerB = (await cluster.login(b!, OWNER.email, OWNER.password)).client;
  const { createUser } = await ownerA.CreateUser({
    input: { email: `sub-bench-${Date.now()}@example.test`, name: 'sub 0', password: 'subscription-bench' },
  });
  const events = ownerB.UserChanged()[Symbol.asyncIterator]();
  // The subscription is live once a change made after subscribing arrives.
  let warm = events.next();
  for (;;) {
    await ownerA.UpdateUser({ id: createUser.id, input: { name: 'warm-up' } });
    const first = await Promise.race([warm, new Promise<null>((r) => setTimeout(() => r(null), 200))]);
    if (first) break;
  }
  const samples: number[] = [];
  for (let i = 1; i <= rounds; i += 1) {
    const name = `sub ${i}`;
    const started = performance.now();
    warm = events.next();
    await ownerA.UpdateUser({ id: createUser.id, input: { name } });
    for (;;) {
      const { value } = await warm;
      if (value?.userChanged.user.name === name) break;
      warm = events.next();
    }
    samples.push(performance.now() - started);
  }
  await events.return?.();
  await ownerB.close();
  samples.sort((x, y) => x - y);
  return {
    rounds,
    delivered: samples.length,
    p50Ms: +percentile(samples, 0.5).toFixed(2),
    p99Ms: +percentile(samples, 0.99).toFixed(2),
    maxMs: +samples.at(-1)!.toFixed(2),
  };
}
