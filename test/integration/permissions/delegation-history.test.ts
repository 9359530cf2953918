import { describe, expect, it } from 'vitest';
import type { ControlPlaneClient } from '../../../sdk';
import { errorCode, failure, member } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';
import { allow, customSet, inSeconds, sleep } from './features.helpers';

const ctx = useCluster();

const canReadAudit = async (client: ControlPlaneClient) => {
  const code = await client.AuditLogs({ first: 1 }).then(
    () => 'OK',
    (e: { code?: string }) => e.code,
  );
  if (code !== 'OK' && code !== 'FORBIDDEN') throw new Error(`unexpected ${code}`);
  return code === 'OK';
};

describe('delegations', () => {
  it('delegate, listed for both sides, used by the delegatee, revoked by the delegatee', async () => {
    const admin = await member(ctx.node, ctx.owner, ['Admin']);
    const b = await member(ctx.node, ctx.owner, []);
    expect(await canReadAudit(b.client)).toBe(false);
    const expiresAt = inSeconds(3600);
    const { delegatePermissions: d } = await admin.client.DelegatePermissions({
      input: { delegateeId: b.id, grants: [allow('audit:read')], expiresAt, reason: 'incident 42' },
    });
    expect(d).toMatchObject({ delegatorId: admin.id, delegateeId: b.id, reason: 'incident 42', revokedAt: null });
    expect(Date.parse(d.expiresAt)).toBe(Date.parse(expiresAt));
    expect(d.grants.map((g) => g.action)).toEqual(['audit:read']);

    // Both sides read it about themselves; the owner reads it about either.
    expect((await admin.client.Delegations({ userId: admin.id })).delegations.map((x) => x.id)).toEqual([d.id]);
    expect((await b.client.Delegations({ userId: b.id })).delegations.map((x) => x.id)).toEqual([d.id]);
    expect((await ctx.owner.Delegations({ userId: b.id })).delegations[0]).toMatchObject({ id: d.id, delegatorId: admin.id });

    expect(await canReadAudit(b.client)).toBe(true);
    expect((await b.client.RevokeDelegation({ id: d.id })).revokeDelegation).toBe(true);
    expect(await canReadAudit(b.client)).toBe(false);
    const [after] = (await admin.client.Delegations({ userId: admin.id })).delegations;
    expect(after?.revokedAt).not.toBeNull();
    expect(await errorCode(() => admin.client.RevokeDelegation({ id: d.id }))).toBe('CONFLICT');
  });

  it('the delegator and an admin may revoke; a stranger may not', async () => {
    const admin = await member(ctx.node, ctx.owner, ['Admin']);
    const otherAdmin = await member(ctx.node, ctx.owner, ['Admin']);
    const b = await member(ctx.node, ctx.owner, []);
    const stranger = await member(ctx.node, ctx.owner, ['Viewer']);
    const give = async () =>
      (await admin.client.DelegatePermissions({ input: { delegateeId: b.id, grants: [allow('audit:read')], expiresAt: inSeconds(600) } })).delegatePermissions;

    const first = await give();
    expect(await errorCode(() => stranger.client.RevokeDelegation({ id: first.id }))).toBe('FORBIDDEN');
    expect(await canReadAudit(b.client)).toBe(true);
    expect((await admin.client.RevokeDelegation({ id: first.id })).revokeDelegation).toBe(true);
    expect(await canReadAudit(b.client)).toBe(false);

    const second = await give();
    expect((await otherAdmin.client.RevokeDelegation({ id: second.id })).revokeDelegation).toBe(true);
    expect(await canReadAudit(b.client)).toBe(false);
  });

  it('an expired delegation stops working', async () => {
    const admin = await member(ctx.node, ctx.owner, ['Admin']);
    const b = await member(ctx.node, ctx.owner, []);
    const expiresAt = inSeconds(2);
    await admin.client.DelegatePermissions({ input: { delegateeId: b.id, grants: [allow('audit:read')], expiresAt } });
    expect(await canReadAudit(b.client)).toBe(true);
    await sleep(Date.parse(expiresAt) - Date.now() + 300);
    expect(await canReadAudit(b.client)).toBe(false);
    const check = (await ctx.owner.CheckPermission({ userId: b.id, action: 'audit:read', resource: { type: 'audit' } })).checkPermission;
    expect(check).toMatchObject({ allowed: false, reason: 'NO_MATCHING_ALLOW' });
  });

  it('is evaluated live: it stops when the delegator loses the right and resumes when they regain it', async () => {
    const admin = await member(ctx.node, ctx.owner, ['Admin']);
    const b = await member(ctx.node, ctx.owner, []);
    await admin.client.DelegatePermissions({ input: { delegateeId: b.id, grants: [allow('audit:read')], expiresAt: inSeconds(600) } });
    expect(await canReadAudit(b.client)).toBe(true);
    await ctx.owner.RevokePermissionSet({ userId: admin.id, permissionSetId: ctx.builtins.Admin });
    expect(await canReadAudit(b.client)).toBe(false);
    await ctx.owner.AssignPermissionSet({ userId: admin.id, permissionSetId: ctx.builtins.Developer });
    expect(await canReadAudit(b.client)).toBe(true);
  });

  it('lends nothing while the delegator is suspended or deleted, and resumes on restore', async () => {
    const admin = await member(ctx.node, ctx.owner, ['Admin']);
    const b = await member(ctx.node, ctx.owner, []);
    await admin.client.DelegatePermissions({ input: { delegateeId: b.id, grants: [allow('audit:read')], expiresAt: inSeconds(600) } });
    expect(await canReadAudit(b.client)).toBe(true);
    await ctx.owner.SuspendUser({ id: admin.id });
    expect(await canReadAudit(b.client)).toBe(false);
    await ctx.owner.ReactivateUser({ id: admin.id });
    expect(await canReadAudit(b.client)).toBe(true);
    await ctx.owner.DeleteUser({ id: admin.id });
    expect(await canReadAudit(b.client)).toBe(false);
  });

  it('rejects a past or too distant expiry and delegating to oneself (BAD_USER_INPUT naming the field)', async () => {
    const admin = await member(ctx.node, ctx.owner, ['Admin']);
    const b = await member(ctx.node, ctx.owner, []);
    const input = (expiresAt: string, delegateeId = b.id) => ({ input: { delegateeId, grants: [allow('audit:read')], expiresAt } });
    expect(await failure(() => admin.client.DelegatePermissions(input(inSeconds(-5))))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.expiresAt' });
    expect(await failure(() => admin.client.DelegatePermissions(input(inSeconds(91 * 86_400))))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.expiresAt',
    });
    expect(await failure(() => admin.client.DelegatePermissions(input(inSeconds(60), admin.id)))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.delegateeId',
    });
    expect((await b.client.Delegations({ userId: b.id })).delegations).toEqual([]);
  });
});

describe('permissionHistory', () => {
  it('lists every change to what the user can do, newest first, with before/after and the actor', async () => {
    const parent = await customSet(ctx.owner, 'History parent', [allow('users:read')]);
    const s = await customSet(ctx.owner, 'History S', [allow('audit:read')], [parent.id]);
    const t = await customSet(ctx.owner, 'History T', [allow('sessions:read')]);
    const unrelated = await customSet(ctx.owner, 'Unrelated', [allow('sessions:read')]);
    const u = await member(ctx.node, ctx.owner, []);
    const bystander = await member(ctx.node, ctx.owner, []);
    const admin = await member(ctx.node, ctx.owner, ['Admin']);

    await ctx.owner.AssignPermissionSet({ userId: u.id, permissionSetId: s.id });
    await ctx.owner.AssignPermissionSet({ userId: u.id, permissionSetId: t.id });
    const { grantPermission: g } = await ctx.owner.GrantPermission({ userId: u.id, grant: allow('users:readEmail', { kind: 'LABELS', labels: { team: 'x' } }) });
    await ctx.owner.RevokeGrant({ id: g.id! });
    await ctx.owner.UpdatePermissionSet({ id: s.id, input: { grants: [allow('audit:read'), allow('users:readEmail')] } });
    await ctx.owner.UpdatePermissionSet({ id: parent.id, input: { description: 'edited parent' } });
    const { delegatePermissions: d } = await admin.client.DelegatePermissions({
      input: { delegateeId: u.id, grants: [allow('sessions:revoke')], expiresAt: inSeconds(600) },
    });
    await u.client.RevokeDelegation({ id: d.id });
    await ctx.owner.RevokePermissionSet({ userId: u.id, permissionSetId: t.id });
    // Noise that is not about u.
    await ctx.owner.AssignPermissionSet({ userId: bystander.id, permissionSetId: s.id });
    await ctx.owner.UpdatePermissionSet({ id: unrelated.id, input: { description: 'unrelated' } });

    const { permissionHistory: h } = await ctx.owner.PermissionHistory({ userId: u.id, first: 100 });
    const events = h.edges.map((e) => e.node);
    expect(events.map((e) => `${e.action}:${e.targetId === u.id ? 'u' : e.targetId}`)).toEqual([
      'permission_set.unassigned:u',
      'delegation.revoked:u',
      'delegation.created:u',
      `permission_set.updated:${parent.id}`,
      `permission_set.updated:${s.id}`,
      'grant.revoked:u',
      'grant.created:u',
      'permission_set.assigned:u',
      'permission_set.assigned:u',
      `permission_set.created:${s.id}`,
      `permission_set.created:${parent.id}`,
    ]);
    const times = events.map((e) => Date.parse(e.occurredAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    const [unassigned, revokedDelegation, createdDelegation, , updatedS, revokedGrant, createdGrant, assignedT, assignedS] = events;
    expect(unassigned).toMatchObject({ actorId: ctx.ownerId, changes: { permissionSets: { before: { setId: t.id, name: t.name } } } });
    expect(revokedDelegation).toMatchObject({ actorId: u.id, metadata: { delegationId: d.id } });
    expect(createdDelegation).toMatchObject({ actorId: admin.id, changes: { delegations: { after: { id: d.id } } } });
    expect((updatedS!.changes!.grants as { before: Array<{ action: string }> }).before.map((x) => x.action)).toEqual(['audit:read']);
    expect((updatedS!.changes!.grants as { after: Array<{ action: string }> }).after.map((x) => x.action)).toEqual(['audit:read', 'users:readEmail']);
    expect(revokedGrant).toMatchObject({ changes: { grants: { before: { id: g.id, action: 'users:readEmail' } } } });
    expect(createdGrant).toMatchObject({ changes: { grants: { after: { id: g.id, action: 'users:readEmail' } } } });
    expect(assignedT).toMatchObject({ changes: { permissionSets: { after: { setId: t.id, name: t.name } } } });
    expect(assignedS).toMatchObject({ changes: { permissionSets: { after: { setId: s.id, name: s.name } } } });

    // Paging gives the same list; the user may read their own history.
    const pages: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i += 1) {
      const res: typeof h = (await ctx.owner.PermissionHistory({ userId: u.id, first: 4, after })).permissionHistory;
      pages.push(...res.edges.map((e) => e.node.id));
      if (!res.pageInfo.hasNextPage) break;
      after = res.pageInfo.endCursor!;
    }
    expect(pages).toEqual(events.map((e) => e.id));
    expect((await u.client.PermissionHistory({ userId: u.id, first: 100 })).permissionHistory.edges.map((e) => e.node.id)).toEqual(pages);
  });
});
