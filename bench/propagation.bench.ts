import { performance } from 'node:perf_hooks';
import type { startBenchCluster } from './cluster';
import { OWNER } from './cluster';

type Cluster = Awaited<ReturnType<typeof startBenchCluster>>;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

/**
 * Time from a permission change committed on node A (mutation response received) to the first
 * request on node B that sees the new decision. B is polled back to back over HTTP, so the figure
 * includes one HTTP round trip of polling resolution.
 */
export async function runPropagationBench(cluster: Cluster, rounds = 20) {
  const [a, b] = cluster.nodes;
  const ownerA = (await cluster.login(a!, OWNER.email, OWNER.password)).client;
  const sets = await ownerA.PermissionSets({ first: 10 });
  const admin = sets.permissionSets.edges.find((e) => e.node.name === 'Admin')!.node.id;
  const email = `propagation-${Date.now()}@example.test`;
  const { createUser } = await ownerA.CreateUser({ input: { email, name: 'Propagation', password: 'propagation-password' } });
  const subjectB = (await cluster.login(b!, email, 'propagation-password')).client;
  const probe = () =>
    subjectB
      .CheckPermission({ userId: createUser.id, action: 'users:write', resource: { type: 'users' } })
      .then((r) => r.checkPermission.allowed);

  const samples: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const grant = i % 2 === 0;
    if (grant) await ownerA.AssignPermissionSet({ userId: createUser.id, permissionSetId: admin });
    else await ownerA.RevokePermissionSet({ userId: createUser.id, permissionSetId: admin });
    const committed = performance.now();
    let polls = 0;
    while ((await probe()) !== grant) {
      polls += 1;
      if (polls > 5000) throw new Error('decision never changed on node B');
    }
    samples.push(performance.now() - committed);
  }
  samples.sort((x, y) => x - y);
  return {
    rounds,
    p50Ms: +percentile(samples, 0.5).toFixed(2),
    p99Ms: +percentile(samples, 0.99).toFixed(2),
    maxMs: +samples.at(-1)!.toFixed(2),
  };
}
