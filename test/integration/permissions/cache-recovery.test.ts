import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type Redis from 'ioredis';
import { createUserWithSets, errorCode } from '../../fixtures/seed';
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
});
