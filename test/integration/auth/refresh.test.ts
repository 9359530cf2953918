import { describe, expect, it } from 'vitest';
import { createUserWithSets, errorCode } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';
import { auditRows, currentSessionId, failure, login, signAccessToken, withToken } from './helpers';

const ctx = useCluster();

async function freshLogin() {
  const { user, email, password } = await createUserWithSets(ctx.owner, ['Viewer']);
  return { ...(await login(ctx.node, email, password)), user };
}

describe('refresh rotation', () => {
  it('returns new tokens for the same user and session; the new refresh token rotates again', async () => {
    const first = await freshLogin();
    const sessionId = await currentSessionId(first.client);
    const { refreshSession: second } = await ctx.node.anonymous().RefreshSession({ refreshToken: first.refreshToken });
    expect(second.user.id).toBe(first.user.id);
    expect(second.refreshToken).not.toBe(first.refreshToken);

    const client = withToken(ctx.node, second.accessToken);
    expect((await client.Me()).me.id).toBe(first.user.id);
    expect(await currentSessionId(client)).toBe(sessionId);

    const { refreshSession: third } = await ctx.node.anonymous().RefreshSession({ refreshToken: second.refreshToken });
    expect(third.refreshToken).not.toBe(second.refreshToken);
    expect((await withToken(ctx.node, third.accessToken).Me()).me.id).toBe(first.user.id);
  });

  it('kills the used refresh token', async () => {
    const first = await freshLogin();
    await ctx.node.anonymous().RefreshSession({ refreshToken: first.refreshToken });
    const error = await failure(() => ctx.node.anonymous().RefreshSession({ refreshToken: first.refreshToken }));
    expect(error.code).toBe('UNAUTHENTICATED');
  });

  it('revokes the whole session when a used refresh token comes back, and audits it', async () => {
    const first = await freshLogin();
    const sessionId = await currentSessionId(first.client);
    const { refreshSession: second } = await ctx.node.anonymous().RefreshSession({ refreshToken: first.refreshToken });
    const newest = withToken(ctx.node, second.accessToken);
    expect((await newest.Me()).me.id).toBe(first.user.id);

    // The leaked token is replayed.
    expect(await errorCode(() => ctx.node.anonymous().RefreshSession({ refreshToken: first.refreshToken }))).toBe('UNAUTHENTICATED');

    // Every token of that session is dead: the newest access token and the newest refresh token.
    expect(await errorCode(() => newest.Me())).toBe('UNAUTHENTICATED');
    expect(await errorCode(() => first.client.Me())).toBe('UNAUTHENTICATED');
    expect(await errorCode(() => ctx.node.anonymous().RefreshSession({ refreshToken: second.refreshToken }))).toBe('UNAUTHENTICATED');

    const rows = (await auditRows(ctx.owner, 'session.refresh_reuse_detected')).filter((r) => r.targetId === sessionId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ outcome: 'FAILURE', targetType: 'session' });
  });

  it('lets only one of two concurrent refreshes with the same token succeed', async () => {
    const first = await freshLogin();
    const results = await Promise.allSettled([
      ctx.node.anonymous().RefreshSession({ refreshToken: first.refreshToken }),
      ctx.node.anonymous().RefreshSession({ refreshToken: first.refreshToken }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled').length).toBeLessThanOrEqual(1);
    expect(results.filter((r) => r.status === 'rejected').length).toBeGreaterThanOrEqual(1);
  });

  it('refuses garbage, unknown and malformed refresh tokens with UNAUTHENTICATED', async () => {
    for (const refreshToken of ['', 'garbage', 'x'.repeat(43), 'y'.repeat(5000), 'not a token at all ✓✓✓✓✓✓✓✓✓✓✓✓']) {
      const error = await failure(() => ctx.node.anonymous().RefreshSession({ refreshToken }));
      expect(error.code, refreshToken.slice(0, 20)).toBe('UNAUTHENTICATED');
      expect(error.status).toBeLessThan(500);
    }
  });

  it('refuses to refresh a session that was logged out', async () => {
    const first = await freshLogin();
    expect((await first.client.Logout()).logout).toBe(true);
    expect(await errorCode(() => ctx.node.anonymous().RefreshSession({ refreshToken: first.refreshToken }))).toBe('UNAUTHENTICATED');
  });

  it('refuses to refresh the session of a suspended user', async () => {
    const first = await freshLogin();
    await ctx.owner.SuspendUser({ id: first.user.id });
    expect(await errorCode(() => ctx.node.anonymous().RefreshSession({ refreshToken: first.refreshToken }))).toBe('UNAUTHENTICATED');
  });
});

describe('access tokens', () => {
  it('answers a garbage bearer token with HTTP 401 and UNAUTHENTICATED', async () => {
    for (const token of ['garbage', 'a.b.c', 'eyJhbGciOiJIUzI1NiJ9.e30.']) {
      const error = await failure(() => withToken(ctx.node, token).Me());
      expect(error.code, token).toBe('UNAUTHENTICATED');
      expect(error.status, token).toBe(401);
    }
  });

  it('refuses an expired access token', async () => {
    const first = await freshLogin();
    const sessionId = await currentSessionId(first.client);
    const expired = await signAccessToken({ userId: first.user.id, sessionId, expiresAt: new Date(Date.now() - 60_000) });
    const error = await failure(() => withToken(ctx.node, expired).Me());
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.status).toBe(401);
    // The same claims with a future expiry are accepted: the expiry alone made the difference.
    const valid = await signAccessToken({ userId: first.user.id, sessionId, expiresAt: new Date(Date.now() + 60_000) });
    expect((await withToken(ctx.node, valid).Me()).me.id).toBe(first.user.id);
  });

  it('refreshes with the expired access token still in the Authorization header', async () => {
    const first = await freshLogin();
    const sessionId = await currentSessionId(first.client);
    const expired = await signAccessToken({ userId: first.user.id, sessionId, expiresAt: new Date(Date.now() - 60_000) });
    const stale = withToken(ctx.node, expired);
    expect((await failure(() => stale.Me())).errors[0]!.message).toBe('Access token expired');
    const { refreshSession } = await stale.RefreshSession({ refreshToken: first.refreshToken });
    expect((await withToken(ctx.node, refreshSession.accessToken).Me()).me.id).toBe(first.user.id);
  });

  it('refuses tokens signed with another key, for another audience or issuer', async () => {
    const first = await freshLogin();
    const sessionId = await currentSessionId(first.client);
    const base = { userId: first.user.id, sessionId, expiresAt: new Date(Date.now() + 60_000) };
    const forged = [
      await signAccessToken({ ...base, secret: 'another-secret-another-secret-another-secret' }),
      await signAccessToken({ ...base, audience: 'someone-else' }),
      await signAccessToken({ ...base, issuer: 'someone-else' }),
    ];
    for (const token of forged) expect(await errorCode(() => withToken(ctx.node, token).Me())).toBe('UNAUTHENTICATED');
  });

  it("refuses a token whose subject does not own the session", async () => {
    const a = await freshLogin();
    const b = await freshLogin();
    const sessionOfB = await currentSessionId(b.client);
    const token = await signAccessToken({ userId: a.user.id, sessionId: sessionOfB, expiresAt: new Date(Date.now() + 60_000) });
    expect(await errorCode(() => withToken(ctx.node, token).Me())).toBe('UNAUTHENTICATED');
  });

  it('refuses anonymous callers on authenticated operations', async () => {
    const anon = ctx.node.anonymous();
    expect(await errorCode(() => anon.Me())).toBe('UNAUTHENTICATED');
    expect(await errorCode(() => anon.Sessions({ first: 5 }))).toBe('UNAUTHENTICATED');
    expect(await errorCode(() => anon.Logout())).toBe('UNAUTHENTICATED');
    expect(await errorCode(() => anon.RevokeSession({ id: '00000000-0000-7000-8000-000000000000' }))).toBe('UNAUTHENTICATED');
  });
});
