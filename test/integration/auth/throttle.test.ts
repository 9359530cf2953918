import { describe, expect, it } from 'vitest';
import { createUserWithSets, errorCode, uniqueEmail } from '../../fixtures/seed';
import { OWNER_EMAIL, OWNER_PASSWORD, sdk, useClusterPerTest, type TestNode } from '../../fixtures/test-node';
import { auditRows, failure } from './helpers';

// Limiter state lives in the cluster (memory) or under its Redis prefix: one cluster per scenario.
const freshCluster = useClusterPerTest();
const cluster1 = (env: Record<string, string>, extra: { nodes?: number; redis?: boolean } = {}) => freshCluster({ env, ...extra });

const wrong = (node: TestNode, email: string) => errorCode(() => node.anonymous().Login({ email, password: 'definitely-wrong-1' }));

describe('login throttling per account', () => {
  it('refuses the attempt after the limit even with the right password', async () => {
    const { nodes } = await cluster1({ LOGIN_MAX_FAILURES_PER_ACCOUNT_IP: '3' });
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
    const { nodes } = await cluster1({ LOGIN_MAX_FAILURES_PER_ACCOUNT_IP: '5' });
    const node = nodes[0]!;
    const { email } = await createUserWithSets(await node.owner(), ['Viewer']);
    const codes = await Promise.all(Array.from({ length: 30 }, () => wrong(node, email)));
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(25);
  });

  it('throttles unknown emails the same way, so throttling does not reveal which exist', async () => {
    const { nodes } = await cluster1({ LOGIN_MAX_FAILURES_PER_ACCOUNT_IP: '3' });
    const node = nodes[0]!;
    const ghost = uniqueEmail('ghost');
    for (let i = 0; i < 3; i += 1) expect(await wrong(node, ghost)).toBe('UNAUTHENTICATED');
    expect(await wrong(node, ghost)).toBe('RATE_LIMITED');
  });

  it('a successful login clears the account counter', async () => {
    const { nodes } = await cluster1({ LOGIN_MAX_FAILURES_PER_ACCOUNT_IP: '3' });
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
    const { nodes } = await cluster1({ LOGIN_MAX_FAILURES_PER_IP: '5', LOGIN_MAX_FAILURES_PER_ACCOUNT_IP: '10' });
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
  it('shares the (account, IP) counter between nodes', async () => {
    const { nodes } = await cluster1({ LOGIN_MAX_FAILURES_PER_ACCOUNT_IP: '3' }, { nodes: 2, redis: true });
    const [a, b] = [nodes[0]!, nodes[1]!];
    const { email, password } = await createUserWithSets(await a.owner(), ['Viewer']);
    expect(await wrong(a, email)).toBe('UNAUTHENTICATED');
    expect(await wrong(b, email)).toBe('UNAUTHENTICATED');
    expect(await wrong(a, email)).toBe('UNAUTHENTICATED');
    expect(await errorCode(() => b.anonymous().Login({ email, password }))).toBe('RATE_LIMITED');
    expect(await errorCode(() => a.anonymous().Login({ email, password }))).toBe('RATE_LIMITED');
  });
});

/** A client whose requests arrive as if a load balancer had seen them from `ip`. */
const fromIp = (node: TestNode, ip: string) => sdk.createClient({ url: node.url, headers: { 'x-forwarded-for': ip } });

async function delayedLogins(node: TestNode): Promise<number> {
  const text = await (await fetch(node.url.replace('/graphql', '/metrics'))).text();
  return Number(/^control_plane_login_delayed_total (\d+)/m.exec(text)?.[1] ?? NaN);
}

describe('nobody can lock an account out from elsewhere', () => {
  it('one IP hammering the owner locks out only that IP; the owner logs in from another', async () => {
    const { nodes } = await cluster1({ TRUST_PROXY: '1', LOGIN_MAX_FAILURES_PER_ACCOUNT_IP: '5' });
    const node = nodes[0]!;
    const attacker = fromIp(node, '203.0.113.66');
    for (let i = 0; i < 8; i += 1) {
      await errorCode(() => attacker.Login({ email: OWNER_EMAIL, password: 'definitely-wrong-1' }));
    }
    // The attacker's IP is refused even with the right password...
    expect(await errorCode(() => attacker.Login({ email: OWNER_EMAIL, password: OWNER_PASSWORD }))).toBe('RATE_LIMITED');
    // ...while the owner, from their own IP, is not.
    const { login } = await fromIp(node, '198.51.100.7').Login({ email: OWNER_EMAIL, password: OWNER_PASSWORD });
    expect(login.user.email).toBe(OWNER_EMAIL);
  });

  it('failures from many IPs slow the account down but never refuse the right password', async () => {
    const { nodes } = await cluster1({
      TRUST_PROXY: '1',
      LOGIN_MAX_FAILURES_PER_ACCOUNT_IP: '2',
      LOGIN_SLOWDOWN_AFTER_ACCOUNT_FAILURES: '3',
      LOGIN_MAX_DELAY_MS: '20',
    });
    const node = nodes[0]!;
    const { email, password } = await createUserWithSets(await node.owner(), ['Viewer']);
    const delayedBefore = await delayedLogins(node);
    const codes: Array<string | undefined> = [];
    for (let i = 0; i < 12; i += 1) {
      codes.push(await errorCode(() => fromIp(node, `192.0.2.${i + 1}`).Login({ email, password: 'definitely-wrong-1' })));
    }
    // Every guess was answered as a wrong password (slowed, not refused) ...
    expect(codes.every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    // Beyond 3 failures on the account, each attempt was delayed: 12 guesses, 9 delayed.
    expect((await delayedLogins(node)) - delayedBefore).toBe(9);
    // ... and the owner of the account gets in.
    const { login } = await fromIp(node, '192.0.2.200').Login({ email, password });
    expect(login.accessToken).toBeTruthy();
  });

  it('an admin unlock lifts the refusal on every IP; a Viewer may not unlock', async () => {
    const { nodes } = await cluster1({ TRUST_PROXY: '1', LOGIN_MAX_FAILURES_PER_ACCOUNT_IP: '3' }, { nodes: 2, redis: true });
    const [a, b] = [nodes[0]!, nodes[1]!];
    const owner = await a.owner();
    const { email, password } = await createUserWithSets(owner, ['Viewer']);
    const viewer = await createUserWithSets(owner, ['Viewer']);
    const viewerClient = await b.clientFor(viewer.email, viewer.password);
    const locked = fromIp(b, '203.0.113.9');
    for (let i = 0; i < 3; i += 1) await errorCode(() => locked.Login({ email, password: 'definitely-wrong-1' }));
    expect(await errorCode(() => locked.Login({ email, password }))).toBe('RATE_LIMITED');

    expect(await errorCode(() => viewerClient.UnlockAccount({ email }))).toBe('FORBIDDEN');
    expect(await errorCode(() => locked.Login({ email, password }))).toBe('RATE_LIMITED');

    expect((await owner.UnlockAccount({ email })).unlockAccount).toBe(true);
    const { login } = await locked.Login({ email, password });
    expect(login.accessToken).toBeTruthy();
    const unlocked = await auditRows(owner, 'auth.account_unlocked');
    expect(unlocked).toHaveLength(1);
  });
});

describe('client IP and TRUST_PROXY', () => {
  it('with TRUST_PROXY=false a client-sent X-Forwarded-For is ignored (no per-IP bypass, true IP audited)', async () => {
    const { nodes } = await cluster1({ LOGIN_MAX_FAILURES_PER_ACCOUNT_IP: '2' });
    const node = nodes[0]!;
    const owner = await node.owner();
    const { email, password } = await createUserWithSets(owner, ['Viewer']);
    for (let i = 0; i < 4; i += 1) {
      await errorCode(() => fromIp(node, `10.9.8.${i}`).Login({ email, password: 'definitely-wrong-1' }));
    }
    expect(await errorCode(() => fromIp(node, '10.9.9.9').Login({ email, password }))).toBe('RATE_LIMITED');
    const failed = await auditRows(owner, 'auth.login_failed');
    expect(failed.length).toBeGreaterThan(0);
    expect(new Set(failed.map((r) => r.ip))).toEqual(new Set(['127.0.0.1']));
  });

  it('with a hop count, the left-most (client-chosen) entry is not believed', async () => {
    const { nodes } = await cluster1({ TRUST_PROXY: '1' });
    const node = nodes[0]!;
    const owner = await node.owner();
    const { email } = await createUserWithSets(owner, ['Viewer']);
    await errorCode(() => fromIp(node, '6.6.6.6, 198.51.100.23').Login({ email, password: 'definitely-wrong-1' }));
    const [failed] = await auditRows(owner, 'auth.login_failed');
    expect(failed!.ip).toBe('198.51.100.23');
  });
});
