import { beforeAll, describe, expect, it } from 'vitest';
import type { ControlPlaneClient } from '../../../sdk';
import { DEFAULT_PASSWORD, createUserWithSets, errorCode, member, uniqueEmail } from '../../fixtures/seed';
import { OWNER_EMAIL, useCluster } from '../../fixtures/test-node';

const ctx = useCluster();
let admin: ControlPlaneClient;
let adminId: string;
let viewer: ControlPlaneClient;
let developer: ControlPlaneClient;

beforeAll(async () => {
  const a = await member(ctx.node, ctx.owner, ['Admin'], { prefix: 'admin' });
  adminId = a.id;
  admin = a.client;
  viewer = (await member(ctx.node, ctx.owner, ['Viewer'], { prefix: 'viewer' })).client;
  developer = (await member(ctx.node, ctx.owner, ['Developer'], { prefix: 'dev' })).client;
});

/** A plain user to act on, plus a live session of theirs to watch for revocation. */
async function target() {
  const t = await createUserWithSets(ctx.owner, ['Viewer'], { prefix: 'target' });
  return { ...t, id: t.user.id, session: await ctx.node.clientFor(t.email, t.password) };
}

const statusOf = async (id: string) => (await ctx.owner.User({ id })).user.status;

describe('createUser', () => {
  it('Admin creates a user; the email is stored lower-cased and the user can log in', async () => {
    const email = uniqueEmail('MiXeD');
    const { createUser } = await admin.CreateUser({ input: { email, name: '  Padded Name  ', password: DEFAULT_PASSWORD } });
    expect(createUser).toMatchObject({ email: email.toLowerCase(), name: 'Padded Name', status: 'ACTIVE', deletedAt: null });
    const client = await ctx.node.clientFor(email.toLowerCase(), DEFAULT_PASSWORD);
    expect((await client.Me()).me.id).toBe(createUser.id);
  });

  it('Viewer and Developer are FORBIDDEN and nothing is created', async () => {
    for (const caller of [viewer, developer]) {
      const email = uniqueEmail('nope');
      expect(await errorCode(() => caller.CreateUser({ input: { email, name: 'x', password: DEFAULT_PASSWORD } }))).toBe('FORBIDDEN');
      expect((await ctx.owner.Users({ filter: { search: email } })).users.totalCount).toBe(0);
    }
  });

  it('a duplicate email (any case) is CONFLICT naming input.email', async () => {
    const t = await target();
    const err = await admin.CreateUser({ input: { email: t.email.toUpperCase(), name: 'Dup', password: DEFAULT_PASSWORD } }).catch((e) => e);
    expect(err.code).toBe('CONFLICT');
    expect(err.errors[0].extensions.field).toBe('input.email');
  });
});

describe('updateUser', () => {
  it('Admin renames and re-addresses a user', async () => {
    const t = await target();
    const email = uniqueEmail('moved');
    const { updateUser } = await admin.UpdateUser({ id: t.id, input: { name: 'Renamed', email } });
    expect(updateUser).toMatchObject({ name: 'Renamed', email });
    expect(new Date(updateUser.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(t.user.updatedAt).getTime());
    // Omitted fields are left alone.
    const { updateUser: again } = await admin.UpdateUser({ id: t.id, input: { name: 'Renamed Twice' } });
    expect(again.email).toBe(email);
  });

  it('Viewer is FORBIDDEN and the user is unchanged', async () => {
    const t = await target();
    expect(await errorCode(() => viewer.UpdateUser({ id: t.id, input: { name: 'Hacked' } }))).toBe('FORBIDDEN');
    expect((await ctx.owner.User({ id: t.id })).user.name).toBe(t.user.name);
  });

  it("taking another user's email is CONFLICT", async () => {
    const [a, b] = [await target(), await target()];
    expect(await errorCode(() => admin.UpdateUser({ id: a.id, input: { email: b.email.toUpperCase() } }))).toBe('CONFLICT');
    expect((await ctx.owner.User({ id: a.id })).user.email).toBe(a.email);
  });

  it('Admin cannot update the Owner (FORBIDDEN)', async () => {
    expect(await errorCode(() => admin.UpdateUser({ id: ctx.ownerId, input: { name: 'Pwned' } }))).toBe('FORBIDDEN');
    expect((await ctx.owner.Me()).me.email).toBe(OWNER_EMAIL);
  });
});

describe('suspendUser and reactivateUser', () => {
  it('suspend: SUSPENDED, sessions revoked at once, login refused; a second suspend is CONFLICT', async () => {
    const t = await target();
    const { suspendUser } = await admin.SuspendUser({ id: t.id });
    expect(suspendUser.status).toBe('SUSPENDED');
    expect(await errorCode(() => t.session.Me())).toBe('UNAUTHENTICATED');
    expect(await errorCode(() => ctx.node.clientFor(t.email, t.password))).toBe('UNAUTHENTICATED');
    expect(await errorCode(() => admin.SuspendUser({ id: t.id }))).toBe('CONFLICT');
    expect(await statusOf(t.id)).toBe('SUSPENDED');
  });

  it('reactivate: ACTIVE again and can log in; reactivating an active user is CONFLICT', async () => {
    const t = await target();
    await admin.SuspendUser({ id: t.id });
    const { reactivateUser } = await admin.ReactivateUser({ id: t.id });
    expect(reactivateUser.status).toBe('ACTIVE');
    await expect(ctx.node.clientFor(t.email, t.password)).resolves.toBeTruthy();
    expect(await errorCode(() => admin.ReactivateUser({ id: t.id }))).toBe('CONFLICT');
  });

  it('Viewer is FORBIDDEN on both, and nothing changes', async () => {
    const t = await target();
    expect(await errorCode(() => viewer.SuspendUser({ id: t.id }))).toBe('FORBIDDEN');
    expect(await statusOf(t.id)).toBe('ACTIVE');
    await admin.SuspendUser({ id: t.id });
    expect(await errorCode(() => viewer.ReactivateUser({ id: t.id }))).toBe('FORBIDDEN');
    expect(await statusOf(t.id)).toBe('SUSPENDED');
  });

  it('nobody can suspend themselves', async () => {
    for (const [client, id] of [[admin, adminId], [ctx.owner, ctx.ownerId]] as const) {
      expect(await errorCode(() => client.SuspendUser({ id }))).toBe('BAD_USER_INPUT');
      expect(await statusOf(id)).toBe('ACTIVE');
    }
  });

  it('Admin cannot suspend the Owner (FORBIDDEN), the Owner stays ACTIVE', async () => {
    expect(await errorCode(() => admin.SuspendUser({ id: ctx.ownerId }))).toBe('FORBIDDEN');
    expect(await statusOf(ctx.ownerId)).toBe('ACTIVE');
    await expect(ctx.owner.Me()).resolves.toBeTruthy();
  });
});

describe('deleteUser and restoreUser', () => {
  it('delete is soft: DELETED with deletedAt, still readable by id, sessions and login gone', async () => {
    const t = await target();
    const before = Date.now();
    const { deleteUser } = await admin.DeleteUser({ id: t.id });
    expect(deleteUser.status).toBe('DELETED');
    expect(new Date(deleteUser.deletedAt!).getTime()).toBeGreaterThanOrEqual(before - 5_000);
    const { user } = await admin.User({ id: t.id });
    expect(user).toMatchObject({ id: t.id, status: 'DELETED', email: t.email });
    expect(user.deletedAt).toBe(deleteUser.deletedAt);
    expect(await errorCode(() => t.session.Me())).toBe('UNAUTHENTICATED');
    expect(await errorCode(() => ctx.node.clientFor(t.email, t.password))).toBe('UNAUTHENTICATED');
  });

  it('a deleted user cannot be deleted, suspended or reactivated again (CONFLICT)', async () => {
    const t = await target();
    await admin.DeleteUser({ id: t.id });
    expect(await errorCode(() => admin.DeleteUser({ id: t.id }))).toBe('CONFLICT');
    expect(await errorCode(() => admin.SuspendUser({ id: t.id }))).toBe('CONFLICT');
    expect(await errorCode(() => admin.ReactivateUser({ id: t.id }))).toBe('CONFLICT');
    expect(await statusOf(t.id)).toBe('DELETED');
  });

  it('a suspended user can be deleted', async () => {
    const t = await target();
    await admin.SuspendUser({ id: t.id });
    expect((await admin.DeleteUser({ id: t.id })).deleteUser.status).toBe('DELETED');
  });

  it('restore: ACTIVE, deletedAt cleared, can log in; restoring an active user is CONFLICT', async () => {
    const t = await target();
    await admin.DeleteUser({ id: t.id });
    const { restoreUser } = await admin.RestoreUser({ id: t.id });
    expect(restoreUser).toMatchObject({ status: 'ACTIVE', deletedAt: null });
    await expect(ctx.node.clientFor(t.email, t.password)).resolves.toBeTruthy();
    expect(await errorCode(() => admin.RestoreUser({ id: t.id }))).toBe('CONFLICT');
  });

  it('Viewer is FORBIDDEN on delete and restore', async () => {
    const t = await target();
    expect(await errorCode(() => viewer.DeleteUser({ id: t.id }))).toBe('FORBIDDEN');
    expect(await statusOf(t.id)).toBe('ACTIVE');
    await admin.DeleteUser({ id: t.id });
    expect(await errorCode(() => viewer.RestoreUser({ id: t.id }))).toBe('FORBIDDEN');
    expect(await statusOf(t.id)).toBe('DELETED');
  });

  it('nobody can delete themselves; Admin cannot delete the Owner', async () => {
    expect(await errorCode(() => admin.DeleteUser({ id: adminId }))).toBe('BAD_USER_INPUT');
    expect(await statusOf(adminId)).toBe('ACTIVE');
    expect(await errorCode(() => admin.DeleteUser({ id: ctx.ownerId }))).toBe('FORBIDDEN');
    expect(await statusOf(ctx.ownerId)).toBe('ACTIVE');
  });
});

describe('changePassword', () => {
  it('any signed-in user changes their own password: new one works, old one does not', async () => {
    const t = await target();
    const next = 'a-brand-new-password-42';
    expect((await t.session.ChangePassword({ currentPassword: t.password, newPassword: next })).changePassword).toBe(true);
    await expect(ctx.node.clientFor(t.email, next)).resolves.toBeTruthy();
    expect(await errorCode(() => ctx.node.clientFor(t.email, t.password))).toBe('UNAUTHENTICATED');
  });

  it('the same password again is BAD_USER_INPUT', async () => {
    const t = await target();
    expect(await errorCode(() => t.session.ChangePassword({ currentPassword: t.password, newPassword: t.password }))).toBe('BAD_USER_INPUT');
  });

  it('anonymous callers are UNAUTHENTICATED', async () => {
    expect(await errorCode(() => ctx.node.anonymous().ChangePassword({ currentPassword: DEFAULT_PASSWORD, newPassword: 'whatever-long-enough' }))).toBe(
      'UNAUTHENTICATED',
    );
  });
});

describe('concurrency', () => {
  it('concurrent creates with one email: exactly one succeeds, the rest are CONFLICT (never INTERNAL)', async () => {
    const email = uniqueEmail('race');
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) => admin.CreateUser({ input: { email: i % 2 ? email.toUpperCase() : email, name: `Racer ${i}`, password: DEFAULT_PASSWORD } })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const codes = results.flatMap((r) => (r.status === 'rejected' ? [(r.reason as { code?: string }).code] : []));
    expect(codes).toEqual(Array(5).fill('CONFLICT'));
    expect((await ctx.owner.Users({ filter: { search: email } })).users.totalCount).toBe(1);
  });

  it('concurrent renames of several users to one email: one wins, the rest are CONFLICT naming input.email', async () => {
    const email = uniqueEmail('race-update');
    const users = await Promise.all(Array.from({ length: 6 }, () => target()));
    const results = await Promise.allSettled(users.map((u) => admin.UpdateUser({ id: u.id, input: { email } })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as { code?: string; errors: Array<{ extensions?: { field?: string } }> }] : []));
    expect(rejected.map((e) => [e.code, e.errors[0]?.extensions?.field])).toEqual(Array(5).fill(['CONFLICT', 'input.email']));
  });

  it('concurrent suspends of one user: one succeeds, the others are CONFLICT', async () => {
    const t = await target();
    const results = await Promise.allSettled(Array.from({ length: 4 }, () => admin.SuspendUser({ id: t.id })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const codes = results.flatMap((r) => (r.status === 'rejected' ? [(r.reason as { code?: string }).code] : []));
    expect(codes).toEqual(Array(3).fill('CONFLICT'));
  });
});
