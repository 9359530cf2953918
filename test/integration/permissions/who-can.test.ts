import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ControlPlaneClient } from '../../../sdk';
import { errorCode } from '../../fixtures/seed';
import { startCluster, type TestCluster, type TestNode } from '../../fixtures/test-node';
import { allow, customSet, deny, inSeconds, member } from './features.helpers';

// This file owns its database: every user in it is known, so whoCan can be compared exactly.
let cluster: TestCluster;
let node: TestNode;
let owner: ControlPlaneClient;
let ownerId: string;
type Member = Awaited<ReturnType<typeof member>>;
let people: Record<'admin1' | 'admin2' | 'developer' | 'viewer' | 'paymentsWriter' | 'coreWriter' | 'idsWriter' | 'delegatee' | 'suspendedAdmin' | 'deniedAdmin', Member>;
let target: Member;

beforeAll(async () => {
  cluster = await startCluster();
  node = cluster.nodes[0]!;
  owner = await node.owner();
  ownerId = (await owner.Me()).me.id;
  target = await member(node, owner, [], { labels: { team: 'payments' }, prefix: 'target' });
  const [admin1, admin2, developer, viewer, paymentsWriter, coreWriter, idsWriter, delegatee, suspendedAdmin, deniedAdmin] = await Promise.all([
    member(node, owner, ['Admin'], { prefix: 'admin1' }),
    member(node, owner, ['Admin'], { prefix: 'admin2' }),
    member(node, owner, ['Developer'], { prefix: 'developer' }),
    member(node, owner, ['Viewer'], { prefix: 'viewer' }),
    member(node, owner, [], { prefix: 'payments-writer' }),
    member(node, owner, [], { prefix: 'core-writer' }),
    member(node, owner, [], { prefix: 'ids-writer' }),
    member(node, owner, [], { prefix: 'delegatee' }),
    member(node, owner, ['Admin'], { prefix: 'suspended-admin' }),
    member(node, owner, ['Admin'], { prefix: 'denied-admin' }),
  ]);
  people = { admin1, admin2, developer, viewer, paymentsWriter, coreWriter, idsWriter, delegatee, suspendedAdmin, deniedAdmin };
  const payments = await customSet(owner, 'Payments writers', [allow('users:write', { kind: 'LABELS', labels: { team: 'payments' } })]);
  const core = await customSet(owner, 'Core writers', [allow('users:write', { kind: 'LABELS', labels: { team: 'core' } })]);
  await owner.AssignPermissionSet({ userId: paymentsWriter.id, permissionSetId: payments.id });
  await owner.AssignPermissionSet({ userId: coreWriter.id, permissionSetId: core.id });
  await owner.GrantPermission({ userId: idsWriter.id, grant: allow('users:write', { kind: 'IDS', ids: [target.id] }) });
  await owner.GrantPermission({ userId: deniedAdmin.id, grant: deny('users:write', { kind: 'LABELS', labels: { team: 'payments' } }) });
  await admin1.client.DelegatePermissions({ input: { delegateeId: delegatee.id, grants: [allow('users:write')], expiresAt: inSeconds(3600) } });
  await owner.SuspendUser({ id: suspendedAdmin.id });
});
afterAll(async () => {
  await cluster?.close();
});

type Page = Awaited<ReturnType<ControlPlaneClient['WhoCan']>>['whoCan'];
const whoCan = async (action: string, resource: { type: string; id?: string; labels?: Record<string, string> }, first = 100) =>
  (await owner.WhoCan({ action, resource, first })).whoCan;
const idsOf = (page: Page) => page.edges.map((e) => e.node.id).sort();

describe('whoCan', () => {
  it('returns exactly the users allowed users:write on a payments user', async () => {
    const page = await whoCan('users:write', { type: 'users', id: target.id });
    const expected = [ownerId, people.admin1.id, people.admin2.id, people.paymentsWriter.id, people.idsWriter.id, people.delegatee.id].sort();
    expect(idsOf(page)).toEqual(expected);
    expect(page.totalCount).toBe(expected.length);
    expect(page.pageInfo.hasNextPage).toBe(false);
    // Each answer agrees with checkPermission.
    for (const p of [people.viewer, people.developer, people.coreWriter, people.deniedAdmin]) {
      expect((await owner.CheckPermission({ userId: p.id, action: 'users:write', resource: { type: 'users', id: target.id } })).checkPermission.allowed).toBe(false);
    }
  });

  it('pages with first=1 then after, without gaps or repeats, totalCount on every page', async () => {
    const all = await whoCan('users:write', { type: 'users', id: target.id });
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i += 1) {
      const res: Page = (await owner.WhoCan({ action: 'users:write', resource: { type: 'users', id: target.id }, first: 1, after })).whoCan;
      expect(res.edges).toHaveLength(1);
      expect(res.totalCount).toBe(all.totalCount);
      seen.push(res.edges[0]!.node.id);
      if (!res.pageInfo.hasNextPage) break;
      after = res.pageInfo.endCursor!;
    }
    expect(seen).toEqual(all.edges.map((e) => e.node.id));
    expect(new Set(seen).size).toBe(all.totalCount);
  });

  it('follows the resource: labels given directly, another team, and a read action reaching the user themselves', async () => {
    const core = await whoCan('users:write', { type: 'users', labels: { team: 'core' } });
    expect(idsOf(core)).toEqual([ownerId, people.admin1.id, people.admin2.id, people.coreWriter.id, people.deniedAdmin.id, people.delegatee.id].sort());

    const readers = idsOf(await whoCan('users:read', { type: 'users', id: target.id }));
    expect(readers).toEqual(
      [ownerId, target.id, people.admin1.id, people.admin2.id, people.deniedAdmin.id, people.developer.id, people.viewer.id].sort(),
    );

    const auditors = idsOf(await whoCan('audit:readValues', { type: 'audit' }));
    expect(auditors).toEqual([ownerId, people.admin1.id, people.admin2.id, people.deniedAdmin.id].sort());
  });

  it('is refused without permissionSets:read, and rejects a wildcard action', async () => {
    expect(await errorCode(() => target.client.WhoCan({ action: 'users:write', resource: { type: 'users', id: target.id } }))).toBe('FORBIDDEN');
    expect(await errorCode(() => owner.WhoCan({ action: 'users:*', resource: { type: 'users' } }))).toBe('BAD_USER_INPUT');
    // A Viewer may ask, and gets the same answer.
    const asViewer = (await people.viewer.client.WhoCan({ action: 'users:write', resource: { type: 'users', id: target.id }, first: 100 })).whoCan;
    expect(asViewer.totalCount).toBe(6);
  });
});
