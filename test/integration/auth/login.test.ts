import { describe, expect, it } from 'vitest';
import { DEFAULT_PASSWORD, createUserWithSets, errorCode, uniqueEmail } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';
import { auditRows, failure, login } from './helpers';

const ctx = useCluster();

describe('login', () => {
  it('returns an access token, a refresh token, an expiry and the user', async () => {
    const { user, email, password } = await createUserWithSets(ctx.owner, ['Viewer']);
    const before = Date.now();
    const payload = await login(ctx.node, email, password);
    expect(payload.accessToken.split('.')).toHaveLength(3);
    // Opaque, at least 128 random bits.
    expect(payload.refreshToken).not.toContain('.');
    expect(Buffer.from(payload.refreshToken, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(payload.refreshToken).not.toBe(payload.accessToken);
    // The request is anonymous, but the user is shown to themselves: their own email is visible.
    expect(payload.user).toMatchObject({ id: user.id, email });
    const expiresAt = new Date(payload.expiresAt).getTime();
    expect(expiresAt).toBeGreaterThan(before);
    expect(expiresAt).toBeLessThanOrEqual(before + 16 * 60_000);

    const { me } = await payload.client.Me();
    expect(me).toMatchObject({ id: user.id, email });
    expect(me.lastLoginAt).not.toBeNull();
  });

  it('matches the email case-insensitively', async () => {
    const { user, email, password } = await createUserWithSets(ctx.owner, ['Viewer']);
    const payload = await login(ctx.node, email.toUpperCase(), password);
    expect(payload.user.id).toBe(user.id);
  });

  it('gives every login its own session and tokens', async () => {
    const { email, password } = await createUserWithSets(ctx.owner, ['Viewer']);
    const a = await login(ctx.node, email, password);
    const b = await login(ctx.node, email, password);
    expect(a.accessToken).not.toBe(b.accessToken);
    expect(a.refreshToken).not.toBe(b.refreshToken);
    const { sessions } = await a.client.Sessions({ first: 10 });
    expect(sessions.edges).toHaveLength(2);
  });

  it('refuses wrong password, unknown email and suspended user alike', async () => {
    const active = await createUserWithSets(ctx.owner, ['Viewer']);
    const suspended = await createUserWithSets(ctx.owner, ['Viewer']);
    await ctx.owner.SuspendUser({ id: suspended.user.id });

    const wrongPassword = await failure(() => ctx.node.anonymous().Login({ email: active.email, password: 'not-the-password-1' }));
    const unknownEmail = await failure(() => ctx.node.anonymous().Login({ email: uniqueEmail('ghost'), password: DEFAULT_PASSWORD }));
    const suspendedUser = await failure(() => ctx.node.anonymous().Login({ email: suspended.email, password: suspended.password }));

    for (const error of [wrongPassword, unknownEmail, suspendedUser]) {
      expect(error.code).toBe('UNAUTHENTICATED');
      expect(error.errors).toHaveLength(1);
      expect(error.data).toBeNull();
    }
    // Same message and same extensions: nothing tells the caller which emails exist.
    expect(unknownEmail.message).toBe(wrongPassword.message);
    expect(suspendedUser.message).toBe(wrongPassword.message);
    expect(unknownEmail.errors[0]!.extensions).toEqual(wrongPassword.errors[0]!.extensions);
    expect(suspendedUser.errors[0]!.extensions).toEqual(wrongPassword.errors[0]!.extensions);
    expect(wrongPassword.message).not.toMatch(/suspend|exist|unknown|not found/i);
  });

  it('refuses a deleted user', async () => {
    const { user, email, password } = await createUserWithSets(ctx.owner, ['Viewer']);
    await ctx.owner.DeleteUser({ id: user.id });
    expect(await errorCode(() => ctx.node.anonymous().Login({ email, password }))).toBe('UNAUTHENTICATED');
  });

  it('writes failed logins to the audit trail without the password', async () => {
    const { user, email } = await createUserWithSets(ctx.owner, ['Viewer']);
    const ghost = uniqueEmail('ghost');
    const secretAttempt = 'Wrong-Password-Audit-0001';
    await failure(() => ctx.node.anonymous().Login({ email, password: secretAttempt }));
    await failure(() => ctx.node.anonymous().Login({ email: ghost, password: secretAttempt }));

    const rows = await auditRows(ctx.owner, 'auth.login_failed');
    const forUser = rows.filter((r) => r.targetId === user.id);
    expect(forUser).toHaveLength(1);
    expect(forUser[0]).toMatchObject({ action: 'auth.login_failed', outcome: 'FAILURE', actorType: 'ANONYMOUS', targetType: 'user' });
    expect(forUser[0]!.actorId).toBeNull();
    expect(forUser[0]!.ip).toBeTruthy();
    expect(forUser[0]!.requestId).toBeTruthy();
    // The unknown-email attempt is recorded too, with no target to reveal.
    const anonymousTarget = rows.filter((r) => r.targetId === null);
    expect(anonymousTarget.length).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(rows)).not.toContain(secretAttempt);

    const succeeded = await auditRows(ctx.owner, 'auth.login_succeeded');
    expect(succeeded.some((r) => r.actorId === user.id)).toBe(false);
  });

  it('writes a successful login to the audit trail with the new session', async () => {
    const { user, email, password } = await createUserWithSets(ctx.owner, ['Viewer']);
    const payload = await login(ctx.node, email, password);
    const { sessions } = await payload.client.Sessions({ first: 10 });
    const rows = (await auditRows(ctx.owner, 'auth.login_succeeded')).filter((r) => r.actorId === user.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ outcome: 'SUCCESS', targetType: 'session', targetId: sessions.edges[0]!.node.id });
  });

  it('rejects empty credentials as bad input, never a 500', async () => {
    const error = await failure(() => ctx.node.anonymous().Login({ email: '', password: '' }));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.status).toBeLessThan(500);
  });

});
