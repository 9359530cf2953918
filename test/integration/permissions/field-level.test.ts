import { describe, expect, it } from 'vitest';
import { createUserWithSets, member, uniqueEmail } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';
import { allow, customSet } from './features.helpers';

// Sensitive fields have their own read permission: User.email (users:readEmail) and audit values (audit:readValues).
const ctx = useCluster();

describe('User.email', () => {
  it('is null for a Viewer reading others, present for their own record and for a Developer', async () => {
    const viewer = await member(ctx.node, ctx.owner, ['Viewer']);
    const developer = await member(ctx.node, ctx.owner, ['Developer']);
    const other = await createUserWithSets(ctx.owner, []);

    const seenByViewer = (await viewer.client.User({ id: other.user.id })).user;
    expect(seenByViewer.name).toBe(other.user.name);
    expect(seenByViewer.email).toBeNull();
    expect((await viewer.client.Me()).me.email).toBe(viewer.email);
    expect((await viewer.client.User({ id: viewer.id })).user.email).toBe(viewer.email);
    const list = (await viewer.client.Users({ first: 100 })).users.edges.map((e) => e.node);
    expect(list.find((u) => u.id === other.user.id)?.email).toBeNull();
    expect(list.find((u) => u.id === viewer.id)?.email).toBe(viewer.email);

    expect((await developer.client.User({ id: other.user.id })).user.email).toBe(other.email);
    const devList = (await developer.client.Users({ first: 100 })).users.edges.map((e) => e.node);
    expect(devList.every((u) => typeof u.email === 'string')).toBe(true);
  });

  it('cannot be probed through search by someone who may not read it', async () => {
    const viewer = await member(ctx.node, ctx.owner, ['Viewer']);
    const developer = await member(ctx.node, ctx.owner, ['Developer']);
    const email = uniqueEmail('secret-agent');
    await ctx.owner.CreateUser({ input: { email, name: 'Nameless', password: 'a-long-enough-password' } });
    const probe = email.slice(0, email.indexOf('@'));
    expect((await viewer.client.Users({ filter: { search: probe } })).users.totalCount).toBe(0);
    expect((await viewer.client.Users({ filter: { search: viewer.email } })).users.totalCount).toBe(1);
    expect((await developer.client.Users({ filter: { search: probe } })).users.totalCount).toBe(1);
  });

  it('follows a label-scoped users:readEmail', async () => {
    const set = await customSet(ctx.owner, 'Payments emails', [allow('users:read'), allow('users:readEmail', { kind: 'LABELS', labels: { team: 'payments' } })]);
    const reader = await member(ctx.node, ctx.owner, []);
    await ctx.owner.AssignPermissionSet({ userId: reader.id, permissionSetId: set.id });
    const payments = await createUserWithSets(ctx.owner, [], { labels: { team: 'payments' } });
    const core = await createUserWithSets(ctx.owner, [], { labels: { team: 'core' } });
    expect((await reader.client.User({ id: payments.user.id })).user.email).toBe(payments.email);
    expect((await reader.client.User({ id: core.user.id })).user.email).toBeNull();
  });
});

describe('audit before/after values', () => {
  it('are hidden without audit:readValues (Developer) and shown with it (Admin); the changed field names stay', async () => {
    const developer = await member(ctx.node, ctx.owner, ['Developer']);
    const admin = await member(ctx.node, ctx.owner, ['Admin']);
    const target = await createUserWithSets(ctx.owner, []);
    await ctx.owner.UpdateUser({ id: target.user.id, input: { name: 'Secret new name' } });
    const filter = { action: 'user.updated', targetId: target.user.id };

    const [devEvent] = (await developer.client.AuditLogs({ first: 5, filter })).auditLogs.edges.map((e) => e.node);
    expect(devEvent?.changes).toEqual({ name: {} });
    expect(JSON.stringify(devEvent)).not.toContain('Secret new name');

    const [adminEvent] = (await admin.client.AuditLogs({ first: 5, filter })).auditLogs.edges.map((e) => e.node);
    expect(adminEvent?.id).toBe(devEvent?.id);
    expect(adminEvent?.changes).toEqual({ name: { before: target.user.name, after: 'Secret new name' } });
  });

  it('a direct audit:readValues grant shows the values to a Developer', async () => {
    const developer = await member(ctx.node, ctx.owner, ['Developer']);
    await ctx.owner.GrantPermission({ userId: developer.id, grant: allow('audit:readValues') });
    const target = await createUserWithSets(ctx.owner, []);
    await ctx.owner.UpdateUser({ id: target.user.id, input: { name: 'Visible now' } });
    const [event] = (await developer.client.AuditLogs({ first: 1, filter: { action: 'user.updated', targetId: target.user.id } })).auditLogs.edges;
    expect(event?.node.changes).toEqual({ name: { before: target.user.name, after: 'Visible now' } });
  });

  it('permissionHistory follows the same rule: values only with audit:readValues', async () => {
    const set = await customSet(ctx.owner, 'History values', [allow('audit:read')]);
    const u = await member(ctx.node, ctx.owner, []);
    await ctx.owner.AssignPermissionSet({ userId: u.id, permissionSetId: set.id });
    const viewer = await member(ctx.node, ctx.owner, ['Viewer']);
    const admin = await member(ctx.node, ctx.owner, ['Admin']);

    const asAdmin = (await admin.client.PermissionHistory({ userId: u.id })).permissionHistory.edges.map((e) => e.node);
    expect(asAdmin[0]).toMatchObject({ action: 'permission_set.assigned', changes: { permissionSets: { after: { setId: set.id, name: set.name } } } });

    for (const client of [viewer.client, u.client]) {
      const events = (await client.PermissionHistory({ userId: u.id })).permissionHistory.edges.map((e) => e.node);
      expect(events.map((e) => e.id)).toEqual(asAdmin.map((e) => e.id));
      expect(events[0]?.changes).toEqual({ permissionSets: {} });
    }
  });
});

describe('PermissionSet contents', () => {
  const query = (token: string, body: string) =>
    fetch(ctx.node.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: body }),
    }).then((r) => r.json() as Promise<{ data: any; errors?: unknown[] }>);

  it("are hidden from a user who may read users but not permission sets, and shown for sets they hold", async () => {
    const set = await customSet(ctx.owner, 'Readers of users', [allow('users:read')]);
    const reader = await createUserWithSets(ctx.owner, []);
    await ctx.owner.AssignPermissionSet({ userId: reader.user.id, permissionSetId: set.id });
    const { login } = await ctx.node.anonymous().Login({ email: reader.email, password: reader.password });

    const owner = await query(login.accessToken, `{ user(id: "${ctx.ownerId}") { permissionSets { name grants { action } parents { name grants { action } } } } }`);
    expect(owner.errors).toBeUndefined();
    expect(owner.data.user.permissionSets).toEqual([{ name: 'Owner', grants: [], parents: [] }]);

    const me = await query(login.accessToken, '{ me { permissionSets { name grants { action } } } }');
    expect(me.data.me.permissionSets).toEqual([{ name: set.name, grants: [{ action: 'users:read' }] }]);
  });
});
