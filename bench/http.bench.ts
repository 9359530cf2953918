import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { startBenchCluster } from './cluster';
import { OWNER } from './cluster';

type Cluster = Awaited<ReturnType<typeof startBenchCluster>>;

/**
 * Bounded load on loopback: a fixed number of connections for a fixed number of seconds. The load
 * generator runs in its own process so it does not share the server's event loop.
 */
async function hit(url: string, token: string, query: string, variables: object, seconds: number) {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      require.resolve('autocannon/autocannon.js'),
      '--json', '--connections', '10', '--duration', String(seconds), '--method', 'POST',
      '--headers', 'content-type=application/json', '--headers', `authorization=Bearer ${token}`,
      '--body', JSON.stringify({ query, variables }),
      url,
    ],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  const result = JSON.parse(stdout) as {
    requests: { average: number };
    latency: { p50: number; p99: number };
    non2xx: number;
    errors: number;
  };
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

export async function runHttpBench(cluster: Cluster, seconds = 5) {
  const node = cluster.nodes[0]!;
  const { token, client } = await cluster.login(node, OWNER.email, OWNER.password);
  for (let i = 0; i < 100; i += 1) {
    await client.CreateUser({ input: { email: `load-${Date.now()}-${i}@example.test`, name: `Load ${i}`, password: 'load-test-password' } });
  }
  return {
    me: await hit(node.url, token, '{ me { id name } }', {}, seconds),
    usersPage: await hit(
      node.url,
      token,
      'query($first: Int) { users(first: $first) { totalCount edges { node { id email name permissionSets { name } } } } }',
      { first: 100 },
      seconds,
    ),
  };
}
