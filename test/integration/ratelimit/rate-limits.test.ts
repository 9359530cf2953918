import { describe, expect, it } from 'vitest';
import { createUserWithSets, DEFAULT_PASSWORD, errorCode, member, uniqueEmail } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';
import { failure } from '../auth/helpers';
import { allow, customSet } from '../permissions/features.helpers';
import { EventStream, untilLive } from '../subscriptions/stream';
import { createPolicy, outcome, rawQuery, refusalsCounted, tokenFor } from './helpers';

// One node, counters in memory. Every scenario limits users of its own, so scenarios never share a counter.
const ctx = useCluster();

const ME = 'query Me { me { id } }';

/** A new user holding only `set`, logged in on the node. */
async function holderOf(set: { id: string }) {
  const email = uniqueEmail('holder');
  await ctx.owner.CreateUser({ input: { email, name: 'Holder', password: DEFAULT_PASSWORD, permissionSetIds: [set.id] } });
  return ctx.node.clientFor(email, DEFAULT_PASSWORD);
}

describe('per-user policies', () => {
  it('refuse the request after the limit with RATE_LIMITED, retryAfter, HTTP 429 and RateLimit headers', async () => {
    const { user, email, password } = await createUserWithSets(ctx.owner, ['Viewer']);
    const policy = await createPolicy(ctx.owner, { subjectKind: 'USER', subjectValue: user.id, requestsPerWindow: 3, windowSeconds: 60 });
    const token = await tokenFor(ctx.node, email, password);

    const first = await rawQuery(ctx.node, ME, token);
    expect(first.status).toBe(200);
    expect(first.headers.get('ratelimit-policy')).toContain(`"user:${policy.name}";q=3;w=60`);
    expect(first.headers.get('ratelimit')).toContain(`"user:${policy.name}";r=2;`);
    expect(first.headers.get('ratelimit-remaining')).toBe('2');
    expect(first.headers.get('retry-after')).toBeNull();
    for (let i = 0; i < 2; i += 1) expect((await rawQuery(ctx.node, ME, token)).status).toBe(200);

    const refused = await rawQuery(ctx.node, ME, token);
    expect(refused.status).toBe(429);
    expect(refused.code).toBe('RATE_LIMITED');
    expect(refused.retryAfter).toBeGreaterThan(0);
    expect(refused.retryAfter).toBeLessThanOrEqual(60);
    expect(Number(refused.headers.get('retry-after'))).toBe(refused.retryAfter);
    expect(refused.headers.get('ratelimit')).toContain(`"user:${policy.name}";r=0;`);
    expect(refused.headers.get('ratelimit-limit')).toBe('3');
    expect(refused.headers.get('ratelimit-remaining')).toBe('0');
    expect(refused.data).toBeNull();

    // Through the SDK: the typed error carries the code and retryAfter.
    const client = await ctx.node.clientFor(email, password);
    const err = await failure(() => client.Me());
    expect(err.code).toBe('RATE_LIMITED');
    expect(err.status).toBe(429);
    expect(err.errors[0]!.extensions?.retryAfter).toBeGreaterThan(0);

    // Someone else keeps the default limit.
    const other = await member(ctx.node, ctx.owner, ['Viewer']);
    expect(await outcome(() => other.client.Me())).toBe('OK');
  });

  it('a disabled policy stops counting and the default applies again', async () => {
    const u = await member(ctx.node, ctx.owner, ['Viewer']);
    const policy = await createPolicy(ctx.owner, { subjectKind: 'USER', subjectValue: u.id, requestsPerWindow: 1, windowSeconds: 60 });
    expect(await outcome(() => u.client.Me())).toBe('OK');
    expect(await outcome(() => u.client.Me())).toBe('RATE_LIMITED');
    await ctx.owner.UpdateRateLimitPolicy({ id: policy.id, input: { enabled: false } });
    expect(await outcome(() => u.client.Me())).toBe('OK');
    await ctx.owner.UpdateRateLimitPolicy({ id: policy.id, input: { enabled: true } });
    expect(await outcome(() => u.client.Me())).toBe('RATE_LIMITED');
    await ctx.owner.DeleteRateLimitPolicy({ id: policy.id });
    expect(await outcome(() => u.client.Me())).toBe('OK');
  });
});

describe('per-operation policies', () => {
  it('count calls of one root field per caller, whatever the operation is named', async () => {
    const a = await member(ctx.node, ctx.owner, ['Viewer']);
    const token = await tokenFor(ctx.node, a.email, a.password);
    const field = 'permissionSets';
    await createPolicy(ctx.owner, { subjectKind: 'OPERATION', subjectValue: field, requestsPerWindow: 2, windowSeconds: 60 });

    expect((await rawQuery(ctx.node, 'query One { permissionSets(first: 1) { totalCount } }', token)).status).toBe(200);
    expect((await rawQuery(ctx.node, 'query Two { permissionSets(first: 1) { totalCount } }', token)).status).toBe(200);
    const renamed = await rawQuery(ctx.node, 'query Renamed { sets: permissionSets(first: 1) { totalCount } }', token);
    expect(renamed.status).toBe(429);
    expect(renamed.code).toBe('RATE_LIMITED');
    expect(renamed.headers.get('ratelimit-policy')).toContain(';q=2;w=60');
    // Other root fields are not limited by it, and other callers have their own count.
    expect(await outcome(() => a.client.Me())).toBe('OK');
    const b = await member(ctx.node, ctx.owner, ['Viewer']);
    expect(await outcome(() => b.client.PermissionSets({ first: 1 }))).toBe('OK');
    // The owner holds ratelimit:bypass (through `*`) and is never counted.
    for (let i = 0; i < 4; i += 1) expect(await outcome(() => ctx.owner.PermissionSets({ first: 1 }))).toBe('OK');
  });
});

describe('per-permission-set policies', () => {
  it('limit each holder of the set, and nobody else', async () => {
    const set = await customSet(ctx.owner, 'Rate limited readers', [allow('users:read')]);
    await createPolicy(ctx.owner, { subjectKind: 'PERMISSION_SET', subjectValue: set.id, requestsPerWindow: 2, windowSeconds: 60 });
    const h1 = await holderOf(set);
    const h2 = await holderOf(set);
    expect([await outcome(() => h1.Me()), await outcome(() => h1.Me()), await outcome(() => h1.Me())]).toEqual(['OK', 'OK', 'RATE_LIMITED']);
    // Counted per holder, not shared by all of them.
    expect(await outcome(() => h2.Me())).toBe('OK');
    const outsider = await member(ctx.node, ctx.owner, ['Viewer']);
    for (let i = 0; i < 3; i += 1) expect(await outcome(() => outsider.client.Me())).toBe('OK');
  });
});

describe('query cost budget', () => {
  it('charges each query its complexity and refuses once the budget is spent', async () => {
    const u = await member(ctx.node, ctx.owner, ['Viewer']);
    const token = await tokenFor(ctx.node, u.email, u.password);
    const policy = await createPolicy(ctx.owner, { subjectKind: 'USER', subjectValue: u.id, requestsPerWindow: 1000, windowSeconds: 60, costPerMinute: 200 });
    const expensive = 'query Expensive { users(first: 20) { edges { node { id name } } } }';

    const first = await rawQuery(ctx.node, expensive, token);
    expect(first.status).toBe(200);
    const match = new RegExp(`"cost:${policy.name}";r=(\\d+);`).exec(first.headers.get('ratelimit') ?? '');
    expect(match, first.headers.get('ratelimit') ?? 'no RateLimit header').not.toBeNull();
    const cost = 200 - Number(match![1]);
    expect(cost).toBeGreaterThan(20);
    const affordable = Math.floor(200 / cost);

    const statuses = [first.status];
    for (let i = 1; i < affordable + 2; i += 1) statuses.push((await rawQuery(ctx.node, expensive, token)).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(affordable);
    expect(statuses.filter((s) => s === 429)).toHaveLength(2);
    const refused = await rawQuery(ctx.node, expensive, token);
    expect(refused.code).toBe('RATE_LIMITED');
    expect(refused.retryAfter).toBeGreaterThan(0);
    // The request limit itself is far from spent: it is the budget that refused.
    expect(refused.headers.get('ratelimit')).toMatch(new RegExp(`"user:${policy.name}";r=9\\d\\d;`));
  });
});

describe('managing policies', () => {
  it('a Viewer can neither create, edit, delete nor list policies, and nothing changes', async () => {
    const viewer = await member(ctx.node, ctx.owner, ['Viewer']);
    const policy = await createPolicy(ctx.owner, { subjectKind: 'IP', subjectValue: '203.0.113.0/24', requestsPerWindow: 50, windowSeconds: 60 });
    const before = await ctx.owner.RateLimitPolicies({ first: 100 });

    const input = { name: 'sneaky', subjectKind: 'USER' as const, subjectValue: viewer.id, requestsPerWindow: 1_000_000, windowSeconds: 1 };
    expect(await errorCode(() => viewer.client.CreateRateLimitPolicy({ input }))).toBe('FORBIDDEN');
    expect(await errorCode(() => viewer.client.UpdateRateLimitPolicy({ id: policy.id, input: { requestsPerWindow: 1 } }))).toBe('FORBIDDEN');
    expect(await errorCode(() => viewer.client.DeleteRateLimitPolicy({ id: policy.id }))).toBe('FORBIDDEN');
    expect(await errorCode(() => viewer.client.RateLimitPolicies({ first: 10 }))).toBe('FORBIDDEN');
    expect(await errorCode(() => viewer.client.RateLimitStats({}))).toBe('FORBIDDEN');

    expect(await ctx.owner.RateLimitPolicies({ first: 100 })).toEqual(before);
  });

  it('validates subjects, audits every change in its transaction and lists policies by name', async () => {
    const bad = (subjectKind: 'USER' | 'PERMISSION_SET' | 'OPERATION' | 'IP', subjectValue: string) =>
      errorCode(() => createPolicy(ctx.owner, { subjectKind, subjectValue, requestsPerWindow: 5, windowSeconds: 60 }));
    expect(await bad('USER', '00000000-0000-0000-0000-000000000000')).toBe('BAD_USER_INPUT');
    expect(await bad('PERMISSION_SET', 'not-a-set')).toBe('BAD_USER_INPUT');
    expect(await bad('OPERATION', 'create user')).toBe('BAD_USER_INPUT');
    expect(await bad('IP', '10.0.0.0/33')).toBe('BAD_USER_INPUT');
    expect(await errorCode(() => createPolicy(ctx.owner, { subjectKind: 'IP', subjectValue: '10.0.0.1', requestsPerWindow: 0, windowSeconds: 60 }))).toBe('BAD_USER_INPUT');

    const created = await createPolicy(ctx.owner, { subjectKind: 'IP', subjectValue: '::ffff:198.51.100.7', requestsPerWindow: 5, windowSeconds: 60 });
    expect(created.subjectValue).toBe('198.51.100.7');
    expect(await errorCode(() => createPolicy(ctx.owner, { name: created.name, subjectKind: 'IP', subjectValue: '10.0.0.1', requestsPerWindow: 5, windowSeconds: 60 }))).toBe('CONFLICT');
    const updated = await ctx.owner.UpdateRateLimitPolicy({ id: created.id, input: { requestsPerWindow: 7, costPerMinute: 900 } });
    expect(updated.updateRateLimitPolicy).toMatchObject({ requestsPerWindow: 7, costPerMinute: 900 });
    const cleared = await ctx.owner.UpdateRateLimitPolicy({ id: created.id, input: { clearCostPerMinute: true } });
    expect(cleared.updateRateLimitPolicy.costPerMinute).toBeNull();
    expect(await ctx.owner.DeleteRateLimitPolicy({ id: created.id })).toEqual({ deleteRateLimitPolicy: true });
    expect(await errorCode(() => ctx.owner.DeleteRateLimitPolicy({ id: created.id }))).toBe('NOT_FOUND');

    const { auditLogs } = await ctx.owner.AuditLogs({ first: 100, filter: { targetId: created.id } });
    const actions = auditLogs.edges.map((e) => e.node.action);
    expect(actions.filter((a) => a === 'rate_limit_policy.created')).toHaveLength(1);
    expect(actions.filter((a) => a === 'rate_limit_policy.updated')).toHaveLength(2);
    expect(actions.filter((a) => a === 'rate_limit_policy.deleted')).toHaveLength(1);
    const createdEvent = auditLogs.edges.find((e) => e.node.action === 'rate_limit_policy.created')!.node;
    expect(createdEvent.changes).toMatchObject({ requestsPerWindow: { after: 5 }, subjectValue: { after: '198.51.100.7' } });

    const { rateLimitPolicies } = await ctx.owner.RateLimitPolicies({ first: 2 });
    const names = rateLimitPolicies.edges.map((e) => e.node.name);
    expect([...names].sort()).toEqual(names);
    expect(rateLimitPolicies.totalCount).toBeGreaterThan(2);
    const next = await ctx.owner.RateLimitPolicies({ first: 2, after: rateLimitPolicies.pageInfo.endCursor });
    expect(next.rateLimitPolicies.edges[0]!.node.name > names[1]!).toBe(true);
  });
});

describe('WebSocket operations', () => {
  it('are counted against the same limit as HTTP ones', async () => {
    const u = await member(ctx.node, ctx.owner, ['Viewer']);
    await createPolicy(ctx.owner, { subjectKind: 'USER', subjectValue: u.id, requestsPerWindow: 2, windowSeconds: 60 });
    const poke = () => ctx.owner.CreateUser({ input: { email: uniqueEmail('poke'), name: 'Poke', password: DEFAULT_PASSWORD } });
    for (let i = 0; i < 2; i += 1) {
      const stream = ctx.track(new EventStream(u.client.UserChanged(), `subscription ${i + 1}`));
      await untilLive(stream, poke, () => true);
    }
    // Both subscriptions took their point: the next HTTP request is refused...
    expect(await outcome(() => u.client.Me())).toBe('RATE_LIMITED');
    // ...and so is the next subscription.
    const third = ctx.track(new EventStream(u.client.UserChanged(), 'subscription 3'));
    const refused = await failure(() => third.next('refusal'));
    expect(refused.code).toBe('RATE_LIMITED');
    expect(refused.errors[0]!.extensions?.retryAfter).toBeGreaterThan(0);
  });
});

describe('observability', () => {
  it('/metrics counts refusals and rateLimitStats names the limited user, most refused first', async () => {
    const heavy = await member(ctx.node, ctx.owner, ['Viewer']);
    const light = await member(ctx.node, ctx.owner, ['Viewer']);
    const policy = await createPolicy(ctx.owner, { subjectKind: 'USER', subjectValue: heavy.id, requestsPerWindow: 1, windowSeconds: 60 });
    const lightPolicy = await createPolicy(ctx.owner, { subjectKind: 'USER', subjectValue: light.id, requestsPerWindow: 1, windowSeconds: 60 });
    const before = await refusalsCounted(ctx.node, 'user');

    expect(await outcome(() => heavy.client.Me())).toBe('OK');
    for (let i = 0; i < 5; i += 1) expect(await outcome(() => heavy.client.Me())).toBe('RATE_LIMITED');
    expect(await outcome(() => light.client.Me())).toBe('OK');
    expect(await outcome(() => light.client.Me())).toBe('RATE_LIMITED');

    expect(await refusalsCounted(ctx.node, 'user')).toBe(before + 6);
    const { rateLimitStats } = await ctx.owner.RateLimitStats({ windowMinutes: 5, first: 100 });
    const heavyRow = rateLimitStats.find((s) => s.userId === heavy.id);
    const lightRow = rateLimitStats.find((s) => s.userId === light.id);
    expect(heavyRow).toMatchObject({ limit: 'user', policy: policy.name, refusals: 5, ip: null });
    expect(lightRow).toMatchObject({ limit: 'user', policy: lightPolicy.name, refusals: 1 });
    expect(rateLimitStats.indexOf(heavyRow!)).toBeLessThan(rateLimitStats.indexOf(lightRow!));

    // security:read alone is enough to read the statistics.
    const analyst = await holderOf(await customSet(ctx.owner, 'Security readers', [allow('security:read')]));
    expect((await analyst.RateLimitStats({ first: 100 })).rateLimitStats.some((s) => s.userId === heavy.id)).toBe(true);
    expect(await errorCode(() => analyst.RateLimitPolicies({ first: 1 }))).toBe('FORBIDDEN');
  });
});
