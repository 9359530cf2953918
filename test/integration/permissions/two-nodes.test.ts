import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ControlPlaneClient } from '../../../sdk';
import { builtinSetIds } from '../../fixtures/seed';
import { startCluster, type TestCluster, type TestNode } from '../../fixtures/test-node';
import { EventStream, untilLive } from '../subscriptions/stream';
import { allow, customSet, inSeconds, member } from './features.helpers';

// Two API nodes sharing one PostgreSQL and one Redis. Each node caches compiled permissions; a
// change on one node must be seen by the other on the very next request (no waiting, no retry).
let cluster: TestCluster;
let n0: TestNode;
let n1: TestNode;
let owner0: ControlPlaneClient;
let owner1: ControlPlaneClient;
let builtin: Awaited<ReturnType<typeof builtinSetIds>>;

beforeAll(async () => {
  cluster = await startCluster({ nodes: 2, redis: true });
  [n0, n1] = [cluster.nodes[0]!, cluster.nodes[1]!];
  [owner0, owner1] = await Promise.all([n0.owner(), n1.owner()]);
  builtin = await builtinSetIds(owner0);
});
const streams: Array<EventStream<unknown>> = [];
afterAll(async () => {
  await Promise.allSettled(streams.map((s) => s.close()));
  await cluster?.close();
});

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
      const u = await member(n1, owner1, ['Developer']);
      expect(await auditAccess(u.client), `round ${round}: warm on node 1`).toBe('OK');
      await owner0.RevokePermissionSet({ userId: u.id, permissionSetId: builtin.Developer });
      expect(await auditAccess(u.client), `round ${round}: after revoke on node 0`).toBe('FORBIDDEN');
      await owner0.AssignPermissionSet({ userId: u.id, permissionSetId: builtin.Developer });
      expect(await auditAccess(u.client), `round ${round}: after re-assign on node 0`).toBe('OK');
    }
  });

  it('a set’s grants changed on node 1 apply to a holder on node 0 at once', async () => {
    const set = await customSet(owner1, 'Two-node editable', [allow('audit:read')]);
    const u = await member(n0, owner0, []);
    await owner1.AssignPermissionSet({ userId: u.id, permissionSetId: set.id });
    expect(await auditAccess(u.client)).toBe('OK');
    await owner1.UpdatePermissionSet({ id: set.id, input: { grants: [allow('users:read')] } });
    expect(await auditAccess(u.client)).toBe('FORBIDDEN');
    expect((await u.client.Users({ first: 1 })).users.edges).toHaveLength(1);
    await owner1.UpdatePermissionSet({ id: set.id, input: { grants: [allow('audit:read')] } });
    expect(await auditAccess(u.client)).toBe('OK');
  });

  it('editing a PARENT set on node 1 applies to a holder of the CHILD set on node 0 at once', async () => {
    const grandparent = await customSet(owner1, 'Two-node grandparent', [allow('audit:read')]);
    const parent = await customSet(owner1, 'Two-node parent', [], [grandparent.id]);
    const child = await customSet(owner1, 'Two-node child', [allow('users:read')], [parent.id]);
    const u = await member(n0, owner0, []);
    await owner0.AssignPermissionSet({ userId: u.id, permissionSetId: child.id });
    expect(await auditAccess(u.client)).toBe('OK');

    await owner1.UpdatePermissionSet({ id: grandparent.id, input: { grants: [] } });
    expect(await auditAccess(u.client)).toBe('FORBIDDEN');
    await owner1.UpdatePermissionSet({ id: grandparent.id, input: { grants: [allow('audit:read')] } });
    expect(await auditAccess(u.client)).toBe('OK');
    await owner1.RemovePermissionSetParent({ setId: parent.id, parentId: grandparent.id });
    expect(await auditAccess(u.client)).toBe('FORBIDDEN');
    await owner1.AddPermissionSetParent({ setId: parent.id, parentId: grandparent.id });
    expect(await auditAccess(u.client)).toBe('OK');
    // The decision explained on node 0 shows the new path.
    const check = (await owner0.CheckPermission({ userId: u.id, action: 'audit:read', resource: { type: 'audit' } })).checkPermission;
    expect(check.deciding?.source.path).toEqual([child.name, parent.name, grandparent.name]);
  });

  it('a held set force-deleted on node 1 is gone for its holder on node 0 at once', async () => {
    const set = await customSet(owner1, 'Two-node doomed', [allow('audit:read')]);
    const u = await member(n0, owner0, []);
    await owner1.AssignPermissionSet({ userId: u.id, permissionSetId: set.id });
    expect(await auditAccess(u.client)).toBe('OK');
    await owner1.DeletePermissionSet({ id: set.id, force: true });
    expect(await auditAccess(u.client)).toBe('FORBIDDEN');
  });

  it('direct grants and delegations: granted, revoked and undercut on one node, seen on the other', async () => {
    const u = await member(n1, owner1, []);
    const { grantPermission: g } = await owner0.GrantPermission({ userId: u.id, grant: allow('audit:read') });
    expect(await auditAccess(u.client)).toBe('OK');
    await owner0.RevokeGrant({ id: g.id! });
    expect(await auditAccess(u.client)).toBe('FORBIDDEN');

    // The delegator lives on node 0, the delegatee uses the delegation on node 1.
    const admin = await member(n0, owner0, ['Admin']);
    const { delegatePermissions: d } = await admin.client.DelegatePermissions({
      input: { delegateeId: u.id, grants: [allow('audit:read')], expiresAt: inSeconds(600) },
    });
    expect(await auditAccess(u.client)).toBe('OK');
    // The delegator loses the right on node 0: the delegation gives nothing on node 1.
    await owner0.RevokePermissionSet({ userId: admin.id, permissionSetId: builtin.Admin });
    expect(await auditAccess(u.client)).toBe('FORBIDDEN');
    await owner0.AssignPermissionSet({ userId: admin.id, permissionSetId: builtin.Developer });
    expect(await auditAccess(u.client)).toBe('OK');
    await admin.client.RevokeDelegation({ id: d.id });
    expect(await auditAccess(u.client)).toBe('FORBIDDEN');
  });

  it('a subscription on node 1 ends when its reader loses the right on node 0, and events cross nodes', async () => {
    const target = await member(n0, owner0, []);
    const watcher = await member(n1, owner1, ['Viewer']);
    const stream = new EventStream(watcher.client.PermissionsChanged({ userId: target.id }), 'Viewer on node 1 watching target');
    streams.push(stream as EventStream<unknown>);
    await untilLive(
      stream,
      () => owner0.AssignPermissionSet({ userId: target.id, permissionSetId: builtin.Viewer }),
      (e) => e.permissionsChanged.userId === target.id,
    );
    await owner0.RevokePermissionSet({ userId: watcher.id, permissionSetId: builtin.Viewer });
    const ended = await stream.end('revoking Viewer from the watcher on node 0');
    // Late warm-up events may precede the end; none may be about anything but the target.
    expect(ended.events.every((e) => e.permissionsChanged.userId === target.id)).toBe(true);
  });
});
