import { beforeAll, describe, expect, it } from 'vitest';
import { uniqueEmail } from '../../fixtures/seed';
import { allow, allowed, deny, escalationEnv, expectDeniedAudit, expectRefused, setNames, snapshotSet, type SetActor } from './helpers';

// Built-in immutability and attacks through inheritance: addPermissionSetParent and
// removePermissionSetParent (and deleting a set) used to gain what one does not hold.
const env = escalationEnv();
const name = () => uniqueEmail('inherit');

describe('built-in sets are immutable, even for the Owner', () => {
  it('update, delete, add-parent-to and remove-parent-from Viewer/Admin are FORBIDDEN; built-ins unchanged', async () => {
    const custom = await env.customSet([allow('users:read')]);
    const before = await Promise.all(['Viewer', 'Admin', 'Owner'].map((n) => snapshotSet(env.owner, env.builtins[n as 'Viewer'])));
    const { Viewer, Developer, Admin, Owner } = env.builtins;
    await expectRefused(() => env.owner.UpdatePermissionSet({ id: Viewer, input: { grants: [allow('*')] } }));
    await expectRefused(() => env.owner.UpdatePermissionSet({ id: Admin, input: { name: 'Admin2', description: 'x' } }));
    await expectRefused(() => env.owner.DeletePermissionSet({ id: Viewer, force: true }));
    await expectRefused(() => env.owner.DeletePermissionSet({ id: Admin, force: true }));
    await expectRefused(() => env.owner.AddPermissionSetParent({ setId: Viewer, parentId: Owner }));
    await expectRefused(() => env.owner.AddPermissionSetParent({ setId: Admin, parentId: custom }));
    await expectRefused(() => env.owner.RemovePermissionSetParent({ setId: Admin, parentId: Developer }));
    await expectRefused(() => env.owner.RemovePermissionSetParent({ setId: Developer, parentId: Viewer }));
    const after = await Promise.all(['Viewer', 'Admin', 'Owner'].map((n) => snapshotSet(env.owner, env.builtins[n as 'Viewer'])));
    expect(after).toEqual(before);
    expect(after[1]!.parents).toEqual(['Developer']);
  });

  it('a clone of a built-in by the Owner works and is editable', async () => {
    const { clonePermissionSet: clone } = await env.owner.ClonePermissionSet({ id: env.builtins.Admin, name: name() });
    expect(clone.isBuiltin).toBe(false);
    expect(clone.parents.map((p) => p.name)).toEqual(['Developer']);
    expect(clone.grants.map((g) => g.action).sort()).toEqual(['alerts:*', 'apiKeys:read', 'audit:*', 'cache:*', 'errors:read', 'metrics:*', 'permissionSets:assign', 'permissionSets:delegate', 'ratelimit:read', 'reports:*', 'security:read', 'security:unlock', 'sessions:*', 'users:*']);
    const { updatePermissionSet } = await env.owner.UpdatePermissionSet({ id: clone.id, input: { grants: [allow('users:read')], description: 'trimmed' } });
    expect(updatePermissionSet.grants.map((g) => g.action)).toEqual(['users:read']);
    await env.owner.RemovePermissionSetParent({ setId: clone.id, parentId: env.builtins.Developer });
    expect(await env.owner.DeletePermissionSet({ id: clone.id })).toMatchObject({ deletePermissionSet: true });
    // The original is untouched.
    expect((await snapshotSet(env.owner, env.builtins.Admin)).grants).toHaveLength(14);
  });
});

describe('a set writer cannot gain through inheritance', () => {
  let writer: SetActor;
  let own: string;
  beforeAll(async () => {
    writer = await env.actorWith([allow('permissionSets:write'), allow('permissionSets:read'), allow('users:read')]);
    own = (await writer.client.CreatePermissionSet({ input: { name: name(), grants: [allow('users:read')] } })).createPermissionSet.id;
  });

  it.each(['Developer', 'Admin', 'Owner'] as const)('adding %s as parent of its own set is FORBIDDEN', async (parent) => {
    const snap = await snapshotSet(env.owner, own);
    await expectRefused(() => writer.client.AddPermissionSetParent({ setId: own, parentId: env.builtins[parent] }));
    expect(await snapshotSet(env.owner, own)).toEqual(snap);
  });

  it('adding a custom audit set as parent of the set it holds is FORBIDDEN; still no audit:read', async () => {
    const auditSet = await env.customSet([allow('audit:read')]);
    await expectRefused(() => writer.client.AddPermissionSetParent({ setId: writer.setId, parentId: auditSet }));
    expect((await snapshotSet(env.owner, writer.setId)).parents).toEqual([]);
    expect(await allowed(env.owner, writer.id, 'audit:read')).toBe(false);
    await expectDeniedAudit(env.owner, writer.id, 'AddPermissionSetParent');
  });

  it('creating a set with a privileged parent is FORBIDDEN', async () => {
    const before = await setNames(env.owner);
    await expectRefused(() => writer.client.CreatePermissionSet({ input: { name: name(), parentIds: [env.builtins.Admin] } }));
    expect(await setNames(env.owner)).toEqual(before);
  });

  it('adding Viewer (which it fully holds) as parent works (control)', async () => {
    const viewerHolder = await env.actorWith([allow('permissionSets:write'), allow('permissionSets:read'), allow('users:read'), allow('alerts:read'), allow('metrics:read'), allow('reports:read')]);
    const mine = (await viewerHolder.client.CreatePermissionSet({ input: { name: name() } })).createPermissionSet.id;
    const { addPermissionSetParent } = await viewerHolder.client.AddPermissionSetParent({ setId: mine, parentId: env.builtins.Viewer });
    expect(addPermissionSetParent.parents.map((p) => p.name)).toEqual(['Viewer']);
  });

  it('a set it does not fully hold cannot be re-parented or stripped of parents', async () => {
    const base = await env.customSet([allow('users:read')]);
    const rich = await env.customSet([allow('audit:read')], [base]);
    const snap = await snapshotSet(env.owner, rich);
    await expectRefused(() => writer.client.RemovePermissionSetParent({ setId: rich, parentId: base }));
    await expectRefused(() => writer.client.AddPermissionSetParent({ setId: rich, parentId: env.builtins.Viewer }));
    expect(await snapshotSet(env.owner, rich)).toEqual(snap);
  });
});

describe('a set writer cannot lift a DENY the Owner placed on it', () => {
  // The Owner gives a writer audit:read and users:*, but denies audit:read in the writer's own set
  // and users:write on leads through a separate restriction set.
  let writer: SetActor;
  let restriction: string;
  let lead: string;
  beforeAll(async () => {
    restriction = await env.customSet([deny('users:write', { kind: 'LABELS', labels: { role: 'lead' } })]);
    writer = await env.actorWith([allow('permissionSets:write'), allow('permissionSets:read'), allow('users:*'), deny('audit:read')]);
    await env.owner.GrantPermission({ userId: writer.id, grant: allow('audit:read') });
    await env.owner.AssignPermissionSet({ userId: writer.id, permissionSetId: restriction });
    lead = await env.target({ labels: { role: 'lead' } });
  });

  const leadWritable = () => allowed(env.owner, writer.id, 'users:write', { type: 'users', id: lead });

  it('removing the DENY audit:read from its own set by update is FORBIDDEN; audit stays closed', async () => {
    const snap = await snapshotSet(env.owner, writer.setId);
    await expectRefused(() =>
      writer.client.UpdatePermissionSet({ id: writer.setId, input: { grants: [allow('permissionSets:write'), allow('permissionSets:read'), allow('users:read')] } }),
    );
    expect(await snapshotSet(env.owner, writer.setId)).toEqual(snap);
    expect(await allowed(env.owner, writer.id, 'audit:read')).toBe(false);
    await expectRefused(() => writer.client.AuditLogs({ first: 1 }));
  });

  it('emptying the restriction set by update is FORBIDDEN; leads stay out of reach', async () => {
    await expectRefused(() => writer.client.UpdatePermissionSet({ id: restriction, input: { grants: [] } }));
    expect((await snapshotSet(env.owner, restriction)).grants).toHaveLength(1);
    expect(await leadWritable()).toBe(false);
    await expectRefused(() => writer.client.UpdateUser({ id: lead, input: { name: 'pwned' } }));
  });

  it('deleting the restriction set (forced) is FORBIDDEN', async () => {
    await expectRefused(() => writer.client.DeletePermissionSet({ id: restriction, force: true }));
    expect((await snapshotSet(env.owner, restriction)).grants).toHaveLength(1);
    expect(await leadWritable()).toBe(false);
  });

  it('removing a parent that carries the DENY is FORBIDDEN', async () => {
    const child = await env.customSet([allow('users:read')], [restriction]);
    await env.owner.AssignPermissionSet({ userId: writer.id, permissionSetId: child });
    await env.owner.RevokePermissionSet({ userId: writer.id, permissionSetId: restriction });
    // Now the DENY reaches the writer only through `child`'s parent edge.
    expect(await leadWritable()).toBe(false);
    await expectRefused(() => writer.client.RemovePermissionSetParent({ setId: child, parentId: restriction }));
    expect((await snapshotSet(env.owner, child)).parents).toHaveLength(1);
    expect(await leadWritable()).toBe(false);
  });

  it('the Owner (who holds what the DENY blocks) may still lift it (control)', async () => {
    const set = await env.customSet([deny('audit:read')]);
    await env.owner.UpdatePermissionSet({ id: set, input: { grants: [] } });
    expect(await env.owner.DeletePermissionSet({ id: set })).toEqual({ deletePermissionSet: true });
  });
});
