import { describe, expect, it } from 'vitest';
import type { ControlPlaneClient } from '../../../sdk';
import { member } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';
import { EventStream, untilLive } from '../subscriptions/stream';
import { allow, customSet, inSeconds } from './features.helpers';

// Two API nodes sharing one PostgreSQL and one Redis. Each node caches compiled permissions; a
// change on one node must be seen by the other on the very next request (no waiting, no retry).
const ctx = useCluster({ nodes: 2, redis: true });

/** OK or FORBIDDEN for AuditLogs (audit:read); anything else fails the test. */
const auditAccess = (client: ControlPlaneClient) =>
  client.AuditLogs({ first: 1 }).then(
    () => 'OK',
    (e: { code?: string }) => {
      if (e.code !== 'FORBIDDEN') throw e;
      return 'FORBIDDEN';
    },
  );

describe('permission changes reach the other node on the next request', () => {
  it('a set revoked on node 0 is refused on node 1 at once, and an assignment on node 0 is usable on node 1 at once', async () => {
    // Repeated: a propagation race would show up as an occasional stale answer.
    for (let round = 0; round < 5; round += 1) {
      const u = await member(ctx.nodes[1]!, ctx.owners[1]!, ['Developer']);
      expect(await auditAccess(u.client), `round ${round}: warm on node 1`).toBe('OK');
      await ctx.owners[0]!.RevokePermissionSet({ userId: u.id, permissionSetId: ctx.builtins.Developer });
      expect(await auditAccess(u.client), `round ${round}: after revoke on node 0`).toBe('FORBIDDEN');
      await ctx.owners[0]!.AssignPermissionSet({ userId: u.id, permissionSetId: ctx.builtins.Developer });
      expect(await auditAccess(u.client), `round ${round}: after re-assign on node 0`).toBe('OK');
    }
  });

  it('a set’s grants changed on node 1 apply to a holder on node 0 at once', async () => {
    const set = await customSet(ctx.owners[1]!, 'Two-node editable', [allow('audit:read')]);
    const u = await member(ctx.nodes[0]!, ctx.owners[0]!, []);
    await ctx.owners[1]!.AssignPermissionSet({ userId: u.id, permissionSetId: set.id });
    expect(await auditAccess(u.client)).toBe('OK');
    await ctx.owners[1]!.UpdatePermissionSet({ id: set.id, input: { grants: [allow('users:read')] } });
    expect(await auditAccess(u.client)).toBe('FORBIDDEN');
    expect((await u.client.Users({ first: 1 })).users.edges).toHaveLength(1);
    await ctx.owners[1]!.UpdatePermissionSet({ id: set.id, input: { grants: [allow('audit:read')] } });
    expect(await auditAccess(u.client)).toBe('OK');
  });

  it('editing a PARENT set on node 1 applies to a holder of the CHILD set on node 0 at once', async () => {
    const grandparent = await customSet(ctx.owners[1]!, 'Two-node grandparent', [allow('audit:read')]);
    const parent = await customSet(ctx.owners[1]!, 'Two-node parent', [], [grandparent.id]);
    const child = await customSet(ctx.owners[1]!, 'Two-node child', [allow('users:read')], [parent.id]);
    const u = await member(ctx.nodes[0]!, ctx.owners[0]!, []);
    await ctx.owners[0]!.AssignPermissionSet({ userId: u.id, permissionSetId: child.id });
    expect(await auditAccess(u.client)).toBe('OK');

    await ctx.owners[1]!.UpdatePermissionSet({ id: grandparent.id, input: { grants: [] } });
    expect(await auditAccess(u.client)).toBe('FORBIDDEN');
    await ctx.owners[1]!.UpdatePermissionSet({ id: grandparent.id, input: { grants: [allow('audit:read')] } });
    expect(await auditAccess(u.client)).toBe('OK');
    await ctx.owners[1]!.RemovePermissionSetParent({ setId: parent.id, parentId: grandparent.id });
    expect(await auditAccess(u.client)).toBe('FORBIDDEN');
    await ctx.owners[1]!.AddPermissionSetParent({ setId: parent.id, parentId: grandparent.id });
    expect(await auditAccess(u.client)).toBe('OK');
    // The decision explained on node 0 shows the new path.
    const check = (await ctx.owners[0]!.CheckPermission({ userId: u.id, action: 'audit:read', resource: { type: 'audit' } })).checkPermission;
    expect(check.deciding?.source.path).toEqual([child.name, parent.name, grandparent.name]);
  });

  it('a held set force-deleted on node 1 is gone for its holder on node 0 at once', async () => {
    const set = await customSet(ctx.owners[1]!, 'Two-node doomed', [allow('audit:read')]);
    const u = await member(ctx.nodes[0]!, ctx.owners[0]!, []);
    await ctx.owners[1]!.AssignPermissionSet({ userId: u.id, permissionSetId: set.id });
    expect(await auditAccess(u.client)).toBe('OK');
    await ctx.owners[1]!.DeletePermissionSet({ id: set.id, force: true });
    expect(await auditAccess(u.client)).toBe('FORBIDDEN');
  });

  it('direct grants and delegations: granted, revoked and undercut on one node, seen on the other', async () => {
    const u = await member(ctx.nodes[1]!, ctx.owners[1]!, []);
    const { grantPermission: g } = await ctx.owners[0]!.GrantPermission({ userId: u.id, grant: allow('audit:read') });
    expect(await auditAccess(u.client)).toBe('OK');
    await ctx.owners[0]!.RevokeGrant({ id: g.id! });
    expect(await auditAccess(u.client)).toBe('FORBIDDEN');

    // The delegator lives on node 0, the delegatee uses the delegation on node 1.
    const admin = await member(ctx.nodes[0]!, ctx.owners[0]!, ['Admin']);
    const { delegatePermissions: d } = await admin.client.DelegatePermissions({
      input: { delegateeId: u.id, grants: [allow('audit:read')], expiresAt: inSeconds(600) },
    });
    expect(await auditAccess(u.client)).toBe('OK');
    // The delegator loses the right on node 0: the delegation gives nothing on node 1.
    await ctx.owners[0]!.RevokePermissionSet({ userId: admin.id, permissionSetId: ctx.builtins.Admin });
    expect(await auditAccess(u.client)).toBe('FORBIDDEN');
    await ctx.owners[0]!.AssignPermissionSet({ userId: admin.id, permissionSetId: ctx.builtins.Developer });
    expect(await auditAccess(u.client)).toBe('OK');
    await admin.client.RevokeDelegation({ id: d.id });
    expect(await auditAccess(u.client)).toBe('FORBIDDEN');
  });

  it('a subscription on node 1 ends when its reader loses the right on node 0, and events cross nodes', async () => {
    const target = await member(ctx.nodes[0]!, ctx.owners[0]!, []);
    const watcher = await member(ctx.nodes[1]!, ctx.owners[1]!, ['Viewer']);
    const stream = ctx.track(new EventStream(watcher.client.PermissionsChanged({ userId: target.id }), 'Viewer on node 1 watching target'));
    await untilLive(
      stream,
      () => ctx.owners[0]!.AssignPermissionSet({ userId: target.id, permissionSetId: ctx.builtins.Viewer }),
      (e) => e.permissionsChanged.userId === target.id,
    );
    await ctx.owners[0]!.RevokePermissionSet({ userId: watcher.id, permissionSetId: ctx.builtins.Viewer });
    const ended = await stream.end('revoking Viewer from the watcher on node 0');
    // Late warm-up events may precede the end; none may be about anything but the target.
    expect(ended.events.every((e) => e.permissionsChanged.userId === target.id)).toBe(true);
  });
});
