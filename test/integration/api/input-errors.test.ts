import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PASSWORD, createUserWithSets, failure, uniqueEmail } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';

const ctx = useCluster();
let target: { id: string; email: string };

const UNKNOWN = '0190a000-0000-7000-8000-000000000000';
const MALFORMED = 'not-a-uuid';

beforeAll(async () => {
  const created = await createUserWithSets(ctx.owner, ['Viewer']);
  target = { id: created.user.id, email: created.email };
});

describe('bad input names the offending field', () => {
  const valid = () => ({ email: uniqueEmail('bad'), name: 'Valid Name', password: DEFAULT_PASSWORD });

  it.each([
    ['invalid email', { email: 'not-an-email' }, 'input.email'],
    ['empty email', { email: '' }, 'input.email'],
    ['short password', { password: 'short' }, 'input.password'],
    ['11-character password', { password: 'x'.repeat(11) }, 'input.password'],
    ['empty name', { name: '' }, 'input.name'],
    ['whitespace-only name', { name: '   ' }, 'input.name'],
    ['malformed permission set id', { permissionSetIds: ['nope'] }, 'input.permissionSetIds.0'],
  ])('createUser: %s', async (_label, patch, field) => {
    const input = { ...valid(), ...patch };
    expect(await failure(() => ctx.owner.CreateUser({ input }))).toMatchObject({ code: 'BAD_USER_INPUT', field });
    // Nothing was created under that address.
    if (input.email.includes('@')) {
      const { users } = await ctx.owner.Users({ filter: { search: input.email } });
      expect(users.totalCount).toBe(0);
    }
  });

  it('createUser: a bad label key names input.labels', async () => {
    const res = await failure(() => ctx.owner.CreateUser({ input: { ...valid(), labels: { 'bad key!': 'v' } } }));
    expect(res.code).toBe('BAD_USER_INPUT');
    expect(res.field).toMatch(/^input\.labels/);
  });

  it('createUser: a 12-character password is accepted (boundary)', async () => {
    const { createUser } = await ctx.owner.CreateUser({ input: { ...valid(), password: 'x'.repeat(12) } });
    expect(createUser.status).toBe('ACTIVE');
  });

  it.each([
    ['invalid email', { email: 'nope@' }, 'input.email'],
    ['empty name', { name: '' }, 'input.name'],
  ])('updateUser: %s', async (_label, input, field) => {
    expect(await failure(() => ctx.owner.UpdateUser({ id: target.id, input }))).toMatchObject({ code: 'BAD_USER_INPUT', field });
    const { user } = await ctx.owner.User({ id: target.id });
    expect(user.email).toBe(target.email);
    expect(user.name).not.toBe('');
  });

  it('changePassword: a short new password names newPassword and changes nothing', async () => {
    const me = await createUserWithSets(ctx.owner, ['Viewer']);
    const client = await ctx.node.clientFor(me.email, me.password);
    expect(await failure(() => client.ChangePassword({ currentPassword: me.password, newPassword: 'short' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'newPassword',
    });
    expect(await failure(() => client.ChangePassword({ currentPassword: 'wrong-password-123', newPassword: 'another-long-password' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'currentPassword',
    });
    // The old password still works.
    await expect(ctx.node.clientFor(me.email, me.password)).resolves.toBeTruthy();
  });

  it('assignPermissionSet: an expiry in the past names expiresAt', async () => {
    const res = await failure(() =>
      ctx.owner.AssignPermissionSet({ userId: target.id, permissionSetId: ctx.builtins.Developer, expiresAt: '2000-01-01T00:00:00Z' }),
    );
    expect(res).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expiresAt' });
  });

  it('assignPermissionSet: a non-date expiresAt is BAD_USER_INPUT, not INTERNAL', async () => {
    const res = await failure(() => ctx.owner.AssignPermissionSet({ userId: target.id, permissionSetId: ctx.builtins.Developer, expiresAt: 'tomorrow' }));
    expect(res.code).toBe('BAD_USER_INPUT');
  });

  it('users: a malformed permissionSetId filter names filter.permissionSetId', async () => {
    expect(await failure(() => ctx.owner.Users({ filter: { permissionSetId: MALFORMED } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.permissionSetId',
    });
  });

  it('auditLogs: a malformed actorId filter is BAD_USER_INPUT, not INTERNAL', async () => {
    expect(await failure(() => ctx.owner.AuditLogs({ filter: { actorId: MALFORMED } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.actorId',
    });
  });

  it('auditLogs: from after to is fine (empty), not an error', async () => {
    const { auditLogs } = await ctx.owner.AuditLogs({ filter: { from: '2030-01-02T00:00:00Z', to: '2030-01-01T00:00:00Z' } });
    expect(auditLogs.edges).toEqual([]);
  });
});

describe('unknown and malformed ids are NOT_FOUND, never INTERNAL', () => {
  const byId: Array<[string, (id: string) => Promise<unknown>]> = [
    ['user', (id) => ctx.owner.User({ id })],
    ['permissionSet', (id) => ctx.owner.PermissionSet({ id })],
    ['updateUser', (id) => ctx.owner.UpdateUser({ id, input: { name: 'Renamed' } })],
    ['suspendUser', (id) => ctx.owner.SuspendUser({ id })],
    ['reactivateUser', (id) => ctx.owner.ReactivateUser({ id })],
    ['deleteUser', (id) => ctx.owner.DeleteUser({ id })],
    ['restoreUser', (id) => ctx.owner.RestoreUser({ id })],
    ['revokeSession', (id) => ctx.owner.RevokeSession({ id })],
    ['assignPermissionSet (user)', (id) => ctx.owner.AssignPermissionSet({ userId: id, permissionSetId: ctx.builtins.Viewer })],
    ['assignPermissionSet (set)', (id) => ctx.owner.AssignPermissionSet({ userId: target.id, permissionSetId: id })],
    ['revokePermissionSet (user)', (id) => ctx.owner.RevokePermissionSet({ userId: id, permissionSetId: ctx.builtins.Viewer })],
    ['revokePermissionSet (set)', (id) => ctx.owner.RevokePermissionSet({ userId: target.id, permissionSetId: id })],
  ];

  it.each(byId)('%s with an unknown id', async (_name, call) => {
    expect((await failure(() => call(UNKNOWN))).code).toBe('NOT_FOUND');
  });

  it.each(byId)('%s with a malformed id', async (_name, call) => {
    expect((await failure(() => call(MALFORMED))).code).toBe('NOT_FOUND');
  });

  it('createUser with an unknown permission set id is NOT_FOUND and creates no user', async () => {
    const email = uniqueEmail('ghost');
    const res = await failure(() => ctx.owner.CreateUser({ input: { email, name: 'Ghost', password: DEFAULT_PASSWORD, permissionSetIds: [UNKNOWN] } }));
    expect(res.code).toBe('NOT_FOUND');
    expect((await ctx.owner.Users({ filter: { search: email } })).users.totalCount).toBe(0);
  });
});
