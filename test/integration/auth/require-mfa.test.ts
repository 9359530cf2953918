import { describe, expect, it } from 'vitest';
import { TOTP, URI } from 'otpauth';
import { createUserWithSets, errorCode, failure } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';
import { login } from './helpers';
import { EventStream } from '../subscriptions/stream';

const ctx = useCluster();

describe('requireMfa policy on permission sets', () => {
  it('keeps a holder (through inheritance) out of everything but enrolment until TOTP is on', async () => {
    const { createPermissionSet: gate } = await ctx.owner.CreatePermissionSet({
      input: { name: `gate-${Date.now()}`, requireMfa: true, grants: [{ effect: 'ALLOW' as never, action: 'audit:read', scope: { kind: 'ALL' as never } }] },
    });
    expect(gate.requireMfa).toBe(true);
    const { createPermissionSet: child } = await ctx.owner.CreatePermissionSet({ input: { name: `child-${Date.now()}`, parentIds: [gate.id] } });
    expect(child.requireMfa).toBe(false);
    const { user, email, password } = await createUserWithSets(ctx.owner, ['Viewer']);
    await ctx.owner.AssignPermissionSet({ userId: user.id, permissionSetId: child.id });

    const { client } = await login(ctx.node, email, password);
    expect((await client.Me()).me).toMatchObject({ id: user.id, mfaEnabled: false });
    const blocked = await failure(() => client.Users({ first: 5 }));
    expect(blocked.code).toBe('FORBIDDEN');
    expect(blocked.message).toMatch(/requires a second factor: enroll with enrollTotp/);
    expect(await errorCode(() => client.Sessions({ first: 5 }))).toBe('FORBIDDEN');
    expect(await errorCode(() => client.ChangePassword({ currentPassword: password, newPassword: 'another-password-42' }))).toBe('FORBIDDEN');
    // Subscriptions are authorized when opened with the same rule: refused there too.
    const refused = ctx.track(new EventStream(client.UserChanged(), 'UserChanged before enrolment'));
    const outcome = await refused.end('opening UserChanged before enrolment', 3_000);
    expect(outcome.events).toEqual([]);
    expect((outcome.error as { code?: string } | undefined)?.code).toBe('FORBIDDEN');

    const { enrollTotp } = await client.EnrollTotp();
    const totp = URI.parse(enrollTotp.otpauthUri) as TOTP;
    await client.ConfirmTotp({ code: totp.generate() });
    expect((await client.Users({ first: 5 })).users.edges.length).toBeGreaterThan(0);
    expect((await client.Sessions({ first: 5 })).sessions.edges).toHaveLength(1);
  });

  it('can be switched on for an existing set, and then applies to its holders', async () => {
    const { createPermissionSet: set } = await ctx.owner.CreatePermissionSet({ input: { name: `later-${Date.now()}` } });
    const { user, email, password } = await createUserWithSets(ctx.owner, ['Viewer']);
    await ctx.owner.AssignPermissionSet({ userId: user.id, permissionSetId: set.id });
    const { client } = await login(ctx.node, email, password);
    expect((await client.Users({ first: 1 })).users.edges.length).toBe(1);

    const { updatePermissionSet } = await ctx.owner.UpdatePermissionSet({ id: set.id, input: { requireMfa: true } });
    expect(updatePermissionSet.requireMfa).toBe(true);
    expect(await errorCode(() => client.Users({ first: 1 }))).toBe('FORBIDDEN');
    // Built-in sets cannot be edited, so nobody can lock everyone out through them.
    expect(await errorCode(() => ctx.owner.UpdatePermissionSet({ id: ctx.builtins.Viewer, input: { requireMfa: true } }))).toBe('FORBIDDEN');
    expect((await client.Me()).me.id).toBe(user.id);
    expect((await client.Logout()).logout).toBe(true);
  });
});
