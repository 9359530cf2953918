import { describe, expect, it } from 'vitest';
import { createUserWithSets, errorCode, uniqueEmail } from '../../fixtures/seed';
import { OWNER_EMAIL, OWNER_PASSWORD, useClusterPerTest, type TestNode } from '../../fixtures/test-node';
import { auditRows, failure } from './helpers';

// Limiter state lives in the cluster (memory) or under its Redis prefix: one cluster per scenario.
const freshCluster = useClusterPerTest();
const cluster1 = (env: Record<string, string>, extra: { nodes?: number; redis?: boolean } = {}) => freshCluster({ env, ...extra });

const wrong = (node: TestNode, email: string) => errorCode(() => node.anonymous().Login({ email, password: 'definitely-wrong-1' }));

describe('login throttling per account', () => {
  it('refuses the attempt after the limit even with the right password', async () => {
    const { nodes } = await cluster1({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3' });
    const node = nodes[0]!;
    const owner = await node.owner();
    const { user, email, password } = await createUserWithSets(owner, ['Viewer']);

    for (let i = 0; i < 3; i += 1) expect(await wrong(node, email)).toBe('UNAUTHENTICATED');
    const limited = await failure(() => node.anonymous().Login({ email, password }));
    expect(limited.code).toBe('RATE_LIMITED');
    expect(limited.errors[0]!.extensions?.retryAfter).toBeGreaterThan(0);
    expect(limited.status).toBeLessThan(500);
    // The account key ignores case.
    expect(await errorCode(() => node.anonymous().Login({ email: email.toUpperCase(), password }))).toBe('RATE_LIMITED');
    // A throttled attempt is not a session: no successful login was recorded.
    expect((await auditRows(owner, 'auth.login_succeeded')).filter((r) => r.actorId === user.id)).toHaveLength(0);

    // Other accounts from the same IP are not affected.
    const other = await createUserWithSets(owner, ['Viewer']);
    const { login } = await node.anonymous().Login({ email: other.email, password: other.password });
    expect(login.user.id).toBe(other.user.id);
  });

  it('lets no more than the limit through when the guesses arrive all at once', async () => {
    const { nodes } = await cluster1({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '5' });
    const node = nodes[0]!;
    const { email } = await createUserWithSets(await node.owner(), ['Viewer']);
    const codes = await Promise.all(Array.from({ length: 30 }, () => wrong(node, email)));
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(25);
  });

  it('throttles unknown emails the same way, so throttling does not reveal which exist', async () => {
    const { nodes } = await cluster1({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3' });
    const node = nodes[0]!;
    const ghost = uniqueEmail('ghost');
    for (let i = 0; i < 3; i += 1) expect(await wrong(node, ghost)).toBe('UNAUTHENTICATED');
    expect(await wrong(node, ghost)).toBe('RATE_LIMITED');
  });

  it('a successful login clears the account counter', async () => {
    const { nodes } = await cluster1({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3' });
    const node = nodes[0]!;
    const { email, password } = await createUserWithSets(await node.owner(), ['Viewer']);
    for (let i = 0; i < 2; i += 1) expect(await wrong(node, email)).toBe('UNAUTHENTICATED');
    await node.anonymous().Login({ email, password });
    for (let i = 0; i < 2; i += 1) expect(await wrong(node, email)).toBe('UNAUTHENTICATED');
    const { login } = await node.anonymous().Login({ email, password });
    expect(login.accessToken).toBeTruthy();
  });
});

describe('login throttling per IP', () => {
  it('refuses every account from an IP after too many failures across different emails', async () => {
    const { nodes } = await cluster1({ LOGIN_MAX_FAILURES_PER_IP: '5', LOGIN_MAX_FAILURES_PER_ACCOUNT: '10' });
    const node = nodes[0]!;
    // Warm up the owner client first: logging in is itself an attempt from this IP.
    const owner = await node.owner();
    const { email, password } = await createUserWithSets(owner, ['Viewer']);
    for (let i = 0; i < 5; i += 1) expect(await wrong(node, uniqueEmail('spray'))).toBe('UNAUTHENTICATED');

    expect(await errorCode(() => node.anonymous().Login({ email, password }))).toBe('RATE_LIMITED');
    expect(await errorCode(() => node.anonymous().Login({ email: OWNER_EMAIL, password: OWNER_PASSWORD }))).toBe('RATE_LIMITED');
    // Already-issued tokens keep working: only logins are throttled.
    expect((await owner.Me()).me.email).toBe(OWNER_EMAIL);
  });
});

describe('login throttling across nodes (Redis)', () => {
  it('shares the account counter between nodes', async () => {
    const { nodes } = await cluster1({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3' }, { nodes: 2, redis: true });
    const [a, b] = [nodes[0]!, nodes[1]!];
    const { email, password } = await createUserWithSets(await a.owner(), ['Viewer']);
    expect(await wrong(a, email)).toBe('UNAUTHENTICATED');
    expect(await wrong(b, email)).toBe('UNAUTHENTICATED');
    expect(await wrong(a, email)).toBe('UNAUTHENTICATED');
    expect(await errorCode(() => b.anonymous().Login({ email, password }))).toBe('RATE_LIMITED');
    expect(await errorCode(() => a.anonymous().Login({ email, password }))).toBe('RATE_LIMITED');
  });
});
