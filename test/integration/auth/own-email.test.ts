import { describe, expect, it } from 'vitest';
import { createUserWithSets } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';
import { withToken } from './helpers';
import { enrolledMember, loginWithMfa, nextCode } from './mfa-helpers';

const ctx = useCluster();

/**
 * User.email needs users:readEmail; a sign-in request is anonymous until it succeeds, yet the user
 * who just proved who they are sees their own address in every sign-in payload.
 */
describe('the signed-in user sees their own email in sign-in payloads', () => {
  it('login, then refreshSession, for a user who may not read other emails', async () => {
    const { user, email, password } = await createUserWithSets(ctx.owner, ['Viewer']);
    const { login } = await ctx.node.anonymous().Login({ email, password });
    expect(login.user).toMatchObject({ id: user.id, email });
    const { refreshSession } = await ctx.node.anonymous().RefreshSession({ refreshToken: login.refreshToken });
    expect(refreshSession.user).toMatchObject({ id: user.id, email });
    // The same Viewer does not see the Owner's address: the payload rule is "your own", nothing wider.
    const { user: owner } = await withToken(ctx.node, login.accessToken).User({ id: ctx.ownerId });
    expect(owner.email).toBeNull();
  });

  it('verifyMfa, the second step of a login', async () => {
    const m = await enrolledMember(ctx.node, ctx.owner, ['Viewer']);
    const payload = await loginWithMfa(ctx.node, m.email, m.password, nextCode(m.totp));
    expect(payload.user).toMatchObject({ id: m.id, email: m.email });
  });

  it("login sent with another user's token in the header still shows the new user's own email", async () => {
    const a = await createUserWithSets(ctx.owner, ['Viewer']);
    const b = await createUserWithSets(ctx.owner, ['Viewer']);
    const { login: asA } = await ctx.node.anonymous().Login({ email: a.email, password: a.password });
    const { login: asB } = await withToken(ctx.node, asA.accessToken).Login({ email: b.email, password: b.password });
    expect(asB.user).toMatchObject({ id: b.user.id, email: b.email });
  });
});
