import { beforeAll, describe, expect, it } from 'vitest';
import type { ControlPlaneClient } from '../../../sdk';
import { errorCode, member } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';
import { allow, customSet, deny, inSeconds } from './features.helpers';

// This file owns its database: every user in it is known, so whoCan can be compared exactly.
const ctx = useCluster();
type Member = Awaited<ReturnType<typeof member>>;
let people: Record<'admin1' | 'admin2' | 'developer' | 'viewer' | 'paymentsWriter' | 'coreWriter' | 'idsWriter' | 'delegatee' | 'suspendedAdmin' | 'deniedAdmin', Member>;
let target: Member;

beforeAll(async () => {
  target = await member(ctx.node, ctx.owner, [], { labels: { team: 'payments' }, prefix: 'target' });
  const [admin1, admin2, developer, viewer, paymentsWriter, coreWriter, idsWriter, delegatee, suspendedAdmin, deniedAdmin] = await Promise.all([
    member(ctx.node, ctx.owner, ['Admin'], { prefix: 'admin1' }),
    member(ctx.node, ctx.owner, ['Admin'], { prefix: 'admin2' }),
    member(ctx.node, ctx.owner, ['Developer'], { prefix: 'developer' }),
    member(ctx.node, ctx.owner, ['Viewer'], { prefix: 'viewer' }),
    member(ctx.node, ctx.owner, [], { prefix: 'payments-writer' }),
    member(ctx.node, ctx.owner, [], { prefix: 'core-writer' }),
    member(ctx.node, ctx.owner, [], { prefix: 'ids-writer' }),
    member(ctx.node, ctx.owner, [], { prefix: 'delegatee' }),
    member(ctx.node, ctx.owner, ['Admin'], { prefix: 'suspended-admin' }),
    member(ctx.node, ctx.owner, ['Admin'], { prefix: 'denied-admin' }),
  ]);
  people = { admin1, admin2, developer, viewer, paymentsWriter, coreWriter, idsWriter, delegatee, suspendedAdmin, deniedAdmin };
  const payments = await customSet(ctx.owner, 'Payments writers', [allow('users:write', { kind: 'LABELS', labels: { team: 'payments' } })]);
  const core = await customSet(ctx.owner, 'Core writers', [allow('users:write', { kind: 'LABELS', labels: { team: 'core' } })]);
  await ctx.owner.AssignPermissionSet({ userId: paymentsWriter.id, permissionSetId: payments.id });
  await ctx.owner.AssignPermissionSet({ userId: coreWriter.id, permissionSetId: core.id });
  await ctx.owner.GrantPermission({ userId: idsWriter.id, grant: allow('users:write', { kind: 'IDS', ids: [target.id] }) });
  await ctx.owner.GrantPermission({ userId: deniedAdmin.id, grant: deny('users:write', { kind: 'LABELS', labels: { team: 'payments' } }) });
  await admin1.client.DelegatePermissions({ input: { delegateeId: delegatee.id, grants: [allow('users:write')], expiresAt: inSeconds(3600) } });
  await ctx.owner.SuspendUser({ id: suspendedAdmin.id });
});

type Page = Awaited<ReturnType<ControlPlaneClient['WhoCan']>>['whoCan'];
const whoCan = async (action: string, resource: { type: string; id?: string; labels?: Record<string, string> }, first = 100) =>
  (await ctx.owner.WhoCan({ action, resource, first })).whoCan;
const idsOf = (page: Page) => page.edges.map((e) => e.node.id).sort();

describe('whoCan', () => {
  it('returns exactly the users allowed users:write on a payments user', async () => {
    const page = await whoCan('users:write', { type: 'users', id: target.id });
    const expected = [ctx.ownerId, people.admin1.id, people.admin2.id, people.paymentsWriter.id, people.idsWriter.id, people.delegatee.id].sort();
    expect(idsOf(page)).toEqual(expected);
    expect(page.totalCount).toBe(expected.length);
    expect(page.pageInfo.hasNextPage).toBe(false);
    // Each answer agrees with checkPermission.
    for (const p of [people.viewer, people.developer, people.coreWriter, people.deniedAdmin]) {
      expect((await ctx.owner.CheckPermission({ userId: p.id, action: 'users:write', resource: { type: 'users', id: target.id } })).checkPermission.allowed).toBe(false);
    }
  });

  it('pages with first=1 then after, without gaps or repeats, totalCount on every page', async () => {
    const all = await whoCan('users:write', { type: 'users', id: target.id });
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i += 1) {
      const res: Page = (await ctx.owner.WhoCan({ action: 'users:write', resource: { type: 'users', id: target.id }, first: 1, after })).whoCan;
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
    expect(idsOf(core)).toEqual([ctx.ownerId, people.admin1.id, people.admin2.id, people.coreWriter.id, people.deniedAdmin.id, people.delegatee.id].sort());

    const readers = idsOf(await whoCan('users:read', { type: 'users', id: target.id }));
    expect(readers).toEqual(
      [ctx.ownerId, target.id, people.admin1.id, people.admin2.id, people.deniedAdmin.id, people.developer.id, people.viewer.id].sort(),
    );

    const auditors = idsOf(await whoCan('audit:readValues', { type: 'audit' }));
    expect(auditors).toEqual([ctx.ownerId, people.admin1.id, people.admin2.id, people.deniedAdmin.id].sort());
  });

  it('is refused without permissionSets:read, and rejects a wildcard action', async () => {
    expect(await errorCode(() => target.client.WhoCan({ action: 'users:write', resource: { type: 'users', id: target.id } }))).toBe('FORBIDDEN');
    expect(await errorCode(() => ctx.owner.WhoCan({ action: 'users:*', resource: { type: 'users' } }))).toBe('BAD_USER_INPUT');
    // A Viewer may ask, and gets the same answer.
    const asViewer = (await people.viewer.client.WhoCan({ action: 'users:write', resource: { type: 'users', id: target.id }, first: 100 })).whoCan;
    expect(asViewer.totalCount).toBe(6);
  });
});
