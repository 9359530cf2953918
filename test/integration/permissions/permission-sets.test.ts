import { beforeAll, describe, expect, it } from 'vitest';
import type { ControlPlaneClient } from '../../../sdk';
import { DEFAULT_PASSWORD, createUserWithSets, errorCode, member, uniqueEmail, type BuiltinSetName } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';

const ctx = useCluster();
let admin: ControlPlaneClient;
let viewer: ControlPlaneClient;
let developer: ControlPlaneClient;

beforeAll(async () => {
  const login = async (role: BuiltinSetName) => (await member(ctx.node, ctx.owner, [role], { prefix: role.toLowerCase() })).client;
  [admin, viewer, developer] = await Promise.all([login('Admin'), login('Viewer'), login('Developer')]);
});

const setsOf = async (id: string) => (await ctx.owner.User({ id })).user.permissionSets.map((s) => s.name).sort();

describe('permissionSets query', () => {
  it('lists exactly the four built-ins, all immutable, sorted by name', async () => {
    const { permissionSets } = await viewer.PermissionSets({ first: 100 });
    expect(permissionSets.totalCount).toBe(4);
    expect(permissionSets.edges.map((e) => e.node.name)).toEqual(['Admin', 'Developer', 'Owner', 'Viewer']);
    expect(permissionSets.edges.every((e) => e.node.isBuiltin && e.node.description.length > 0)).toBe(true);
    expect(permissionSets.pageInfo.hasNextPage).toBe(false);
  });

  it('pages through with first=1 without gaps or repeats', async () => {
    const names: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i += 1) {
      const res: Awaited<ReturnType<ControlPlaneClient['PermissionSets']>> = await ctx.owner.PermissionSets({ first: 1, after });
      names.push(...res.permissionSets.edges.map((e) => e.node.name));
      if (!res.permissionSets.pageInfo.hasNextPage) break;
      after = res.permissionSets.pageInfo.endCursor;
    }
    expect(names).toEqual(['Admin', 'Developer', 'Owner', 'Viewer']);
  });

  it('permissionSet(id) reads one; first out of bounds is BAD_USER_INPUT', async () => {
    expect((await viewer.PermissionSet({ id: ctx.builtins.Developer })).permissionSet).toMatchObject({ name: 'Developer', isBuiltin: true });
    expect(await errorCode(() => ctx.owner.PermissionSets({ first: 0 }))).toBe('BAD_USER_INPUT');
    expect(await errorCode(() => ctx.owner.PermissionSets({ first: 101 }))).toBe('BAD_USER_INPUT');
  });

  it('a user with no sets sees none of them: an empty, consistent page', async () => {
    const bare = await createUserWithSets(ctx.owner, []);
    const client = await ctx.node.clientFor(bare.email, bare.password);
    // Baseline SELF lets everyone inspect their own permissions, so the list is reachable but empty.
    const page = await client.PermissionSets({ first: 10 });
    expect(page.permissionSets).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    const one = await client.PermissionSet({ id: ctx.builtins.Owner }).catch((e: { code?: string }) => e.code);
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(one);
  });
});

describe('assignPermissionSet / revokePermissionSet', () => {
  it('Admin assigns and revokes a set it holds; the user list reflects both', async () => {
    const { user } = await createUserWithSets(ctx.owner, ['Viewer']);
    expect((await admin.AssignPermissionSet({ userId: user.id, permissionSetId: ctx.builtins.Developer })).assignPermissionSet).toBe(true);
    expect(await setsOf(user.id)).toEqual(['Developer', 'Viewer']);
    expect((await admin.RevokePermissionSet({ userId: user.id, permissionSetId: ctx.builtins.Developer })).revokePermissionSet).toBe(true);
    expect(await setsOf(user.id)).toEqual(['Viewer']);
  });

  it('Admin may hand out Admin (it holds all of it)', async () => {
    const { user } = await createUserWithSets(ctx.owner, []);
    await admin.AssignPermissionSet({ userId: user.id, permissionSetId: ctx.builtins.Admin });
    expect(await setsOf(user.id)).toEqual(['Admin']);
  });

  it('assigning a set twice is idempotent', async () => {
    const { user } = await createUserWithSets(ctx.owner, []);
    await admin.AssignPermissionSet({ userId: user.id, permissionSetId: ctx.builtins.Viewer });
    await admin.AssignPermissionSet({ userId: user.id, permissionSetId: ctx.builtins.Viewer });
    expect(await setsOf(user.id)).toEqual(['Viewer']);
  });

  it('Admin assigning Owner is FORBIDDEN, to others and to itself', async () => {
    const { user } = await createUserWithSets(ctx.owner, ['Viewer']);
    expect(await errorCode(() => admin.AssignPermissionSet({ userId: user.id, permissionSetId: ctx.builtins.Owner }))).toBe('FORBIDDEN');
    expect(await setsOf(user.id)).toEqual(['Viewer']);
    const adminId = (await admin.Me()).me.id;
    expect(await errorCode(() => admin.AssignPermissionSet({ userId: adminId, permissionSetId: ctx.builtins.Owner }))).toBe('FORBIDDEN');
    expect(await setsOf(adminId)).toEqual(['Admin']);
  });

  it('Admin cannot create a user holding Owner; no user is left behind', async () => {
    const email = uniqueEmail('escalate');
    const code = await errorCode(() =>
      admin.CreateUser({ input: { email, name: 'Sneaky', password: DEFAULT_PASSWORD, permissionSetIds: [ctx.builtins.Owner] } }),
    );
    expect(code).toBe('FORBIDDEN');
    expect((await ctx.owner.Users({ filter: { search: email } })).users.totalCount).toBe(0);
  });

  it('Admin cannot revoke Owner from the Owner (FORBIDDEN)', async () => {
    expect(await errorCode(() => admin.RevokePermissionSet({ userId: ctx.ownerId, permissionSetId: ctx.builtins.Owner }))).toBe('FORBIDDEN');
    expect(await setsOf(ctx.ownerId)).toEqual(['Owner']);
  });

  it('Viewer and Developer are FORBIDDEN to assign or revoke anything, even Viewer', async () => {
    const { user } = await createUserWithSets(ctx.owner, ['Viewer']);
    for (const caller of [viewer, developer]) {
      expect(await errorCode(() => caller.AssignPermissionSet({ userId: user.id, permissionSetId: ctx.builtins.Viewer }))).toBe('FORBIDDEN');
      expect(await errorCode(() => caller.RevokePermissionSet({ userId: user.id, permissionSetId: ctx.builtins.Viewer }))).toBe('FORBIDDEN');
    }
    expect(await setsOf(user.id)).toEqual(['Viewer']);
  });

  it('unknown user or set ids are NOT_FOUND; revoking an unassigned set is NOT_FOUND', async () => {
    const { user } = await createUserWithSets(ctx.owner, ['Viewer']);
    const unknown = '0190a000-0000-7000-8000-0000000000ff';
    expect(await errorCode(() => admin.AssignPermissionSet({ userId: unknown, permissionSetId: ctx.builtins.Viewer }))).toBe('NOT_FOUND');
    expect(await errorCode(() => admin.AssignPermissionSet({ userId: user.id, permissionSetId: unknown }))).toBe('NOT_FOUND');
    expect(await errorCode(() => admin.RevokePermissionSet({ userId: unknown, permissionSetId: ctx.builtins.Viewer }))).toBe('NOT_FOUND');
    expect(await errorCode(() => admin.RevokePermissionSet({ userId: user.id, permissionSetId: unknown }))).toBe('NOT_FOUND');
    expect(await errorCode(() => admin.RevokePermissionSet({ userId: user.id, permissionSetId: ctx.builtins.Developer }))).toBe('NOT_FOUND');
  });

  it('an assignment takes effect on the next request of an existing session, and so does its revocation', async () => {
    const v = await createUserWithSets(ctx.owner, ['Viewer']);
    const client = await ctx.node.clientFor(v.email, v.password);
    const input = () => ({ email: uniqueEmail('promoted'), name: 'By promoted', password: DEFAULT_PASSWORD });
    expect(await errorCode(() => client.CreateUser({ input: input() }))).toBe('FORBIDDEN');

    await admin.AssignPermissionSet({ userId: v.user.id, permissionSetId: ctx.builtins.Admin });
    const { createUser } = await client.CreateUser({ input: input() });
    expect(createUser.status).toBe('ACTIVE');

    await admin.RevokePermissionSet({ userId: v.user.id, permissionSetId: ctx.builtins.Admin });
    expect(await errorCode(() => client.CreateUser({ input: input() }))).toBe('FORBIDDEN');
  });

  it('a time-limited assignment is visible and effective until it expires, then gone', async () => {
    const v = await createUserWithSets(ctx.owner, []);
    const client = await ctx.node.clientFor(v.email, v.password);
    const expiresAt = new Date(Date.now() + 1_500).toISOString();
    await admin.AssignPermissionSet({ userId: v.user.id, permissionSetId: ctx.builtins.Developer, expiresAt });
    expect(await setsOf(v.user.id)).toEqual(['Developer']);
    expect((await client.AuditLogs({ first: 1 })).auditLogs.edges).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 2_000));
    expect(await setsOf(v.user.id)).toEqual([]);
    expect(await errorCode(() => client.AuditLogs({ first: 1 }))).toBe('FORBIDDEN');
  });
});
