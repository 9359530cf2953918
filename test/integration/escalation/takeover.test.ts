import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PASSWORD, uniqueEmail } from '../../fixtures/seed';
import { OWNER_EMAIL, OWNER_PASSWORD } from '../../fixtures/test-node';
import { allow, allowed, deny, escalationEnv, expectDeniedAudit, expectRefused, labels, setsOf, snapshotSet, type Actor } from './helpers';

// Acting on someone more privileged than oneself: the user mutations on the Owner, moving users
// (or oneself) across label scopes, and restricting the Owner through a set it holds.
const env = escalationEnv();

describe('an Admin cannot take over or disable the Owner', () => {
  let admin: Actor;
  beforeAll(async () => {
    admin = await env.actor(['Admin']);
  });

  const ownerRecord = async () => {
    const { user } = await env.owner.User({ id: env.ownerId });
    return { name: user.name, email: user.email, status: user.status, labels: user.labels };
  };

  it('updateUser on the Owner (email, name, labels) is FORBIDDEN; the record is unchanged', async () => {
    const before = await ownerRecord();
    await expectRefused(() => admin.client.UpdateUser({ id: env.ownerId, input: { email: uniqueEmail('hijack') } }));
    await expectRefused(() => admin.client.UpdateUser({ id: env.ownerId, input: { name: 'Former owner' } }));
    await expectRefused(() => admin.client.UpdateUser({ id: env.ownerId, input: { labels: { team: 'nowhere' } } }));
    expect(await ownerRecord()).toEqual(before);
    await expectDeniedAudit(env.owner, admin.id, 'UpdateUser');
  });

  it('suspendUser and deleteUser on the Owner are FORBIDDEN; the Owner stays ACTIVE and can still log in', async () => {
    await expectRefused(() => admin.client.SuspendUser({ id: env.ownerId }));
    await expectRefused(() => admin.client.DeleteUser({ id: env.ownerId }));
    expect((await ownerRecord()).status).toBe('ACTIVE');
    const again = await env.node.clientFor(OWNER_EMAIL, OWNER_PASSWORD);
    expect((await again.Me()).me.id).toBe(env.ownerId);
    await expectDeniedAudit(env.owner, admin.id, 'SuspendUser');
  });

  it('the same Admin may still suspend a peer it does not outrank-by (control)', async () => {
    const peer = await env.target({ sets: ['Developer'] });
    const { suspendUser } = await admin.client.SuspendUser({ id: peer });
    expect(suspendUser.status).toBe('SUSPENDED');
  });
});

describe('labels cannot be used to step into a scope one does not control', () => {
  let writer: Actor;
  let colleague: string;
  beforeAll(async () => {
    writer = await env.actorWith([allow('users:write', labels({ team: 'payments' })), allow('users:read')], { labels: { team: 'payments' } });
    colleague = await env.target({ labels: { team: 'payments' } });
  });

  const labelsOf = async (id: string) => (await env.owner.User({ id })).user.labels;

  it('moving a colleague into team=core is FORBIDDEN (it does not control team=core)', async () => {
    await expectRefused(() => writer.client.UpdateUser({ id: colleague, input: { labels: { team: 'core' } } }));
    expect(await labelsOf(colleague)).toEqual({ team: 'payments' });
  });

  it('stripping a colleague\'s labels (out of every scope) is FORBIDDEN', async () => {
    await expectRefused(() => writer.client.UpdateUser({ id: colleague, input: { labels: {} } }));
    expect(await labelsOf(colleague)).toEqual({ team: 'payments' });
  });

  it('relabelling itself into team=core is FORBIDDEN', async () => {
    await expectRefused(() => writer.client.UpdateUser({ id: writer.id, input: { labels: { team: 'core' } } }));
    expect(await labelsOf(writer.id)).toEqual({ team: 'payments' });
  });

  it('creating a user in team=core is FORBIDDEN', async () => {
    const email = uniqueEmail('core');
    await expectRefused(() => writer.client.CreateUser({ input: { email, name: 'x', password: DEFAULT_PASSWORD, labels: { team: 'core' } } }));
    const { users } = await env.owner.Users({ first: 100 });
    expect(users.edges.some((e) => e.node.email === email)).toBe(false);
  });

  it('adding a label inside its own scope is fine (control)', async () => {
    const { updateUser } = await writer.client.UpdateUser({ id: colleague, input: { labels: { team: 'payments', env: 'prod' } } });
    expect(updateUser.labels).toEqual({ team: 'payments', env: 'prod' });
  });

  it('an Admin relabelling itself gains nothing: labels scope what one acts on, not what one may do', async () => {
    const admin = await env.actor(['Admin'], { labels: { team: 'payments' } });
    const scopedSet = await env.customSet([allow('audit:readValues', labels({ team: 'core' }))]);
    await admin.client.UpdateUser({ id: admin.id, input: { labels: { team: 'core' } } });
    expect(await setsOf(env.owner, admin.id)).toEqual(['Admin']);
    expect(await allowed(env.owner, admin.id, 'permissionSets:write')).toBe(false);
    expect((await snapshotSet(env.owner, scopedSet)).grants).toHaveLength(1);
  });
});

describe('restricting the Owner through a set it holds', () => {
  it('a set writer cannot add a DENY to a custom set the Owner holds; the Owner is unaffected', async () => {
    const shared = await env.customSet([allow('users:read')]);
    await env.owner.AssignPermissionSet({ userId: env.ownerId, permissionSetId: shared });
    const writer = await env.actorWith([allow('permissionSets:write'), allow('permissionSets:read'), allow('users:read')]);
    const snap = await snapshotSet(env.owner, shared);
    await expectRefused(() => writer.client.UpdatePermissionSet({ id: shared, input: { grants: [allow('users:read'), deny('*')] } }));
    const lockout = (await writer.client.CreatePermissionSet({ input: { name: uniqueEmail('lockout'), grants: [deny('*')] } })).createPermissionSet.id;
    await expectRefused(() => writer.client.AddPermissionSetParent({ setId: shared, parentId: lockout }));
    expect(await snapshotSet(env.owner, shared)).toEqual(snap);
    expect(await allowed(env.owner, env.ownerId, 'permissionSets:write')).toBe(true);
    await env.owner.RevokePermissionSet({ userId: env.ownerId, permissionSetId: shared });
  });

  it('a set writer cannot strip grants from, unlink or delete a custom set the Owner holds', async () => {
    const parent = await env.customSet([allow('users:read')]);
    const shared = await env.customSet([allow('users:read')], [parent]);
    await env.owner.AssignPermissionSet({ userId: env.ownerId, permissionSetId: shared });
    const writer = await env.actorWith([allow('permissionSets:write'), allow('permissionSets:read'), allow('users:read')]);
    const snap = await snapshotSet(env.owner, shared);
    await expectRefused(() => writer.client.UpdatePermissionSet({ id: shared, input: { grants: [] } }));
    await expectRefused(() => writer.client.RemovePermissionSetParent({ setId: shared, parentId: parent }));
    await expectRefused(() => writer.client.DeletePermissionSet({ id: shared, force: true }));
    expect(await snapshotSet(env.owner, shared)).toEqual(snap);
    expect(await setsOf(env.owner, env.ownerId)).toContain('Owner');
    await env.owner.RevokePermissionSet({ userId: env.ownerId, permissionSetId: shared });
  });

  it('an Admin cannot assign a DENY set to the Owner', async () => {
    const admin = await env.actor(['Admin']);
    const lockout = await env.customSet([deny('users:write')]);
    await expectRefused(() => admin.client.AssignPermissionSet({ userId: env.ownerId, permissionSetId: lockout }));
    expect(await setsOf(env.owner, env.ownerId)).toEqual(['Owner']);
  });
});
