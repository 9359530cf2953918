import { afterAll, beforeAll, expect, it } from 'vitest';
import { startCluster, type TestCluster } from '../../fixtures/test-node';
import { createUserWithSets, builtinSetIds } from '../../fixtures/seed';

let cluster: TestCluster;
beforeAll(async () => {
  cluster = await startCluster();
});
afterAll(async () => {
  await cluster?.close();
});

it('smoke', async () => {
  const owner = await cluster.nodes[0]!.owner();
  const ids = await builtinSetIds(owner);
  const { createPermissionSet: payments } = await owner.CreatePermissionSet({
    input: {
      name: 'Payments admins',
      grants: [
        { effect: 'ALLOW', action: 'users:*', scope: { kind: 'LABELS', labels: { team: 'payments' } } },
        { effect: 'DENY', action: 'users:write', scope: { kind: 'LABELS', labels: { role: 'lead' } } },
      ],
      parentIds: [ids.Viewer],
    },
  });
  expect(payments.parents.map((p) => p.name)).toEqual(['Viewer']);
  const pa = await createUserWithSets(owner, []);
  await owner.AssignPermissionSet({ userId: pa.user.id, permissionSetId: payments.id });
  const target = await createUserWithSets(owner, [], { labels: { team: 'payments' } });
  const other = await createUserWithSets(owner, [], { labels: { team: 'core' } });
  const c = await cluster.nodes[0]!.clientFor(pa.email, pa.password);
  await c.UpdateUser({ id: target.user.id, input: { name: 'Renamed' } });
  await expect(c.UpdateUser({ id: other.user.id, input: { name: 'x' } })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  const check = await owner.CheckPermission({ userId: pa.user.id, action: 'users:write', resource: { type: 'users', id: other.user.id } });
  console.log(check.checkPermission.explanation);
  const check2 = await owner.CheckPermission({ userId: pa.user.id, action: 'users:write', resource: { type: 'users', id: target.user.id } });
  console.log(check2.checkPermission.explanation, JSON.stringify(check2.checkPermission.deciding?.source));
  const eff = await owner.EffectivePermissions({ userId: pa.user.id });
  expect(eff.effectivePermissions.length).toBeGreaterThan(3);
  const who = await owner.WhoCan({ action: 'users:write', resource: { type: 'users', id: target.user.id } });
  console.log(who.whoCan.edges.map((e) => e.node.name));
  const hist = await owner.PermissionHistory({ userId: pa.user.id });
  console.log(hist.permissionHistory.edges.map((e) => e.node.action));
  const del = await owner.DelegatePermissions({ input: { delegateeId: other.user.id, grants: [{ effect: 'ALLOW', action: 'audit:read', scope: { kind: 'ALL' } }], expiresAt: new Date(Date.now() + 3600_000).toISOString() } });
  expect(del.delegatePermissions.delegatorId).toBeTruthy();
  const oc = await cluster.nodes[0]!.clientFor(other.email, other.password);
  const logs = await oc.AuditLogs({ first: 1 });
  expect(logs.auditLogs.edges.length).toBe(1);
  const cloned = await owner.ClonePermissionSet({ id: payments.id, name: 'Payments copy' });
  expect(cloned.clonePermissionSet.grants.length).toBe(2);
  await expect(owner.AddPermissionSetParent({ setId: payments.id, parentId: cloned.clonePermissionSet.id })).resolves.toBeTruthy();
  await expect(owner.AddPermissionSetParent({ setId: cloned.clonePermissionSet.id, parentId: payments.id })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  await expect(owner.DeletePermissionSet({ id: payments.id })).rejects.toMatchObject({ code: 'CONFLICT' });
  const list = await c.Users({ first: 50 });
  console.log('pa sees', list.users.totalCount, list.users.edges.map((e) => e.node.labels));
});
