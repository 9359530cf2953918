import { describe, expect, it } from 'vitest';
import { createUserWithSets, errorCode, failure, member } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';
import { allow, customSet, deny, uniqueSetName } from './features.helpers';

const ctx = useCluster();

const scopeOf = (g: { scope: { kind: string; ids?: string[] | null; labels?: unknown } }) => ({
  kind: g.scope.kind,
  ids: g.scope.ids ?? null,
  labels: g.scope.labels ?? null,
});
const shapeOf = (grants: Array<{ effect: string; action: string; scope: { kind: string; ids?: string[] | null; labels?: unknown } }>) =>
  grants.map((g) => ({ effect: g.effect, action: g.action, scope: scopeOf(g) })).sort((a, b) => a.action.localeCompare(b.action));

describe('creating and editing custom sets', () => {
  it('creates a set with grants of every scope kind and parents; it reads back the same and is listed', async () => {
    const parent = await customSet(ctx.owner, 'Audit readers', [allow('audit:read')]);
    const name = uniqueSetName('Payments ops');
    const { createPermissionSet: set } = await ctx.owner.CreatePermissionSet({
      input: {
        name,
        description: 'Runs the payments team',
        grants: [
          allow('users:write', { kind: 'LABELS', labels: { team: 'payments' } }),
          deny('users:write', { kind: 'LABELS', labels: { role: 'lead' } }),
          allow('sessions:revoke', { kind: 'IDS', ids: ['0190a000-0000-7000-8000-000000000001'] }),
          allow('sessions:read', { kind: 'SELF' }),
        ],
        parentIds: [ctx.builtins.Viewer, parent.id],
      },
    });
    expect(set).toMatchObject({ name, description: 'Runs the payments team', isBuiltin: false });
    expect(set.parents.map((p) => p.name).sort()).toEqual([parent.name, 'Viewer'].sort());
    expect(shapeOf(set.grants)).toEqual([
      { effect: 'ALLOW', action: 'sessions:read', scope: { kind: 'SELF', ids: null, labels: null } },
      { effect: 'ALLOW', action: 'sessions:revoke', scope: { kind: 'IDS', ids: ['0190a000-0000-7000-8000-000000000001'], labels: null } },
      { effect: 'ALLOW', action: 'users:write', scope: { kind: 'LABELS', ids: null, labels: { team: 'payments' } } },
      { effect: 'DENY', action: 'users:write', scope: { kind: 'LABELS', ids: null, labels: { role: 'lead' } } },
    ].sort((a, b) => a.action.localeCompare(b.action)));

    const read = (await ctx.owner.PermissionSet({ id: set.id })).permissionSet;
    expect(shapeOf(read.grants)).toEqual(shapeOf(set.grants));
    const listed = (await ctx.owner.PermissionSets({ first: 100 })).permissionSets;
    expect(listed.edges.map((e) => e.node.id)).toContain(set.id);
    expect(listed.totalCount).toBe(listed.edges.length);
  });

  it('a holder gets the set’s own grants and the inherited ones', async () => {
    const parent = await customSet(ctx.owner, 'Parent audit', [allow('audit:read')]);
    const child = await customSet(ctx.owner, 'Child email', [allow('users:readEmail')], [parent.id, ctx.builtins.Viewer]);
    const holder = await member(ctx.node, ctx.owner, []);
    expect(await errorCode(() => holder.client.AuditLogs({ first: 1 }))).toBe('FORBIDDEN');
    await ctx.owner.AssignPermissionSet({ userId: holder.id, permissionSetId: child.id });
    expect((await holder.client.AuditLogs({ first: 1 })).auditLogs.edges).toHaveLength(1);
    const other = await createUserWithSets(ctx.owner, []);
    expect((await holder.client.User({ id: other.user.id })).user.email).toBe(other.email);
  });

  it('updates name, description and replaces the grants; the holder’s rights follow on the next request', async () => {
    const set = await customSet(ctx.owner, 'Editable', [allow('audit:read'), allow('users:read')]);
    const holder = await member(ctx.node, ctx.owner, []);
    await ctx.owner.AssignPermissionSet({ userId: holder.id, permissionSetId: set.id });
    expect((await holder.client.AuditLogs({ first: 1 })).auditLogs.edges).toHaveLength(1);

    const name = uniqueSetName('Renamed');
    const { updatePermissionSet: updated } = await ctx.owner.UpdatePermissionSet({
      id: set.id,
      input: { name, description: 'Now only emails', grants: [allow('users:readEmail', { kind: 'LABELS', labels: { team: 'core' } })] },
    });
    expect(updated).toMatchObject({ id: set.id, name, description: 'Now only emails' });
    expect(shapeOf(updated.grants)).toEqual([{ effect: 'ALLOW', action: 'users:readEmail', scope: { kind: 'LABELS', ids: null, labels: { team: 'core' } } }]);
    expect((await ctx.owner.PermissionSet({ id: set.id })).permissionSet.name).toBe(name);
    expect(await errorCode(() => holder.client.AuditLogs({ first: 1 }))).toBe('FORBIDDEN');

    // A name-only update keeps the grants.
    const { updatePermissionSet: renamed } = await ctx.owner.UpdatePermissionSet({ id: set.id, input: { description: 'desc only' } });
    expect(renamed.grants).toHaveLength(1);
    expect(renamed.name).toBe(name);
  });

  it('clones a custom set (grants and parents, new id, editable) and a built-in one', async () => {
    const parent = await customSet(ctx.owner, 'Clone parent', [allow('audit:read')]);
    const source = await customSet(ctx.owner, 'Clone source', [allow('users:read'), deny('users:readEmail', { kind: 'LABELS', labels: { pii: 'yes' } })], [parent.id]);
    const name = uniqueSetName('Clone copy');
    const { clonePermissionSet: copy } = await ctx.owner.ClonePermissionSet({ id: source.id, name });
    expect(copy.id).not.toBe(source.id);
    expect(copy).toMatchObject({ name, isBuiltin: false });
    expect(copy.description).toContain(source.name);
    expect(shapeOf(copy.grants)).toEqual(shapeOf(source.grants));
    expect(copy.parents.map((p) => p.id)).toEqual([parent.id]);
    // Editing the copy leaves the source alone.
    await ctx.owner.UpdatePermissionSet({ id: copy.id, input: { grants: [] } });
    expect((await ctx.owner.PermissionSet({ id: source.id })).permissionSet.grants).toHaveLength(2);

    const { clonePermissionSet: adminCopy } = await ctx.owner.ClonePermissionSet({ id: ctx.builtins.Admin, name: uniqueSetName('My admin') });
    expect(adminCopy.isBuiltin).toBe(false);
    expect(adminCopy.parents.map((p) => p.name)).toEqual(['Developer']);
    expect(adminCopy.grants.map((g) => g.action).sort()).toEqual(['alerts:*', 'apiKeys:read', 'audit:*', 'cache:*', 'errors:read', 'metrics:*', 'permissionSets:assign', 'permissionSets:delegate', 'ratelimit:read', 'reports:*', 'security:read', 'security:unlock', 'sessions:*', 'users:*']);
    expect((await ctx.owner.UpdatePermissionSet({ id: adminCopy.id, input: { description: 'mine' } })).updatePermissionSet.description).toBe('mine');
  });

  it('adds and removes a parent; the holder gains and loses the inherited grants', async () => {
    const parent = await customSet(ctx.owner, 'Addable parent', [allow('audit:read')]);
    const child = await customSet(ctx.owner, 'Addable child', [allow('users:read')]);
    const holder = await member(ctx.node, ctx.owner, []);
    await ctx.owner.AssignPermissionSet({ userId: holder.id, permissionSetId: child.id });
    expect(await errorCode(() => holder.client.AuditLogs({ first: 1 }))).toBe('FORBIDDEN');

    const added = (await ctx.owner.AddPermissionSetParent({ setId: child.id, parentId: parent.id })).addPermissionSetParent;
    expect(added.parents.map((p) => p.id)).toEqual([parent.id]);
    expect((await holder.client.AuditLogs({ first: 1 })).auditLogs.edges).toHaveLength(1);
    expect(await errorCode(() => ctx.owner.AddPermissionSetParent({ setId: child.id, parentId: parent.id }))).toBe('CONFLICT');

    const removed = (await ctx.owner.RemovePermissionSetParent({ setId: child.id, parentId: parent.id })).removePermissionSetParent;
    expect(removed.parents).toEqual([]);
    expect(await errorCode(() => holder.client.AuditLogs({ first: 1 }))).toBe('FORBIDDEN');
    expect(await errorCode(() => ctx.owner.RemovePermissionSetParent({ setId: child.id, parentId: parent.id }))).toBe('NOT_FOUND');
  });
});

describe('deleting custom sets', () => {
  it('deletes an unheld set; it is gone', async () => {
    const set = await customSet(ctx.owner, 'Unheld', [allow('audit:read')]);
    expect((await ctx.owner.DeletePermissionSet({ id: set.id })).deletePermissionSet).toBe(true);
    expect(await errorCode(() => ctx.owner.PermissionSet({ id: set.id }))).toBe('NOT_FOUND');
  });

  it('refuses to delete a held set with CONFLICT; force deletes it, strips the holders, and audits them', async () => {
    const set = await customSet(ctx.owner, 'Held', [allow('audit:read')]);
    const a = await member(ctx.node, ctx.owner, []);
    const b = await member(ctx.node, ctx.owner, []);
    for (const h of [a, b]) await ctx.owner.AssignPermissionSet({ userId: h.id, permissionSetId: set.id });
    expect((await a.client.AuditLogs({ first: 1 })).auditLogs.edges).toHaveLength(1);

    const refused = await failure(() => ctx.owner.DeletePermissionSet({ id: set.id }));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toMatch(/2 user\(s\)/);
    expect(await errorCode(() => ctx.owner.DeletePermissionSet({ id: set.id, force: false }))).toBe('CONFLICT');
    expect((await ctx.owner.PermissionSet({ id: set.id })).permissionSet.id).toBe(set.id);

    expect((await ctx.owner.DeletePermissionSet({ id: set.id, force: true })).deletePermissionSet).toBe(true);
    expect(await errorCode(() => ctx.owner.PermissionSet({ id: set.id }))).toBe('NOT_FOUND');
    expect(await errorCode(() => a.client.AuditLogs({ first: 1 }))).toBe('FORBIDDEN');
    expect((await ctx.owner.User({ id: b.id })).user.permissionSets).toEqual([]);

    const { auditLogs } = await ctx.owner.AuditLogs({ first: 5, filter: { action: 'permission_set.deleted', targetId: set.id } });
    expect(auditLogs.edges).toHaveLength(1);
    const event = auditLogs.edges[0]!.node;
    expect(event.outcome).toBe('SUCCESS');
    expect(event.metadata).toMatchObject({ forced: true });
    expect([...(event.metadata!.holders as string[])].sort()).toEqual([a.id, b.id].sort());
    expect(event.changes).toMatchObject({ name: { before: set.name } });
  });

  it('refuses to delete a set other sets inherit from (CONFLICT naming them), even with force', async () => {
    const parent = await customSet(ctx.owner, 'Inherited', [allow('audit:read')]);
    const child = await customSet(ctx.owner, 'Inheritor', [], [parent.id]);
    for (const force of [false, true]) {
      const refused = await failure(() => ctx.owner.DeletePermissionSet({ id: parent.id, force }));
      expect(refused.code).toBe('CONFLICT');
      expect(refused.message).toContain(child.name);
    }
    await ctx.owner.RemovePermissionSetParent({ setId: child.id, parentId: parent.id });
    expect((await ctx.owner.DeletePermissionSet({ id: parent.id })).deletePermissionSet).toBe(true);
  });
});

describe('validation', () => {
  it('a duplicate name is CONFLICT on create, update and clone', async () => {
    const existing = await customSet(ctx.owner, 'Taken', []);
    const other = await customSet(ctx.owner, 'Other', []);
    expect(await errorCode(() => ctx.owner.CreatePermissionSet({ input: { name: existing.name } }))).toBe('CONFLICT');
    expect(await errorCode(() => ctx.owner.CreatePermissionSet({ input: { name: 'Viewer' } }))).toBe('CONFLICT');
    expect(await errorCode(() => ctx.owner.UpdatePermissionSet({ id: other.id, input: { name: existing.name } }))).toBe('CONFLICT');
    expect(await errorCode(() => ctx.owner.ClonePermissionSet({ id: other.id, name: existing.name }))).toBe('CONFLICT');
  });

  it('an unknown action is BAD_USER_INPUT naming the field, on create, update and direct grants', async () => {
    const created = await failure(() =>
      ctx.owner.CreatePermissionSet({ input: { name: uniqueSetName('Bad'), grants: [allow('users:read'), allow('users:fly')] } }),
    );
    expect(created).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.grants.1.action' });
    // extensions.field keeps the dotted path; the message names the field as a person writes it.
    expect(created.message).toMatch(/^input\.grants\[1\]\.action is not an action from the catalogue/);

    const set = await customSet(ctx.owner, 'Valid', []);
    expect(await failure(() => ctx.owner.UpdatePermissionSet({ id: set.id, input: { grants: [allow('nope')] } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.grants.0.action',
    });
    const { user } = await createUserWithSets(ctx.owner, []);
    expect(await failure(() => ctx.owner.GrantPermission({ userId: user.id, grant: allow('users:*:*') }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'grant.action',
    });
  });

  it('a LABELS scope without labels (or IDS without ids) is BAD_USER_INPUT naming the field', async () => {
    expect(
      await failure(() => ctx.owner.CreatePermissionSet({ input: { name: uniqueSetName('No labels'), grants: [allow('users:read', { kind: 'LABELS' })] } })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.grants.0.scope.labels' });
    expect(
      await failure(() => ctx.owner.CreatePermissionSet({ input: { name: uniqueSetName('Empty labels'), grants: [allow('users:read', { kind: 'LABELS', labels: {} })] } })),
    ).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(
      await failure(() => ctx.owner.CreatePermissionSet({ input: { name: uniqueSetName('No ids'), grants: [allow('users:read', { kind: 'IDS', ids: [] })] } })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.grants.0.scope.ids' });
  });

  it('refuses an inheritance cycle A > B > C > A with BAD_USER_INPUT showing the path; the graph is unchanged', async () => {
    const c = await customSet(ctx.owner, 'Cycle C', [allow('audit:read')]);
    const b = await customSet(ctx.owner, 'Cycle B', [], [c.id]);
    const a = await customSet(ctx.owner, 'Cycle A', [], [b.id]);
    const refused = await failure(() => ctx.owner.AddPermissionSetParent({ setId: c.id, parentId: a.id }));
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(refused.message).toContain(`${c.name} > ${a.name} > ${b.name} > ${c.name}`);
    expect(refused.field).toBe('parentId');

    const self = await failure(() => ctx.owner.AddPermissionSetParent({ setId: a.id, parentId: a.id }));
    expect(self.code).toBe('BAD_USER_INPUT');
    expect(self.message).toContain(`${a.name} > ${a.name}`);

    expect((await ctx.owner.PermissionSet({ id: c.id })).permissionSet.parents).toEqual([]);
    // A holder of the top set still resolves the whole chain.
    const holder = await member(ctx.node, ctx.owner, []);
    await ctx.owner.AssignPermissionSet({ userId: holder.id, permissionSetId: a.id });
    const check = await ctx.owner.CheckPermission({ userId: holder.id, action: 'audit:read', resource: { type: 'audit' } });
    expect(check.checkPermission.deciding?.source.path).toEqual([a.name, b.name, c.name]);
  });

  it('unknown parent ids are NOT_FOUND and built-in sets cannot be edited or deleted', async () => {
    expect(await errorCode(() => ctx.owner.CreatePermissionSet({ input: { name: uniqueSetName('Orphan'), parentIds: ['0190a000-0000-7000-8000-0000000000ff'] } }))).toBe(
      'NOT_FOUND',
    );
    expect(await errorCode(() => ctx.owner.UpdatePermissionSet({ id: ctx.builtins.Viewer, input: { description: 'x' } }))).toBe('FORBIDDEN');
    expect(await errorCode(() => ctx.owner.DeletePermissionSet({ id: ctx.builtins.Viewer, force: true }))).toBe('FORBIDDEN');
  });
});
