import { describe, expect, it } from 'vitest';
import { createUserWithSets, errorCode, member, uniqueEmail } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';
import { clientFrom, securityEvents, securityEventsMetric } from './helpers';

// Low thresholds so each scenario is short; distinct IPs per scenario keep their counters apart.
const ctx = useCluster({
  env: {
    TRUST_PROXY: '1',
    LOGIN_MAX_FAILURES_PER_ACCOUNT_IP: '20',
    LOGIN_MAX_FAILURES_PER_IP: '200',
    SECURITY_LOGIN_BURST_THRESHOLD: '3',
    SECURITY_STUFFING_ACCOUNTS_THRESHOLD: '4',
    SECURITY_FORBIDDEN_BURST_THRESHOLD: '3',
  },
});

const from = (ip: string, userAgent?: string) => clientFrom(ctx.node, ctx.track, { ip, userAgent });
const wrongLogin = (ip: string, email: string) => errorCode(() => from(ip).Login({ email, password: 'not-the-password-1' }));

describe('failed-login burst on one account', () => {
  it('raises LOGIN_FAILURE_BURST once for many failures, linked to the failed-login audit rows, and counts it on /metrics', async () => {
    const { user, email } = await createUserWithSets(ctx.owner, ['Viewer']);
    const before = await securityEventsMetric(ctx.node, 'LOGIN_FAILURE_BURST', 'MEDIUM');
    for (let i = 0; i < 7; i += 1) expect(await wrongLogin('203.0.113.10', email)).toBe('UNAUTHENTICATED');

    const events = await securityEvents(ctx.owner, { kinds: ['LOGIN_FAILURE_BURST'], userId: user.id });
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event).toMatchObject({ kind: 'LOGIN_FAILURE_BURST', severity: 'MEDIUM', userId: user.id, ip: '203.0.113.10' });
    expect(event!.details).toMatchObject({ failures: 3 });
    const failures = event!.auditEvents!.filter((a) => a.action === 'auth.login_failed' && a.targetId === user.id);
    expect(failures).toHaveLength(3);
    expect(event!.auditEvents!.map((a) => a.requestId)).toContain(event!.requestId);
    expect(await securityEventsMetric(ctx.node, 'LOGIN_FAILURE_BURST', 'MEDIUM')).toBe(before + 1);
    // One account from one IP is not credential stuffing.
    expect(await securityEvents(ctx.owner, { kinds: ['CREDENTIAL_STUFFING'] })).toHaveLength(0);
  });
});

describe('credential stuffing from one IP', () => {
  it('raises CREDENTIAL_STUFFING once when one IP fails against many distinct accounts', async () => {
    const known = await createUserWithSets(ctx.owner, ['Viewer']);
    const emails = [known.email, ...Array.from({ length: 7 }, () => uniqueEmail('stuffed'))];
    // Repeating an email does not make it another account.
    for (let i = 0; i < 3; i += 1) expect(await wrongLogin('198.51.100.7', known.email.toUpperCase())).toBe('UNAUTHENTICATED');
    for (const email of emails) expect(await wrongLogin('198.51.100.7', email)).toBe('UNAUTHENTICATED');

    const events = await securityEvents(ctx.owner, { kinds: ['CREDENTIAL_STUFFING'] });
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event).toMatchObject({ severity: 'HIGH', ip: '198.51.100.7', userId: null });
    expect(event!.details).toMatchObject({ distinctAccounts: 4 });
    const linked = event!.auditEvents!;
    expect(linked.length).toBeGreaterThanOrEqual(4);
    expect(linked.every((a) => a.action === 'auth.login_failed' && a.ip === '198.51.100.7')).toBe(true);
  });
});

describe('refresh-token reuse', () => {
  it('raises REFRESH_TOKEN_REUSE once per session, however often the used token is replayed', async () => {
    const { user, email, password } = await createUserWithSets(ctx.owner, ['Viewer']);
    const client = from('192.0.2.50');
    const { login } = await client.Login({ email, password });
    await client.RefreshSession({ refreshToken: login.refreshToken });
    for (let i = 0; i < 3; i += 1) expect(await errorCode(() => client.RefreshSession({ refreshToken: login.refreshToken }))).toBe('UNAUTHENTICATED');

    const events = await securityEvents(ctx.owner, { kinds: ['REFRESH_TOKEN_REUSE'], userId: user.id });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ severity: 'HIGH', userId: user.id, ip: '192.0.2.50' });
    expect(events[0]!.details).toMatchObject({ sessionRevoked: true });
    expect(events[0]!.auditEvents!.map((a) => a.action)).toContain('session.refresh_reuse_detected');
  });
});

describe('login from a new IP and user agent', () => {
  it('raises NEW_IP_AND_USER_AGENT (LOW) only when both are new, and never on the first login', async () => {
    const { user, email, password } = await createUserWithSets(ctx.owner, ['Viewer']);
    const loginFrom = (ip: string, ua: string) => from(ip, ua).Login({ email, password });
    const newDevice = () => securityEvents(ctx.owner, { kinds: ['NEW_IP_AND_USER_AGENT'], userId: user.id });

    await loginFrom('192.0.2.1', 'Browser A');
    await loginFrom('192.0.2.1', 'Browser B');
    await loginFrom('192.0.2.2', 'Browser A');
    expect(await newDevice()).toHaveLength(0);

    await loginFrom('192.0.2.3', 'Browser C');
    const events = await newDevice();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ severity: 'LOW', userId: user.id, ip: '192.0.2.3', userAgent: 'Browser C' });
    expect(events[0]!.auditEvents!.map((a) => a.action)).toEqual(['auth.login_succeeded']);

    // Both are known now.
    await loginFrom('192.0.2.3', 'Browser C');
    expect(await newDevice()).toHaveLength(1);
  });
});

describe('FORBIDDEN burst', () => {
  it('raises FORBIDDEN_BURST once for a user refused again and again, linked to the denials', async () => {
    const viewer = await member(ctx.node, ctx.owner, ['Viewer']);
    for (let i = 0; i < 6; i += 1) expect(await errorCode(() => viewer.client.AuditLogs({ first: 1 }))).toBe('FORBIDDEN');

    const events = await securityEvents(ctx.owner, { kinds: ['FORBIDDEN_BURST'], userId: viewer.id });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ severity: 'MEDIUM', userId: viewer.id });
    const denials = events[0]!.auditEvents!.filter((a) => a.action === 'access.denied');
    expect(denials).toHaveLength(3);
    expect(denials.every((a) => a.actorId === viewer.id && a.outcome === 'DENIED')).toBe(true);
  });
});

describe('Owner-level grants', () => {
  const ownerLevel = async (userId: string) => securityEvents(ctx.owner, { kinds: ['OWNER_LEVEL_GRANT'], userId });
  const everything = { effect: 'ALLOW', action: '*', scope: { kind: 'ALL' } } as const;

  it('raises OWNER_LEVEL_GRANT (HIGH) for the Owner set, a direct * grant and a * delegation, in the change', async () => {
    const created = await createUserWithSets(ctx.owner, ['Owner']);
    const assigned = await createUserWithSets(ctx.owner, ['Viewer']);
    await ctx.owner.AssignPermissionSet({ userId: assigned.user.id, permissionSetId: ctx.builtins.Owner });
    const granted = await createUserWithSets(ctx.owner, ['Viewer']);
    await ctx.owner.GrantPermission({ userId: granted.user.id, grant: everything });
    const delegated = await createUserWithSets(ctx.owner, ['Viewer']);
    await ctx.owner.DelegatePermissions({
      input: { delegateeId: delegated.user.id, expiresAt: new Date(Date.now() + 86_400_000).toISOString(), grants: [everything] },
    });

    const cases = [
      [created.user.id, 'ASSIGNMENT', 'permission_set.assigned'],
      [assigned.user.id, 'ASSIGNMENT', 'permission_set.assigned'],
      [granted.user.id, 'DIRECT_GRANT', 'grant.created'],
      [delegated.user.id, 'DELEGATION', 'delegation.created'],
    ] as const;
    for (const [userId, via, action] of cases) {
      const events = await ownerLevel(userId);
      expect(events, via).toHaveLength(1);
      expect(events[0], via).toMatchObject({ severity: 'HIGH', userId });
      expect(events[0]!.details, via).toMatchObject({ via, grantedBy: ctx.ownerId });
      expect(events[0]!.auditEvents!.map((a) => a.action), via).toContain(action);
    }
  });

  it('raises it for every holder when a held set is edited to grant * on ALL, and not for narrower grants', async () => {
    const { createPermissionSet: set } = await ctx.owner.CreatePermissionSet({
      input: { name: `Held ${uniqueEmail('set')}`, grants: [{ effect: 'ALLOW', action: 'users:read', scope: { kind: 'ALL' } }] },
    });
    const holder = await createUserWithSets(ctx.owner, ['Viewer']);
    await ctx.owner.AssignPermissionSet({ userId: holder.user.id, permissionSetId: set.id });
    await ctx.owner.GrantPermission({ userId: holder.user.id, grant: { effect: 'ALLOW', action: 'users:*', scope: { kind: 'ALL' } } });
    expect(await ownerLevel(holder.user.id)).toHaveLength(0);

    await ctx.owner.UpdatePermissionSet({ id: set.id, input: { grants: [everything] } });
    const events = await ownerLevel(holder.user.id);
    expect(events).toHaveLength(1);
    expect(events[0]!.details).toMatchObject({ via: 'SET_EDIT', setId: set.id });
    expect(events[0]!.auditEvents!.map((a) => a.action)).toContain('permission_set.updated');
    // Editing a set that is Owner-level already is not a new grant.
    await ctx.owner.UpdatePermissionSet({ id: set.id, input: { description: 'still everything', grants: [everything] } });
    expect(await ownerLevel(holder.user.id)).toHaveLength(1);
  });
});

describe('securityEvents query', () => {
  it('filters by minimum severity and pages newest first without overlap', async () => {
    const high = await securityEvents(ctx.owner, { minSeverity: 'HIGH' });
    expect(high.length).toBeGreaterThan(0);
    expect(high.every((e) => e.severity === 'HIGH' || e.severity === 'CRITICAL')).toBe(true);
    const all = await securityEvents(ctx.owner);
    expect(all.some((e) => e.severity === 'LOW' || e.severity === 'MEDIUM')).toBe(true);

    const first = await ctx.owner.SecurityEvents({ first: 2 });
    const second = await ctx.owner.SecurityEvents({ first: 2, after: first.securityEvents.pageInfo.endCursor });
    const ids = [...first.securityEvents.edges, ...second.securityEvents.edges].map((e) => e.node.id);
    expect(ids).toEqual(all.slice(0, 4).map((e) => e.id));
  });

  it('needs security:read, and shows the audit rows only to readers of the audit trail', async () => {
    const viewer = await member(ctx.node, ctx.owner, ['Viewer']);
    expect(await errorCode(() => viewer.client.SecurityEvents({ first: 5 }))).toBe('FORBIDDEN');

    const { createPermissionSet: set } = await ctx.owner.CreatePermissionSet({
      input: { name: `Security readers ${uniqueEmail('set')}`, grants: [{ effect: 'ALLOW', action: 'security:read', scope: { kind: 'ALL' } }] },
    });
    const analyst = await createUserWithSets(ctx.owner, []);
    await ctx.owner.AssignPermissionSet({ userId: analyst.user.id, permissionSetId: set.id });
    const analystClient = await ctx.node.clientFor(analyst.email, analyst.password);
    const seen = await securityEvents(analystClient);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((e) => e.auditEvents === null)).toBe(true);
    expect((await securityEvents(ctx.owner)).some((e) => (e.auditEvents?.length ?? 0) > 0)).toBe(true);
  });

  it('loads the audit rows of a whole page in one batched statement', async () => {
    const small = () => ctx.owner.SecurityEvents({ first: 2 });
    const large = () => ctx.owner.SecurityEvents({ first: 10 });
    await small();
    await large();
    const statementsDuring = async (fn: () => Promise<unknown>) => {
      const before = ctx.node.database.statementCount();
      await fn();
      return ctx.node.database.statementCount() - before;
    };
    const page = await large();
    expect(page.securityEvents.edges).toHaveLength(10);
    expect(page.securityEvents.edges.filter((e) => (e.node.auditEvents?.length ?? 0) > 0).length).toBeGreaterThan(5);
    expect(await statementsDuring(large)).toBe(await statementsDuring(small));
  });

  it('refuses malformed filters as bad input', async () => {
    expect(await errorCode(() => ctx.owner.SecurityEvents({ filter: { userId: 'nope' } }))).toBe('BAD_USER_INPUT');
    expect(await errorCode(() => ctx.owner.SecurityEvents({ after: 'bogus' }))).toBe('BAD_USER_INPUT');
  });
});
