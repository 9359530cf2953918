import { describe, expect, it } from 'vitest';
import { createUserWithSets, errorCode, member } from '../../fixtures/seed';
import { useCluster, type TestNode } from '../../fixtures/test-node';
import { auditRows, failure } from './helpers';
import { enrolledMember, nextCode } from './mfa-helpers';

const ctx = useCluster();

/** Makes every session of the user look as if it authenticated an hour ago (beyond STEP_UP_MAX_AGE). */
async function age(node: TestNode, userId: string) {
  await node.database.sql`update sessions set authenticated_at = now() - interval '1 hour' where user_id = ${userId}`;
}

const customSet = (name: string) => ({
  input: { name, grants: [{ effect: 'ALLOW' as never, action: 'users:read', scope: { kind: 'ALL' as never } }] },
});

describe('step-up authentication', () => {
  it('refuses a permission change on a stale session, unchanged, until reauthenticate with the password', async () => {
    const editor = await member(ctx.node, ctx.owner, ['Owner']);
    await age(ctx.node, editor.id);
    const name = `stale-${Date.now()}`;
    const refused = await failure(() => editor.client.CreatePermissionSet(customSet(name)));
    expect(refused.code).toBe('STEP_UP_REQUIRED');
    expect(refused.errors[0]!.extensions?.methods).toEqual(['PASSWORD']);
    const { permissionSets } = await ctx.owner.PermissionSets({ first: 100 });
    expect(permissionSets.edges.map((e) => e.node.name)).not.toContain(name);

    expect(await errorCode(() => editor.client.Reauthenticate({ password: 'wrong-password-1' }))).toBe('FORBIDDEN');
    expect(await errorCode(() => editor.client.CreatePermissionSet(customSet(name)))).toBe('STEP_UP_REQUIRED');
    const { reauthenticate } = await editor.client.Reauthenticate({ password: editor.password });
    expect(reauthenticate.authLevel).toBe('PASSWORD');
    expect((await editor.client.CreatePermissionSet(customSet(name))).createPermissionSet.name).toBe(name);

    const rows = (await auditRows(ctx.owner, 'auth.reauthenticated')).filter((r) => r.actorId === editor.id);
    expect(rows.map((r) => r.outcome).sort()).toEqual(['FAILURE', 'SUCCESS']);
    expect(JSON.stringify(rows)).not.toContain('wrong-password-1');
  });

  it('guards deleteUser, assignment and grants the same way', async () => {
    const admin = await member(ctx.node, ctx.owner, ['Admin']);
    const target = await createUserWithSets(ctx.owner, ['Viewer']);
    await age(ctx.node, admin.id);
    expect(await errorCode(() => admin.client.DeleteUser({ id: target.user.id }))).toBe('STEP_UP_REQUIRED');
    expect(await errorCode(() => admin.client.AssignPermissionSet({ userId: target.user.id, permissionSetId: ctx.builtins.Developer }))).toBe('STEP_UP_REQUIRED');
    expect(
      await errorCode(() => admin.client.GrantPermission({ userId: target.user.id, grant: { effect: 'ALLOW' as never, action: 'users:read', scope: { kind: 'ALL' as never } } })),
    ).toBe('STEP_UP_REQUIRED');
    const { user } = await ctx.owner.User({ id: target.user.id });
    expect(user?.status).toBe('ACTIVE');
    expect(user?.permissionSets.map((s) => s.name)).toEqual(['Viewer']);

    await admin.client.Reauthenticate({ password: admin.password });
    expect((await admin.client.DeleteUser({ id: target.user.id })).deleteUser.status).toBe('DELETED');
  });

  it('throttles wrong reauthentication attempts', async () => {
    const m = await member(ctx.node, ctx.owner, ['Viewer']);
    const codes: Array<string | undefined> = [];
    for (let i = 0; i < 6; i += 1) codes.push(await errorCode(() => m.client.Reauthenticate({ password: `wrong-password-${i}` })));
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('FORBIDDEN'));
    expect(codes[5]).toBe('RATE_LIMITED');
    // The right password is refused too while the budget is spent.
    expect(await errorCode(() => m.client.Reauthenticate({ password: m.password }))).toBe('RATE_LIMITED');
  });

  it('asks a user with TOTP for a second factor, not the password', async () => {
    const editor = await enrolledMember(ctx.node, ctx.owner, ['Owner']);
    await age(ctx.node, editor.id);
    const refused = await failure(() => editor.client.CreatePermissionSet(customSet(`mfa-${Date.now()}`)));
    expect(refused.code).toBe('STEP_UP_REQUIRED');
    expect(refused.errors[0]!.extensions?.methods).toEqual(['TOTP', 'RECOVERY_CODE']);
    expect(await errorCode(() => editor.client.Reauthenticate({ password: editor.password }))).toBe('STEP_UP_REQUIRED');
    const { reauthenticate } = await editor.client.Reauthenticate({ code: nextCode(editor.totp) });
    expect(reauthenticate.authLevel).toBe('MFA');
    expect((await editor.client.CreatePermissionSet(customSet(`mfa-ok-${Date.now()}`))).createPermissionSet.id).toBeTruthy();
  });

  it('guards rotateEncryptionKey and resetMfa', async () => {
    const owner = await ctx.node.owner();
    const m = await enrolledMember(ctx.node, ctx.owner);
    await age(ctx.node, ctx.ownerId);
    const [before] = await ctx.node.database.sql`select kid from encryption_keys where status = 'ACTIVE'`;
    expect(await errorCode(() => owner.RotateEncryptionKey())).toBe('STEP_UP_REQUIRED');
    expect(await errorCode(() => owner.ResetMfa({ userId: m.id }))).toBe('STEP_UP_REQUIRED');
    const [after] = await ctx.node.database.sql`select kid from encryption_keys where status = 'ACTIVE'`;
    expect(after!.kid).toBe(before!.kid);
    expect((await m.client.Me()).me.mfaEnabled).toBe(true);
    // Other tests in this file use the owner's fixture session: bring it back.
    await ctx.owner.Reauthenticate({ password: 'owner-password-123' });
  });
});
