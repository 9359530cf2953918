import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type Redis from 'ioredis';
import { builtinSetIds, createUserWithSets, errorCode } from '../../fixtures/seed';
import { loadServerModule } from '../../fixtures/load';
import { redisPrefixFor, useCluster } from '../../fixtures/test-node';

// The permission cache is kept fresh by invalidation messages. If the Redis subscriber connection
// drops, messages sent meanwhile are lost; on reconnect the node must drop everything it cached.
const ctx = useCluster({ redis: true });
let redis: Redis;
beforeAll(() => {
  const IORedis = loadServerModule<typeof import('ioredis')>('ioredis').default;
  redis = new IORedis(inject('redisUrl'));
});
afterAll(() => {
  redis?.disconnect();
});

describe('permission cache recovery', () => {
  it('drops cached permissions when the Redis subscriber reconnects', async () => {
    const dev = await createUserWithSets(ctx.owner, ['Developer']);
    const client = await ctx.node.clientFor(dev.email, dev.password);
    expect((await client.AuditLogs({ first: 1 })).auditLogs.edges).toHaveLength(1);

    // A change no node hears about: the row goes, the cached permissions stay.
    await ctx.node.database.sql`delete from user_permission_sets where user_id = ${dev.user.id}`;
    expect((await client.AuditLogs({ first: 1 })).auditLogs.edges).toHaveLength(1);

    // Only this node's subscriber: other test files share the Redis server.
    const list = (await redis.client('LIST')) as string;
    const prefix = redisPrefixFor(ctx.cluster.dbUrl);
    const line = list.split('\n').find((l) => l.includes(` name=${prefix}subscribe `));
    expect(line, 'the node names its subscriber connection').toBeTruthy();
    await redis.client('KILL', 'ID', /\bid=(\d+)/.exec(line!)![1]!);
    const deadline = Date.now() + 10_000;
    let code: string | undefined;
    while (Date.now() < deadline) {
      code = await errorCode(() => client.AuditLogs({ first: 1 })).catch(() => undefined);
      if (code === 'FORBIDDEN') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(code).toBe('FORBIDDEN');
  });

  it('applies a revocation heard from another node at once, even while an earlier event is still missing', async () => {
    const dev = await createUserWithSets(ctx.owner, ['Developer']);
    const client = await ctx.node.clientFor(dev.email, dev.password);
    expect((await client.AuditLogs({ first: 1 })).auditLogs.edges).toHaveLength(1);

    // What a busy peer produces: two commits whose messages reach Redis in the opposite order.
    // Positions p-1 and p are reserved; only p (the revocation) is written and published now.
    const sql = ctx.node.database.sql;
    const [{ position }] = (await sql`update event_log_head set position = position + 2 where id = 1 returning position::int`) as unknown as [{ position: number }];
    const revocation = { position, topic: 'permissions.invalidated', payload: { userIds: [dev.user.id], graphChanged: false, at: new Date().toISOString() } };
    await sql.begin(async (tx) => {
      await tx`delete from user_permission_sets where user_id = ${dev.user.id}`;
      await tx`insert into event_log (position, topic, payload) values (${position}, ${revocation.topic}, ${JSON.stringify(revocation.payload)}::jsonb)`;
    });
    const channel = `${redisPrefixFor(ctx.cluster.dbUrl)}events`;
    // As a writing node does: publish, then wait for the node's acknowledgement before answering.
    const IORedis = loadServerModule<typeof import('ioredis')>('ioredis').default;
    const acks = new IORedis(inject('redisUrl'));
    try {
      const acknowledged = new Promise<void>((resolve) =>
        acks.on('message', (_c: string, m: string) => (JSON.parse(m) as number[]).includes(position) && resolve()),
      );
      await acks.subscribe(`${redisPrefixFor(ctx.cluster.dbUrl)}acks`);
      expect(await redis.publish(channel, JSON.stringify([revocation])), 'the node hears the channel').toBe(1);
      await Promise.race([acknowledged, new Promise((_, reject) => setTimeout(() => reject(new Error('no acknowledgement within 5 s')), 5_000))]);
    } finally {
      acks.disconnect();
    }
    // Position p-1 has not arrived by any path, yet the very next request is refused.
    expect(await errorCode(() => client.AuditLogs({ first: 1 }))).toBe('FORBIDDEN');

    // The missing event arrives; the node goes on in order (its own events queued behind p too).
    const filler = { position: position - 1, topic: 'permissions.invalidated', payload: { userIds: [], graphChanged: false, at: new Date().toISOString() } };
    await sql`insert into event_log (position, topic, payload) values (${filler.position}, ${filler.topic}, ${JSON.stringify(filler.payload)}::jsonb)`;
    await redis.publish(channel, JSON.stringify([filler]));
    await ctx.owner.AssignPermissionSet({ userId: dev.user.id, permissionSetId: (await builtinSetIds(ctx.owner)).Developer });
    expect((await client.AuditLogs({ first: 1 })).auditLogs.edges).toHaveLength(1);
  });
});
