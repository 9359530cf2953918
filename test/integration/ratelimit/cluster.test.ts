import { describe, expect, it } from 'vitest';
import { createUserWithSets } from '../../fixtures/seed';
import { OWNER_EMAIL, OWNER_PASSWORD, useClusterPerTest } from '../../fixtures/test-node';
import { createPolicy, outcome, rawQuery, refusalsCounted, tokenFor } from './helpers';

// Limits under test come from each cluster's configuration, or are shared through its Redis prefix.
const start = useClusterPerTest();

describe('anonymous callers', () => {
  it('are limited per IP by RATE_LIMIT_ANONYMOUS_PER_MINUTE; an IP policy replaces that limit', async () => {
    const { nodes } = await start({ env: { RATE_LIMIT_ANONYMOUS_PER_MINUTE: '4' } });
    const node = nodes[0]!;
    // Logging in is anonymous too: two of the four requests.
    const owner = await node.owner();
    const { email, password } = await createUserWithSets(owner, ['Viewer']);
    const token = await tokenFor(node, email, password);
    const before = await refusalsCounted(node, 'anonymous_ip');

    expect(await outcome(() => node.anonymous().Me())).toBe('UNAUTHENTICATED');
    expect(await outcome(() => node.anonymous().Me())).toBe('UNAUTHENTICATED');
    const refused = await rawQuery(node, 'query { me { id } }');
    expect(refused.status).toBe(429);
    expect(refused.code).toBe('RATE_LIMITED');
    expect(refused.retryAfter).toBeGreaterThan(0);
    expect(refused.headers.get('ratelimit-policy')).toContain('"anonymous_ip:default";q=4;w=60');
    expect(refused.headers.get('retry-after')).toBe(String(refused.retryAfter));
    // A stale or invalid token counts as anonymous.
    expect((await rawQuery(node, 'query { me { id } }', 'not-a-token')).code).toBe('RATE_LIMITED');
    // Authenticated callers from the same address are counted per user instead.
    expect((await rawQuery(node, 'query { me { id } }', token)).status).toBe(200);
    expect(await refusalsCounted(node, 'anonymous_ip')).toBe(before + 2);

    const { rateLimitStats } = await owner.RateLimitStats({});
    expect(rateLimitStats.find((s) => s.limit === 'anonymous_ip')).toMatchObject({ policy: 'default', userId: null, ip: '127.0.0.1', refusals: 2 });

    // A trusted range gets its own limit instead of the default (owners bypass, so this is no loophole for them).
    await createPolicy(owner, { subjectKind: 'IP', subjectValue: '127.0.0.0/8', requestsPerWindow: 100, windowSeconds: 60 });
    const allowed = await rawQuery(node, 'query { me { id } }');
    expect(allowed.code).toBe('UNAUTHENTICATED');
    expect(allowed.headers.get('ratelimit-policy')).toMatch(/^"ip:policy-[^"]+";q=100;w=60, /);
  });

  it('the default per-user limit comes from RATE_LIMIT_PER_MINUTE', async () => {
    const { nodes } = await start({ env: { RATE_LIMIT_PER_MINUTE: '3' } });
    const node = nodes[0]!;
    const { email, password } = await createUserWithSets(await node.owner(), ['Viewer']);
    const client = await node.clientFor(email, password);
    const results = [];
    for (let i = 0; i < 5; i += 1) results.push(await outcome(() => client.Me()));
    expect(results).toEqual(['OK', 'OK', 'OK', 'RATE_LIMITED', 'RATE_LIMITED']);
    const owner = await node.owner();
    for (let i = 0; i < 5; i += 1) expect(await outcome(() => owner.Me())).toBe('OK');
  });

  it('the default cost budget comes from QUERY_COST_BUDGET_PER_MINUTE', async () => {
    const { nodes } = await start({ env: { QUERY_COST_BUDGET_PER_MINUTE: '100' } });
    const node = nodes[0]!;
    const { email, password } = await createUserWithSets(await node.owner(), ['Viewer']);
    const token = await tokenFor(node, email, password);
    // 1 + 15 x (edges 1 + node 1 + id 1) = 46 points: two fit in 100, a third does not.
    const expensive = 'query { users(first: 15) { edges { node { id } } } }';
    const first = await rawQuery(node, expensive, token);
    expect(first.status).toBe(200);
    expect(first.headers.get('ratelimit-policy')).toContain('"cost:default";q=100;w=60');
    expect(first.headers.get('ratelimit')).toContain('"cost:default";r=54;');
    expect((await rawQuery(node, expensive, token)).status).toBe(200);
    const third = await rawQuery(node, expensive, token);
    expect(third.status).toBe(429);
    expect(third.code).toBe('RATE_LIMITED');
    // A cheap query still fits in what is left.
    expect((await rawQuery(node, 'query { me { id } }', token)).status).toBe(200);
  });
});

describe('two nodes sharing Redis', () => {
  it('share one count per user, and a policy edited on node 0 applies on node 1 at once', async () => {
    const { nodes } = await start({ nodes: 2, redis: true });
    const [a, b] = nodes as [(typeof nodes)[0], (typeof nodes)[0]];
    const owner = await a.owner();
    const { user, email, password } = await createUserWithSets(owner, ['Viewer']);
    const policy = await createPolicy(owner, { subjectKind: 'USER', subjectValue: user.id, requestsPerWindow: 4, windowSeconds: 60 });
    const onA = await a.clientFor(email, password);
    const onB = await b.clientFor(email, password);

    const results = [];
    for (let i = 0; i < 3; i += 1) results.push(await outcome(() => onA.Me()), await outcome(() => onB.Me()));
    expect(results).toEqual(['OK', 'OK', 'OK', 'OK', 'RATE_LIMITED', 'RATE_LIMITED']);

    // Raised on node 0: node 1 lets the user through on the very next request.
    await owner.UpdateRateLimitPolicy({ id: policy.id, input: { requestsPerWindow: 8 } });
    expect(await outcome(() => onB.Me())).toBe('OK');
    // Deleted on node 0: node 1 falls back to the default limit (600 per minute) at once.
    await owner.UpdateRateLimitPolicy({ id: policy.id, input: { requestsPerWindow: 1 } });
    expect(await outcome(() => onB.Me())).toBe('RATE_LIMITED');
    await owner.DeleteRateLimitPolicy({ id: policy.id });
    expect(await outcome(() => onB.Me())).toBe('OK');

    // Refusals seen on either node are listed on both.
    const ownerOnB = await b.clientFor(OWNER_EMAIL, OWNER_PASSWORD);
    const { rateLimitStats } = await ownerOnB.RateLimitStats({});
    expect(rateLimitStats.find((s) => s.userId === user.id)).toMatchObject({ policy: policy.name, refusals: 3 });
  });

  it('N requests split across the nodes pass exactly N times in total', async () => {
    const { nodes } = await start({ nodes: 2, redis: true });
    const owner = await nodes[0]!.owner();
    const { user, email, password } = await createUserWithSets(owner, ['Viewer']);
    await createPolicy(owner, { subjectKind: 'USER', subjectValue: user.id, requestsPerWindow: 10, windowSeconds: 60 });
    const clients = await Promise.all(nodes.map((n) => n.clientFor(email, password)));
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => outcome(() => clients[i % 2]!.Me())));
    expect(results.filter((r) => r === 'OK')).toHaveLength(10);
    expect(results.filter((r) => r === 'RATE_LIMITED')).toHaveLength(20);
  });
});
