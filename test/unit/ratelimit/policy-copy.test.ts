import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../../src/authz/authorizer';
import type { Database } from '../../../src/db/client';
import type * as EnforcerModule from '../../../src/services/ratelimit/rate-limit-enforcer';
import type * as LoggerModule from '../../../src/logger';
import type { RateLimitPolicyChangedMessage } from '../../../src/pubsub/topics';
import { loadServerModule } from '../../fixtures/load';

const { RateLimitEnforcer } = loadServerModule<typeof EnforcerModule>('../../src/services/ratelimit/rate-limit-enforcer.ts');
const { createLogger } = loadServerModule<typeof LoggerModule>('../../src/logger.ts');

const viewer = (userId: string): Viewer => ({
  userId,
  sessionId: 's',
  permissions: { userId, grants: [], delegated: [], compiledAt: new Date(), index: new Map() },
});
const message = (id: string, userId: string, limit: number, at: number, enabled = true): RateLimitPolicyChangedMessage => ({
  policyId: id,
  policy: {
    id,
    name: `p-${limit}`,
    subjectKind: 'USER',
    subjectValue: userId,
    requestsPerWindow: limit,
    windowSeconds: 60,
    costPerMinute: null,
    enabled,
    createdAt: new Date(0).toISOString(),
    updatedAt: new Date(at).toISOString(),
  },
});

const enforcer = () =>
  new RateLimitEnforcer({ database: {} as Database, redis: null, log: createLogger('silent'), defaults: { perUserPerMinute: 100, anonymousPerIpPerMinute: 100, costPerMinute: 1000 } });
const policyOf = async (e: InstanceType<typeof RateLimitEnforcer>, userId: string) =>
  (await e.check({ viewer: viewer(userId), ip: null, rootFields: [], cost: null })).states.map((s) => `${s.limit.policy}:${s.limit.points}`);

describe("a node's copy of the policies", () => {
  it('ignores a change that arrives after a newer one, and never revives a deleted policy', async () => {
    const e = enforcer();
    e.apply(message('a', 'u1', 5, 2000));
    e.apply(message('a', 'u1', 3, 1000));
    expect(await policyOf(e, 'u1')).toEqual(['p-5:5']);
    e.apply(message('a', 'u1', 7, 3000, false));
    expect(await policyOf(e, 'u2')).toEqual(['default:100']);
    expect(await policyOf(e, 'u1')).toEqual(['default:100']);
    e.apply({ policyId: 'b', policy: null });
    e.apply(message('b', 'u2', 9, 9000));
    expect(await policyOf(e, 'u2')).toEqual(['default:100']);
  });
});
