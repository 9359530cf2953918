import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ControlPlaneClient, UserChangedSubscription } from '../../../sdk';
import { builtinSetIds, DEFAULT_PASSWORD, errorCode, member, uniqueEmail, type BuiltinSetName } from '../../fixtures/seed';
import { OWNER_EMAIL, OWNER_PASSWORD, sdk, startCluster, type TestCluster } from '../../fixtures/test-node';
import { ensureRedisServer, startRedisServer, type RunningRedis } from '../../setup/redis-server';
import { EventStream, untilLive } from '../subscriptions/stream';

/**
 * A Redis of this file's own, stopped and started again under two API nodes: what the README
 * promises for that outage is what is checked here.
 */
describe('while Redis is away', () => {
  let binary: string;
  let redis: RunningRedis;
  let port: number;
  let cluster: TestCluster;
  let owners: ControlPlaneClient[];
  let builtins: Record<BuiltinSetName, string>;
  const streams: Array<EventStream<unknown>> = [];

  beforeAll(async () => {
    binary = await ensureRedisServer();
    redis = await startRedisServer(binary);
    port = Number(new URL(redis.url).port);
    cluster = await startCluster({ nodes: 2, env: { REDIS_URL: redis.url, REDIS_PREFIX: 'outage:' } });
    owners = await Promise.all(cluster.nodes.map((n) => n.clientFor(OWNER_EMAIL, OWNER_PASSWORD)));
    builtins = await builtinSetIds(owners[0]!);
  });
  afterAll(async () => {
    await Promise.allSettled(streams.map((s) => s.close()));
    await cluster?.close();
    await redis?.stop();
  });

  const open = <T>(iterable: AsyncIterable<T>, label: string) => {
    const stream = new EventStream(iterable, label);
    streams.push(stream as EventStream<unknown>);
    return stream;
  };
  const until = async (what: string, condition: () => boolean) => {
    for (let i = 0; i < 100 && !condition(); i += 1) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(condition(), what).toBe(true);
  };
  const hearing = () => cluster.nodes.map((n) => n.deps.events.hearsInvalidations());

  it('writes answer, revocation is refused on every node, live events arrive in order without loss, logins work, and all is trusted again once Redis is back', async () => {
    const [a, b] = cluster.nodes as [TestCluster['nodes'][0], TestCluster['nodes'][0]];
    const subject = (await owners[0]!.CreateUser({ input: { email: uniqueEmail('outage'), name: 'outage 0', password: DEFAULT_PASSWORD } })).createUser;
    const watcher = await member(b, owners[1]!, ['Admin']);
    const developer = await member(b, owners[1]!, ['Developer']);
    const about = (e: UserChangedSubscription) => e.userChanged.user.id === subject.id;
    const live = open(watcher.client.UserChanged({}), 'UserChanged on B');
    let n = 0;
    await untilLive(live, () => owners[0]!.UpdateUser({ id: subject.id, input: { name: `outage warm ${(n += 1)}` } }), about);
    // The developer's rights are cached on B now.
    await developer.client.AuditLogs({ first: 1 });

    await redis.stop();
    await until('both nodes notice they cannot hear each other', () => hearing().every((h) => !h));

    // Writes on A answer (publishing to Redis fails fast and does not hold them up).
    const timings: number[] = [];
    for (let i = 1; i <= 5; i += 1) {
      const started = performance.now();
      await owners[0]!.UpdateUser({ id: subject.id, input: { name: `during ${i}` } });
      timings.push(Math.round(performance.now() - started));
    }
    console.info(`[redis outage] mutation on A while Redis is down, ms: ${JSON.stringify(timings)}`);

    // Live events reach the subscriber on B from the event log (LISTEN/NOTIFY), in order.
    const names: string[] = [];
    for (let i = 1; i <= 5; i += 1) names.push((await live.next(`during ${i}`, 5_000, about)).userChanged.user.name);
    expect(names).toEqual(['during 1', 'during 2', 'during 3', 'during 4', 'during 5']);

    // Revocation on A is refused on B at the next request: B's caches are not trusted now.
    await owners[0]!.RevokePermissionSet({ userId: developer.id, permissionSetId: builtins.Developer });
    expect(await errorCode(() => developer.client.AuditLogs({ first: 1 })), 'revoked on A, refused on B').toBe('FORBIDDEN');

    // Subscriptions open and close on both nodes, and logins work.
    for (const node of [a, b]) {
      const extra = open(owners[node === a ? 0 : 1]!.AuditLogged({}), 'opened during the outage');
      await untilLive(extra, () => owners[0]!.UpdateUser({ id: subject.id, input: { name: `opened on ${node.port}` } }), () => true);
      await extra.close();
    }
    const { login } = await sdk.createClient({ url: b.url }).Login({ email: watcher.email, password: watcher.password });
    expect(login.accessToken).toBeTruthy();
    expect((await owners[1]!.Me()).me.email).toBe(OWNER_EMAIL);

    redis = await startRedisServer(binary, { port });
    await until('both nodes hear each other again', () => hearing().every(Boolean));
    await owners[0]!.UpdateUser({ id: subject.id, input: { name: 'after' } });
    const afterwards = await live.next('after', 5_000, (e) => about(e) && !e.userChanged.user.name.startsWith('opened on'));
    expect(afterwards.userChanged.user.name).toBe('after');
    await owners[1]!.AssignPermissionSet({ userId: developer.id, permissionSetId: builtins.Developer });
    expect((await developer.client.AuditLogs({ first: 1 })).auditLogs.edges.length).toBe(1);
  });
});
