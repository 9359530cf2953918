import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ControlPlaneClient } from '../../../sdk';
import { DEFAULT_PASSWORD, builtinSetIds, createUserWithSets, uniqueEmail } from '../../fixtures/seed';
import { startCluster, type TestCluster, type TestNode } from '../../fixtures/test-node';

let cluster: TestCluster;
let node: TestNode;
let owner: ControlPlaneClient;
let target: { id: string; email: string };
let sets: Awaited<ReturnType<typeof builtinSetIds>>;

const UNKNOWN = '0190a000-0000-7000-8000-000000000000';
const MALFORMED = 'not-a-uuid';

beforeAll(async () => {
  cluster = await startCluster();
  node = cluster.nodes[0]!;
  owner = await node.owner();
  const created = await createUserWithSets(owner, ['Viewer']);
  target = { id: created.user.id, email: created.email };
  sets = await builtinSetIds(owner);
});
afterAll(async () => {
  await cluster?.close();
});

/** The SDK's error, flattened to what the contract promises: code and the offending field. */
async function failure(fn: () => Promise<unknown>): Promise<{ code?: string; field?: string; message: string }> {
  try {
    await fn();
  } catch (e) {
    const err = e as { code?: string; errors?: Array<{ extensions?: { field?: string } }>; message: string };
    return { code: err.code, field: err.errors?.[0]?.extensions?.field, message: err.message };
  }
  throw new Error('expected the call to fail, but it succeeded');
}

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
    expect(await failure(() => owner.CreateUser({ input }))).toMatchObject({ code: 'BAD_USER_INPUT', field });
    // Nothing was created under that address.
    if (input.email.includes('@')) {
      const { users } = await owner.Users({ filter: { search: input.email } });
      expect(users.totalCount).toBe(0);
    }
  });

  it('createUser: a bad label key names input.labels', async () => {
    const res = await failure(() => owner.CreateUser({ input: { ...valid(), labels: { 'bad key!': 'v' } } }));
    expect(res.code).toBe('BAD_USER_INPUT');
    expect(res.field).toMatch(/^input\.labels/);
  });

  it('createUser: a 12-character password is accepted (boundary)', async () => {
    const { createUser } = await owner.CreateUser({ input: { ...valid(), password: 'x'.repeat(12) } });
    expect(createUser.status).toBe('ACTIVE');
  });

  it.each([
    ['invalid email', { email: 'nope@' }, 'input.email'],
    ['empty name', { name: '' }, 'input.name'],
  ])('updateUser: %s', async (_label, input, field) => {
    expect(await failure(() => owner.UpdateUser({ id: target.id, input }))).toMatchObject({ code: 'BAD_USER_INPUT', field });
    const { user } = await owner.User({ id: target.id });
    expect(user.email).toBe(target.email);
    expect(user.name).not.toBe('');
  });

  it('changePassword: a short new password names newPassword and changes nothing', async () => {
    const me = await createUserWithSets(owner, ['Viewer']);
    const client = await node.clientFor(me.email, me.password);
    expect(await failure(() => client.ChangePassword({ currentPassword: me.password, newPassword: 'short' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'newPassword',
    });
    expect(await failure(() => client.ChangePassword({ currentPassword: 'wrong-password-123', newPassword: 'another-long-password' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'currentPassword',
    });
    // The old password still works.
    await expect(node.clientFor(me.email, me.password)).resolves.toBeTruthy();
  });

  it('assignPermissionSet: an expiry in the past names expiresAt', async () => {
    const res = await failure(() =>
      owner.AssignPermissionSet({ userId: target.id, permissionSetId: sets.Developer, expiresAt: '2000-01-01T00:00:00Z' }),
    );
    expect(res).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expiresAt' });
  });

  it('assignPermissionSet: a non-date expiresAt is BAD_USER_INPUT, not INTERNAL', async () => {
    const res = await failure(() => owner.AssignPermissionSet({ userId: target.id, permissionSetId: sets.Developer, expiresAt: 'tomorrow' }));
    expect(res.code).toBe('BAD_USER_INPUT');
  });

  it('users: a malformed permissionSetId filter names filter.permissionSetId', async () => {
    expect(await failure(() => owner.Users({ filter: { permissionSetId: MALFORMED } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.permissionSetId',
    });
  });

  it('auditLogs: a malformed actorId filter is BAD_USER_INPUT, not INTERNAL', async () => {
    expect(await failure(() => owner.AuditLogs({ filter: { actorId: MALFORMED } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.actorId',
    });
  });

  it('auditLogs: from after to is fine (empty), not an error', async () => {
    const { auditLogs } = await owner.AuditLogs({ filter: { from: '2030-01-02T00:00:00Z', to: '2030-01-01T00:00:00Z' } });
    expect(auditLogs.edges).toEqual([]);
  });
});

describe('unknown and malformed ids are NOT_FOUND, never INTERNAL', () => {
  const byId: Array<[string, (id: string) => Promise<unknown>]> = [
    ['user', (id) => owner.User({ id })],
    ['permissionSet', (id) => owner.PermissionSet({ id })],
    ['updateUser', (id) => owner.UpdateUser({ id, input: { name: 'Renamed' } })],
    ['suspendUser', (id) => owner.SuspendUser({ id })],
    ['reactivateUser', (id) => owner.ReactivateUser({ id })],
    ['deleteUser', (id) => owner.DeleteUser({ id })],
    ['restoreUser', (id) => owner.RestoreUser({ id })],
    ['revokeSession', (id) => owner.RevokeSession({ id })],
    ['assignPermissionSet (user)', (id) => owner.AssignPermissionSet({ userId: id, permissionSetId: sets.Viewer })],
    ['assignPermissionSet (set)', (id) => owner.AssignPermissionSet({ userId: target.id, permissionSetId: id })],
    ['revokePermissionSet (user)', (id) => owner.RevokePermissionSet({ userId: id, permissionSetId: sets.Viewer })],
    ['revokePermissionSet (set)', (id) => owner.RevokePermissionSet({ userId: target.id, permissionSetId: id })],
  ];

  it.each(byId)('%s with an unknown id', async (_name, call) => {
    expect((await failure(() => call(UNKNOWN))).code).toBe('NOT_FOUND');
  });

  it.each(byId)('%s with a malformed id', async (_name, call) => {
    expect((await failure(() => call(MALFORMED))).code).toBe('NOT_FOUND');
  });

  it('createUser with an unknown permission set id is NOT_FOUND and creates no user', async () => {
    const email = uniqueEmail('ghost');
    const res = await failure(() => owner.CreateUser({ input: { email, name: 'Ghost', password: DEFAULT_PASSWORD, permissionSetIds: [UNKNOWN] } }));
    expect(res.code).toBe('NOT_FOUND');
    expect((await owner.Users({ filter: { search: email } })).users.totalCount).toBe(0);
  });
});
