import { describe, expect, it } from 'vitest';
import { DEFAULT_PASSWORD, createUserWithSets, errorCode } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';
import { auditRows, failure, login } from './helpers';

const ctx = useCluster();

const NEW_PASSWORD = 'a-brand-new-passphrase';

async function signedIn() {
  const { user, email, password } = await createUserWithSets(ctx.owner, ['Viewer']);
  return { ...(await login(ctx.node, email, password)), user, email, password };
}

describe('changePassword', () => {
  it('refuses a wrong current password, naming currentPassword, and keeps the old one', async () => {
    const s = await signedIn();
    const error = await failure(() => s.client.ChangePassword({ currentPassword: 'not-my-password-1', newPassword: NEW_PASSWORD }));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.errors[0]!.extensions?.field).toBe('currentPassword');
    expect(error.status).toBeLessThan(500);
    expect((await login(ctx.node, s.email, s.password)).user.id).toBe(s.user.id);
    expect(await errorCode(() => ctx.node.anonymous().Login({ email: s.email, password: NEW_PASSWORD }))).toBe('UNAUTHENTICATED');
  });

  it('refuses a new password shorter than 12 characters, naming newPassword', async () => {
    const s = await signedIn();
    const error = await failure(() => s.client.ChangePassword({ currentPassword: s.password, newPassword: 'short-pw' }));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.errors[0]!.extensions?.field).toBe('newPassword');
    expect(await errorCode(() => s.client.ChangePassword({ currentPassword: s.password, newPassword: '12345678901' }))).toBe('BAD_USER_INPUT');
    expect((await login(ctx.node, s.email, s.password)).user.id).toBe(s.user.id);
  });

  it('refuses a new password equal to the current one', async () => {
    const s = await signedIn();
    expect(await errorCode(() => s.client.ChangePassword({ currentPassword: s.password, newPassword: s.password }))).toBe('BAD_USER_INPUT');
  });

  it('lets the user log in with the new password only, and audits the change without secrets', async () => {
    const s = await signedIn();
    expect((await s.client.ChangePassword({ currentPassword: DEFAULT_PASSWORD, newPassword: NEW_PASSWORD })).changePassword).toBe(true);

    expect(await errorCode(() => ctx.node.anonymous().Login({ email: s.email, password: DEFAULT_PASSWORD }))).toBe('UNAUTHENTICATED');
    const again = await login(ctx.node, s.email, NEW_PASSWORD);
    expect((await again.client.Me()).me.id).toBe(s.user.id);

    const rows = (await auditRows(ctx.owner, 'user.password_changed')).filter((r) => r.targetId === s.user.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.actorId).toBe(s.user.id);
    const text = JSON.stringify(rows[0]);
    expect(text).not.toContain(NEW_PASSWORD);
    expect(text).not.toContain(DEFAULT_PASSWORD);
    expect(text).not.toContain('$argon2');
  });

  it('is refused to anonymous callers', async () => {
    expect(
      await errorCode(() => ctx.node.anonymous().ChangePassword({ currentPassword: DEFAULT_PASSWORD, newPassword: NEW_PASSWORD })),
    ).toBe('UNAUTHENTICATED');
  });

  it('signs out every other session of the user and keeps the one that changed it', async () => {
    const s = await signedIn();
    const other = await login(ctx.node, s.email, s.password);
    expect((await other.client.Me()).me.id).toBe(s.user.id);
    await s.client.ChangePassword({ currentPassword: s.password, newPassword: NEW_PASSWORD });
    expect(await errorCode(() => other.client.Me())).toBe('UNAUTHENTICATED');
    expect((await s.client.Me()).me.id).toBe(s.user.id);
  });
});
