import { afterAll, describe, expect, it } from 'vitest';
import type IORedis from 'ioredis';
import type * as EnforcerModule from '../../../src/services/ratelimit/rate-limit-enforcer';
import type * as LoggerModule from '../../../src/logger';
import type { Database } from '../../../src/db/client';
import { loadServerModule } from '../../fixtures/load';
import { freePort } from '../../setup/free-port';

const { RateLimitEnforcer } = loadServerModule<typeof EnforcerModule>('../../src/services/ratelimit/rate-limit-enforcer.ts');
const { createLogger } = loadServerModule<typeof LoggerModule>('../../src/logger.ts');
const Redis = loadServerModule<{ default: typeof IORedis }>('ioredis').default;

const opened: IORedis[] = [];
afterAll(() => opened.forEach((r) => r.disconnect()));

describe('rate limiting while Redis is unreachable', () => {
  it('falls back to a per-node memory limiter instead of failing or letting everything through', async () => {
    // A real client to a port nobody listens on: every command fails, as when Redis goes down.
    const redis = new Redis({ port: await freePort(), host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => 50 });
    redis.on('error', () => {});
    opened.push(redis);
    redis.connect().catch(() => {});
    const enforcer = new RateLimitEnforcer({
      database: {} as Database,
      redis,
      log: createLogger('silent'),
      defaults: { perUserPerMinute: 3, anonymousPerIpPerMinute: 2, costPerMinute: 1000 },
    });
    const anonymous = { viewer: null, ip: '192.0.2.10', rootFields: ['me'], cost: 2 };
    const outcomes = [];
    for (let i = 0; i < 4; i += 1) outcomes.push((await enforcer.check(anonymous)).refusal?.code ?? 'OK');
    expect(outcomes).toEqual(['OK', 'OK', 'RATE_LIMITED', 'RATE_LIMITED']);
    // Another address has its own count.
    expect((await enforcer.check({ ...anonymous, ip: '192.0.2.11' })).refusal).toBeNull();
  });
});
