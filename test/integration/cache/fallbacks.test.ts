import { afterAll, describe, expect, it } from 'vitest';
import type { ControlPlaneClient } from '../../../sdk';
import { OWNER_EMAIL, OWNER_PASSWORD, startCluster, type TestCluster } from '../../fixtures/test-node';
import { ensureRedisServer, startRedisServer, type RunningRedis } from '../../setup/redis-server';
import { allow, customSet } from '../permissions/features.helpers';

const clusters: TestCluster[] = [];
let redis: RunningRedis | undefined;
afterAll(async () => {
  for (const cluster of clusters) await cluster.close();
  await redis?.stop();
});

const until = async (what: string, condition: () => boolean) => {
  for (let i = 0; i < 100 && !condition(); i += 1) await new Promise((resolve) => setTimeout(resolve, 100));
  expect(condition(), what).toBe(true);
};
const stats = async (client: ControlPlaneClient) => (await client.CacheStats()).cacheStats;

describe('the read cache when Redis is away', () => {
  it('reads stay correct by going to PostgreSQL (counted as bypasses), and the cache is used again once Redis is back', async () => {
    const binary = await ensureRedisServer();
    redis = await startRedisServer(binary);
    const port = Number(new URL(redis.url).port);
    const cluster = await startCluster({ nodes: 2, env: { REDIS_URL: redis.url, REDIS_PREFIX: 'cache-outage:' } });
    clusters.push(cluster);
    const [a, b] = (await Promise.all(cluster.nodes.map((n) => n.clientFor(OWNER_EMAIL, OWNER_PASSWORD)))) as [ControlPlaneClient, ControlPlaneClient];
    const hearing = () => cluster.nodes.map((n) => n.deps.events.hearsInvalidations());
    const set = await customSet(a, 'Outage cached', [allow('audit:read')]);
    const nameOnB = async () => (await b.PermissionSet({ id: set.id })).permissionSet.name;

    await nameOnB();
    await nameOnB();
    const warm = await stats(b);
    expect(warm.hits).toBeGreaterThan(0);
    expect(warm.bypasses).toBe(0);

    await redis.stop();
    await until('both nodes notice they cannot hear each other', () => hearing().every((h) => !h));
    await a.UpdatePermissionSet({ id: set.id, input: { name: 'Renamed during the outage' } });
    expect(await nameOnB()).toBe('Renamed during the outage');
    expect(await nameOnB()).toBe('Renamed during the outage');
    const away = await stats(b);
    expect(away.trusted).toBe(false);
    expect(away.entries).toBeNull();
    // Two reads of the set row, its grants and its parents.
    expect(away.bypasses - warm.bypasses).toBe(6);
    expect(away.hits).toBe(warm.hits);

    redis = await startRedisServer(binary, { port });
    await until('both nodes hear each other again', () => hearing().every(Boolean));
    await a.UpdatePermissionSet({ id: set.id, input: { name: 'Renamed after the outage' } });
    expect(await nameOnB()).toBe('Renamed after the outage');
    // Node 1 bumps the same tags again when the change reaches it from the log: let that pass first.
    await until('node 1 has the change from the log', () => cluster.nodes[1]!.deps.events.position() >= cluster.nodes[0]!.deps.events.position());
    for (let i = 0; i < 3; i += 1) expect(await nameOnB()).toBe('Renamed after the outage');
    const back = await stats(b);
    expect(back.trusted).toBe(true);
    expect(back.bypasses).toBe(away.bypasses);
    expect(back.hits - away.hits).toBeGreaterThanOrEqual(3);
  });
});

describe('one node without Redis', () => {
  it('uses the in-process LRU: hits on repeated reads, fresh after a change', async () => {
    const cluster = await startCluster({ nodes: 1 });
    clusters.push(cluster);
    const owner = await cluster.nodes[0]!.clientFor(OWNER_EMAIL, OWNER_PASSWORD);
    const set = await customSet(owner, 'Memory cached', [allow('audit:read')]);
    const before = await stats(owner);
    expect(before).toMatchObject({ backend: 'MEMORY', enabled: true, trusted: true });
    for (let i = 0; i < 3; i += 1) await owner.PermissionSet({ id: set.id });
    const after = await stats(owner);
    // Three reads of the set row, its grants and its parents; only the first can miss (grants and
    // parents were cached when createPermissionSet answered with them).
    expect(after.hits - before.hits + after.misses - before.misses).toBe(9);
    expect(after.hits - before.hits).toBeGreaterThanOrEqual(6);
    expect(after.entries).toBeGreaterThanOrEqual(3);
    await owner.UpdatePermissionSet({ id: set.id, input: { name: 'Memory renamed', grants: [allow('users:read')] } });
    const { permissionSet } = await owner.PermissionSet({ id: set.id });
    expect(permissionSet.name).toBe('Memory renamed');
    expect(permissionSet.grants.map((g) => g.action)).toEqual(['users:read']);
  });
});
