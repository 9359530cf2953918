import { describe, expect, it } from 'vitest';
import type { ControlPlaneClient } from '../../../sdk';
import { createUserWithSets, errorCode, failure, member } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';
import { allow, customSet, deny, inSeconds } from './features.helpers';

// checkPermission explains itself; effectivePermissions says where every grant comes from.
const ctx = useCluster();

const AUDIT = { type: 'audit' } as const;
const checkOf = async (client: ControlPlaneClient, userId: string, action: string, resource: { type: string; id?: string } = AUDIT) =>
  (await client.CheckPermission({ userId, action, resource })).checkPermission;

/** A user holding Child (which inherits Parent: audit:read), a direct grant and a delegation from an Admin. */
async function richUser() {
  const parent = await customSet(ctx.owner, 'Auditors', [allow('audit:read')]);
  const child = await customSet(ctx.owner, 'Support', [allow('users:read', { kind: 'LABELS', labels: { team: 'support' } })], [parent.id]);
  const u = await member(ctx.node, ctx.owner, []);
  const expiresAt = inSeconds(3600);
  await ctx.owner.AssignPermissionSet({ userId: u.id, permissionSetId: child.id, expiresAt });
  const { grantPermission: direct } = await ctx.owner.GrantPermission({ userId: u.id, grant: allow('users:readEmail', { kind: 'IDS', ids: [u.id] }) });
  const admin = await member(ctx.node, ctx.owner, ['Admin']);
  const { delegatePermissions: delegation } = await admin.client.DelegatePermissions({
    input: { delegateeId: u.id, grants: [allow('sessions:read')], expiresAt: inSeconds(600), reason: 'on call' },
  });
  return { u, parent, child, direct, admin, delegation, expiresAt };
}

describe('checkPermission explains the decision', () => {
  it('names the deciding set and its inheritance path', async () => {
    const { u, parent, child, expiresAt } = await richUser();
    const c = await checkOf(ctx.owner, u.id, 'audit:read');
    expect(c).toMatchObject({ allowed: true, reason: 'ALLOWED', blockingDeny: null });
    expect(c.deciding).toMatchObject({
      effect: 'ALLOW',
      action: 'audit:read',
      scope: { kind: 'ALL' },
      source: { kind: 'SET', setId: parent.id, setName: parent.name, path: [child.name, parent.name] },
    });
    expect(Date.parse(c.deciding!.source.expiresAt!)).toBe(Date.parse(expiresAt));
    expect(c.explanation).toContain(`ALLOW audit:read on all resources`);
    expect(c.explanation).toContain(`set ${parent.name} (via ${child.name} > ${parent.name})`);

    const own = await checkOf(ctx.owner, u.id, 'users:read', { type: 'users', id: (await createUserWithSets(ctx.owner, [], { labels: { team: 'support' } })).user.id });
    expect(own.deciding?.source).toMatchObject({ kind: 'SET', setName: child.name, path: [child.name] });
    expect(own.explanation).toContain('labels {team=support}');
    expect(own.explanation).not.toContain('via');
  });

  it('names a direct grant by id and a delegation by id and delegator', async () => {
    const { u, admin, delegation } = await richUser();
    const other = await createUserWithSets(ctx.owner, []);
    const { grantPermission: write } = await ctx.owner.GrantPermission({ userId: u.id, grant: allow('users:write', { kind: 'IDS', ids: [other.user.id] }) });
    const w = await checkOf(ctx.owner, u.id, 'users:write', { type: 'users', id: other.user.id });
    expect(w).toMatchObject({ allowed: true, reason: 'ALLOWED' });
    expect(w.deciding?.source).toMatchObject({ kind: 'DIRECT', grantId: write.id, setName: null, path: null });
    expect(w.explanation).toContain(`ALLOW users:write on ids [${other.user.id}], from direct grant ${write.id}`);

    const s = await checkOf(ctx.owner, u.id, 'sessions:read', { type: 'sessions' });
    expect(s.allowed).toBe(true);
    expect(s.deciding?.source).toMatchObject({ kind: 'DELEGATION', delegationId: delegation.id, delegatorId: admin.id, expiresAt: delegation.expiresAt });
    expect(s.explanation).toContain(`delegation ${delegation.id} from user ${admin.id}`);
  });

  it('names the DENY that blocked an ALLOW, and says when no ALLOW matched', async () => {
    const block = await customSet(ctx.owner, 'No audit', [deny('audit:read')]);
    const u = await member(ctx.node, ctx.owner, ['Developer']);
    await ctx.owner.AssignPermissionSet({ userId: u.id, permissionSetId: block.id });
    const c = await checkOf(ctx.owner, u.id, 'audit:read');
    expect(c).toMatchObject({ allowed: false, reason: 'EXPLICIT_DENY' });
    expect(c.blockingDeny?.source).toMatchObject({ kind: 'SET', setName: block.name, path: [block.name] });
    expect(c.deciding?.source).toMatchObject({ kind: 'SET', setName: 'Developer', path: ['Developer'] });
    expect(c.explanation).toMatch(new RegExp(`^Denied by explicit DENY audit:read on all resources, from set ${block.name}\\.`));
    expect(c.explanation).toContain('overrides ALLOW audit:read on all resources, from set Developer');
    expect(await errorCode(() => u.client.AuditLogs({ first: 1 }))).toBe('FORBIDDEN');

    const lone = await member(ctx.node, ctx.owner, []);
    await ctx.owner.GrantPermission({ userId: lone.id, grant: deny('audit:read') });
    const l = await checkOf(ctx.owner, lone.id, 'audit:read');
    expect(l).toMatchObject({ allowed: false, reason: 'EXPLICIT_DENY', deciding: null });
    expect(l.explanation).toContain('No ALLOW would have matched either');

    const none = await checkOf(ctx.owner, lone.id, 'sessions:revoke', { type: 'sessions' });
    expect(none).toMatchObject({ allowed: false, reason: 'NO_MATCHING_ALLOW', deciding: null, blockingDeny: null });
    expect(none.explanation).toMatch(/^Denied by default/);
  });

  it('a user may check their own permissions; bad actions and types are BAD_USER_INPUT', async () => {
    const u = await member(ctx.node, ctx.owner, ['Viewer']);
    expect((await checkOf(u.client, u.id, 'users:read', { type: 'users', id: u.id })).allowed).toBe(true);
    expect(await failure(() => checkOf(ctx.owner, u.id, 'users:*', { type: 'users' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'action' });
    expect(await failure(() => checkOf(ctx.owner, u.id, 'users:read', { type: 'audit' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'resource.type' });
    expect(await failure(() => checkOf(ctx.owner, u.id, 'users:read', { type: 'widgets' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'resource.type' });
  });
});

describe('effectivePermissions', () => {
  it('lists every grant with its source: baseline, set with path, direct with grantId, delegation', async () => {
    const { u, parent, child, direct, admin, delegation, expiresAt } = await richUser();
    const grants = (await ctx.owner.EffectivePermissions({ userId: u.id })).effectivePermissions;
    const byKind = (kind: string) => grants.filter((g) => g.source.kind === kind);

    expect(byKind('BASELINE').map((g) => `${g.action}/${g.scope.kind}`).sort()).toEqual(
      ['apiKeys:read/SELF', 'apiKeys:write/SELF', 'permissionSets:read/SELF', 'sessions:read/SELF', 'sessions:revoke/SELF', 'users:read/SELF', 'users:readEmail/SELF'].sort(),
    );
    expect(byKind('SET').map((g) => ({ action: g.action, setId: g.source.setId, path: g.source.path })).sort((a, b) => a.action.localeCompare(b.action))).toEqual([
      { action: 'audit:read', setId: parent.id, path: [child.name, parent.name] },
      { action: 'users:read', setId: child.id, path: [child.name] },
    ]);
    expect(byKind('SET').every((g) => Date.parse(g.source.expiresAt!) === Date.parse(expiresAt))).toBe(true);
    expect(byKind('DIRECT')).toEqual([expect.objectContaining({ action: 'users:readEmail', scope: expect.objectContaining({ kind: 'IDS', ids: [u.id] }), source: expect.objectContaining({ grantId: direct.id }) })]);
    expect(byKind('DELEGATION')).toEqual([
      expect.objectContaining({
        action: 'sessions:read',
        source: expect.objectContaining({ delegationId: delegation.id, delegatorId: admin.id, expiresAt: delegation.expiresAt }),
      }),
    ]);
    expect(grants).toHaveLength(7 + 2 + 1 + 1);

    // The user reads exactly the same about themselves.
    expect((await u.client.EffectivePermissions({ userId: u.id })).effectivePermissions).toEqual(grants);
  });

  it('a user with only the baseline sees the baseline; built-in inheritance shows its path', async () => {
    const bare = await member(ctx.node, ctx.owner, []);
    const own = (await bare.client.EffectivePermissions({ userId: bare.id })).effectivePermissions;
    expect(own.map((g) => g.source.kind)).toEqual(Array(7).fill('BASELINE'));

    const { user: adminUser } = await createUserWithSets(ctx.owner, ['Admin']);
    const adminGrants = (await ctx.owner.EffectivePermissions({ userId: adminUser.id })).effectivePermissions;
    const viewerRead = adminGrants.find((g) => g.source.setId === ctx.builtins.Viewer && g.action === 'users:read');
    expect(viewerRead?.source.path).toEqual(['Admin', 'Developer', 'Viewer']);
  });

  it('someone else’s permissions are FORBIDDEN without permissionSets:read; a Viewer may read them', async () => {
    const bare = await member(ctx.node, ctx.owner, []);
    const { user: other } = await createUserWithSets(ctx.owner, ['Developer']);
    expect(await errorCode(() => bare.client.EffectivePermissions({ userId: other.id }))).toBe('FORBIDDEN');
    expect(await errorCode(() => bare.client.CheckPermission({ userId: other.id, action: 'audit:read', resource: AUDIT }))).toBe('FORBIDDEN');
    expect(await errorCode(() => bare.client.Delegations({ userId: other.id }))).toBe('FORBIDDEN');
    expect(await errorCode(() => bare.client.PermissionHistory({ userId: other.id }))).toBe('FORBIDDEN');
    expect(await errorCode(() => bare.client.EffectivePermissions({ userId: '0190a000-0000-7000-8000-0000000000ff' }))).toMatch(/NOT_FOUND|FORBIDDEN/);

    const viewer = await member(ctx.node, ctx.owner, ['Viewer']);
    const seen = (await viewer.client.EffectivePermissions({ userId: other.id })).effectivePermissions;
    expect(seen.some((g) => g.action === 'audit:read' && g.source.setName === 'Developer')).toBe(true);
  });
});
