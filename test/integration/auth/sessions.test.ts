import { describe, expect, it } from 'vitest';
import { createUserWithSets, errorCode } from '../../fixtures/seed';
import { sdk, useCluster } from '../../fixtures/test-node';
import { auditRows, currentSessionId, failure, login } from './helpers';

const ctx = useCluster();

type Sets = Parameters<typeof createUserWithSets>[1];

/** A user with two independent sessions (two logins), as on two devices. */
async function userWithTwoSessions(sets: Sets = ['Viewer']) {
  const { user, email, password } = await createUserWithSets(ctx.owner, sets);
  const a = await login(ctx.node, email, password);
  const b = await login(ctx.node, email, password);
  return { user, email, password, a, b, aId: await currentSessionId(a.client), bId: await currentSessionId(b.client) };
}

describe('logout', () => {
  it('revokes the current session at once and only that one', async () => {
    const { user, a, b, aId } = await userWithTwoSessions();
    expect((await a.client.Me()).me.id).toBe(user.id);
    expect((await a.client.Logout()).logout).toBe(true);

    expect(await errorCode(() => a.client.Me())).toBe('UNAUTHENTICATED');
    expect((await b.client.Me()).me.id).toBe(user.id);
    const { sessions } = await b.client.Sessions({ first: 10 });
    expect(sessions.edges.map((e) => e.node.id)).not.toContain(aId);

    const rows = (await auditRows(ctx.owner, 'session.revoked')).filter((r) => r.targetId === aId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: user.id, outcome: 'SUCCESS' });
  });

  it('cannot log out twice with the same token', async () => {
    const { a } = await userWithTwoSessions();
    await a.client.Logout();
    expect(await errorCode(() => a.client.Logout())).toBe('UNAUTHENTICATED');
  });
});

describe('sessions', () => {
  it("lists the viewer's own live sessions with exactly one marked current", async () => {
    const { email, password } = await createUserWithSets(ctx.owner, ['Viewer']);
    const first = await login(ctx.node, email, password);
    const device = ctx.track(sdk.createClient({ url: ctx.node.url, wsUrl: ctx.node.wsUrl, headers: { 'user-agent': 'auth-test-device/1.0' } }));
    const { login: second } = await device.Login({ email, password });
    device.setToken(second.accessToken);

    const { sessions } = await device.Sessions({ first: 10 });
    expect(sessions.edges).toHaveLength(2);
    const current = sessions.edges.filter((e) => e.node.current);
    expect(current).toHaveLength(1);
    expect(current[0]!.node.userAgent).toBe('auth-test-device/1.0');
    for (const { node: s } of sessions.edges) {
      expect(s.ip).toBeTruthy();
      expect(new Date(s.expiresAt).getTime()).toBeGreaterThan(Date.now());
      expect(new Date(s.lastUsedAt).getTime()).toBeGreaterThanOrEqual(new Date(s.createdAt).getTime());
    }
    // Newest first.
    expect(sessions.edges[0]!.node.current).toBe(true);

    // Seen from the other session, the other one is current.
    const fromFirst = await first.client.Sessions({ first: 10 });
    const currentFromFirst = fromFirst.sessions.edges.filter((e) => e.node.current).map((e) => e.node.id);
    expect(currentFromFirst).toEqual([sessions.edges[1]!.node.id]);
  });

  it("never lists another user's sessions, not even for the owner", async () => {
    const { aId, bId } = await userWithTwoSessions();
    const { sessions } = await ctx.owner.Sessions({ first: 100 });
    const ids = sessions.edges.map((e) => e.node.id);
    expect(ids).not.toContain(aId);
    expect(ids).not.toContain(bId);
  });

  it('paginates with first/after', async () => {
    const { a, aId, bId } = await userWithTwoSessions();
    const page1 = await a.client.Sessions({ first: 1 });
    expect(page1.sessions.edges.map((e) => e.node.id)).toEqual([bId]);
    expect(page1.sessions.pageInfo.hasNextPage).toBe(true);
    const page2 = await a.client.Sessions({ first: 1, after: page1.sessions.pageInfo.endCursor });
    expect(page2.sessions.edges.map((e) => e.node.id)).toEqual([aId]);
    expect(page2.sessions.pageInfo.hasNextPage).toBe(false);
  });
});

describe('revokeSession', () => {
  it("revokes the viewer's own other session", async () => {
    const { user, a, b, bId } = await userWithTwoSessions();
    expect((await a.client.RevokeSession({ id: bId })).revokeSession).toBe(true);
    expect(await errorCode(() => b.client.Me())).toBe('UNAUTHENTICATED');
    expect(await errorCode(() => ctx.node.anonymous().RefreshSession({ refreshToken: b.refreshToken }))).toBe('UNAUTHENTICATED');
    expect((await a.client.Me()).me.id).toBe(user.id);
    const { sessions } = await a.client.Sessions({ first: 10 });
    expect(sessions.edges.map((e) => e.node.id)).not.toContain(bId);
  });

  it("refuses a Viewer revoking someone else's session, which keeps working", async () => {
    const victim = await userWithTwoSessions();
    const attacker = await userWithTwoSessions(['Viewer']);
    const error = await failure(() => attacker.a.client.RevokeSession({ id: victim.aId }));
    expect(error.code).toBe('FORBIDDEN');
    expect((await victim.a.client.Me()).me.id).toBe(victim.user.id);

    expect((await auditRows(ctx.owner, 'session.revoked')).filter((r) => r.targetId === victim.aId)).toHaveLength(0);
    const denied = (await auditRows(ctx.owner, 'access.denied')).filter((r) => r.actorId === attacker.user.id);
    expect(denied).toHaveLength(1);
    expect(denied[0]).toMatchObject({ outcome: 'DENIED', metadata: expect.objectContaining({ path: 'revokeSession' }) });
  });

  it("refuses a Developer too (no sessions:revoke on others)", async () => {
    const victim = await userWithTwoSessions();
    const developer = await userWithTwoSessions(['Developer']);
    expect(await errorCode(() => developer.a.client.RevokeSession({ id: victim.aId }))).toBe('FORBIDDEN');
  });

  it("lets an Admin revoke another user's session", async () => {
    const victim = await userWithTwoSessions();
    const admin = await userWithTwoSessions(['Admin']);
    expect((await admin.a.client.RevokeSession({ id: victim.aId })).revokeSession).toBe(true);
    expect(await errorCode(() => victim.a.client.Me())).toBe('UNAUTHENTICATED');
    expect((await victim.b.client.Me()).me.id).toBe(victim.user.id);

    const rows = (await auditRows(ctx.owner, 'session.revoked')).filter((r) => r.targetId === victim.aId);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.actorId).toBe(admin.user.id);
  });

  it("refuses an Admin signing out the Owner, whose session keeps working", async () => {
    const admin = await userWithTwoSessions(['Admin']);
    const ownerSession = await currentSessionId(ctx.owner);
    expect(await errorCode(() => admin.a.client.RevokeSession({ id: ownerSession }))).toBe('FORBIDDEN');
    expect((await ctx.owner.Me()).me.email).toBe('owner@example.test');
  });

  it("honours a label-scoped DENY: an Admin barred from team=sec cannot sign out a sec user", async () => {
    const admin = await userWithTwoSessions(['Admin']);
    await ctx.owner.GrantPermission({
      userId: admin.user.id,
      grant: { effect: 'DENY', action: 'sessions:revoke', scope: { kind: 'LABELS', labels: { team: 'sec' } } },
    });
    const sec = await createUserWithSets(ctx.owner, ['Viewer'], { labels: { team: 'sec' } });
    const secSession = await login(ctx.node, sec.email, sec.password);
    const secSessionId = await currentSessionId(secSession.client);
    expect(await errorCode(() => admin.a.client.RevokeSession({ id: secSessionId }))).toBe('FORBIDDEN');
    expect((await secSession.client.Me()).me.id).toBe(sec.user.id);
    // The same Admin still signs out users outside that label (control).
    const other = await userWithTwoSessions();
    expect((await admin.a.client.RevokeSession({ id: other.aId })).revokeSession).toBe(true);
  });

  it('answers NOT_FOUND for unknown or malformed session ids', async () => {
    const { a } = await userWithTwoSessions();
    expect(await errorCode(() => a.client.RevokeSession({ id: '01900000-0000-7000-8000-000000000000' }))).toBe('NOT_FOUND');
    expect(await errorCode(() => a.client.RevokeSession({ id: 'not-a-uuid' }))).toBe('NOT_FOUND');
    expect(await errorCode(() => ctx.owner.RevokeSession({ id: '01900000-0000-7000-8000-000000000000' }))).toBe('NOT_FOUND');
  });

  it('reports false for a session that is already revoked', async () => {
    const { a, b, bId } = await userWithTwoSessions();
    await b.client.Logout();
    expect((await a.client.RevokeSession({ id: bId })).revokeSession).toBe(false);
  });
});

describe('suspending and deleting users', () => {
  it('revokes all their sessions at once, and reactivation does not bring them back', async () => {
    const { user, email, password, a, b } = await userWithTwoSessions();
    expect((await a.client.Me()).me.id).toBe(user.id);
    await ctx.owner.SuspendUser({ id: user.id });
    expect(await errorCode(() => a.client.Me())).toBe('UNAUTHENTICATED');
    expect(await errorCode(() => b.client.Me())).toBe('UNAUTHENTICATED');

    await ctx.owner.ReactivateUser({ id: user.id });
    expect(await errorCode(() => a.client.Me())).toBe('UNAUTHENTICATED');
    expect(await errorCode(() => ctx.node.anonymous().RefreshSession({ refreshToken: b.refreshToken }))).toBe('UNAUTHENTICATED');
    // A fresh login works again.
    const again = await login(ctx.node, email, password);
    expect((await again.client.Me()).me.id).toBe(user.id);
  });

  it('deleting a user revokes their sessions too', async () => {
    const { user, a } = await userWithTwoSessions();
    await ctx.owner.DeleteUser({ id: user.id });
    expect(await errorCode(() => a.client.Me())).toBe('UNAUTHENTICATED');
    await ctx.owner.RestoreUser({ id: user.id });
    expect(await errorCode(() => a.client.Me())).toBe('UNAUTHENTICATED');
  });
});
