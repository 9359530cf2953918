import { describe, expect, it } from 'vitest';
import type { ControlPlaneClient } from '../../../sdk';
import { errorCode, member } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';
import { allow, customSet } from '../permissions/features.helpers';

// Two API nodes sharing one PostgreSQL and one Redis, each reading permission sets through the
// shared cache. A change answered by node 0 must be what node 1 serves on its very next request.
const ctx = useCluster({ nodes: 2, redis: true });

const stats = async (client: ControlPlaneClient) => (await client.CacheStats()).cacheStats;

describe('the shared read cache across two nodes', () => {
  it('a set changed on node 0 is never served stale by node 1 (set, list, grants, parents)', async () => {
    const [a, b] = ctx.owners as [ControlPlaneClient, ControlPlaneClient];
    const parent = await customSet(a, 'Cache parent', [allow('users:read')]);
    const set = await customSet(a, 'Cache stale', [allow('audit:read')]);
    const onB = async () => {
      const [{ permissionSet }, { permissionSets }] = await Promise.all([b.PermissionSet({ id: set.id }), b.PermissionSets({ first: 100 })]);
      return { one: permissionSet, listed: permissionSets.edges.find((e) => e.node.id === set.id)?.node };
    };
    // Repeated: a race between the write's invalidation and the read would show up now and then.
    for (let round = 0; round < 4; round += 1) {
      await onB();
      await onB(); // served from the cache now
      const name = `Cache stale round ${round} ${set.id.slice(0, 8)}`;
      const action = round % 2 === 0 ? 'users:read' : 'audit:read';
      await a.UpdatePermissionSet({ id: set.id, input: { name, grants: [allow(action)] } });
      const seen = await onB();
      expect(seen.one.name, `round ${round}: set on node 1`).toBe(name);
      expect(seen.listed?.name, `round ${round}: list on node 1`).toBe(name);
      expect(seen.one.grants.map((g) => g.action), `round ${round}: grants on node 1`).toEqual([action]);
      expect(seen.listed?.grants.map((g) => g.action)).toEqual([action]);
    }
    await onB();
    await a.AddPermissionSetParent({ setId: set.id, parentId: parent.id });
    expect((await onB()).one.parents.map((p) => p.id)).toEqual([parent.id]);
    await a.RemovePermissionSetParent({ setId: set.id, parentId: parent.id });
    expect((await onB()).one.parents).toEqual([]);
    await a.DeletePermissionSet({ id: set.id, force: true });
    expect(await errorCode(() => b.PermissionSet({ id: set.id }))).toBe('NOT_FOUND');
    expect((await b.PermissionSets({ first: 100 })).permissionSets.edges.some((e) => e.node.id === set.id)).toBe(false);
  });

  it('a user’s sets assigned or revoked on node 0 are current on node 1 at once', async () => {
    const [a, b] = ctx.owners as [ControlPlaneClient, ControlPlaneClient];
    const u = await member(ctx.nodes[0]!, a, []);
    const heldOnB = async () => (await b.User({ id: u.id })).user!.permissionSets.map((s) => s.id);
    for (let round = 0; round < 3; round += 1) {
      await heldOnB();
      expect(await heldOnB(), `round ${round}: warm`).toEqual([]);
      await a.AssignPermissionSet({ userId: u.id, permissionSetId: ctx.builtins.Developer });
      expect(await heldOnB(), `round ${round}: after assign on node 0`).toEqual([ctx.builtins.Developer]);
      expect(await heldOnB()).toEqual([ctx.builtins.Developer]);
      await a.RevokePermissionSet({ userId: u.id, permissionSetId: ctx.builtins.Developer });
      expect(await heldOnB(), `round ${round}: after revoke on node 0`).toEqual([]);
    }
  });

  it('cacheStats shows hits after repeated reads, and /metrics carries the counters', async () => {
    const b = ctx.owners[1]!;
    const before = await stats(b);
    expect(before.backend).toBe('REDIS');
    expect(before.trusted).toBe(true);
    for (let i = 0; i < 3; i += 1) await b.PermissionSet({ id: ctx.builtins.Admin });
    const after = await stats(b);
    // Each read: the set row, its grants and its parents; at most the first of the three loads.
    expect(after.hits - before.hits).toBeGreaterThanOrEqual(6);
    expect(after.entries).toBeGreaterThan(0);
    expect(after.maxEntries).toBe(10_000);
    const metrics = await (await fetch(ctx.nodes[1]!.url.replace(/\/graphql$/, '/metrics'))).text();
    expect(metrics).toMatch(/control_plane_cache_requests_total\{result="hit"\} [1-9]/);
    expect(metrics).toMatch(/control_plane_cache_entries [1-9]/);
    expect(metrics).toContain('control_plane_cache_evictions_total');
    expect(metrics).toContain('control_plane_cache_bypasses_total');
  });

  it('invalidateCache drops entries on every node for an Admin, audited; refused without cache:invalidate', async () => {
    const admin = await member(ctx.nodes[0]!, ctx.owners[0]!, ['Admin']);
    const developer = await member(ctx.nodes[1]!, ctx.owners[1]!, ['Developer']);
    const b = ctx.owners[1]!;
    await b.PermissionSet({ id: ctx.builtins.Viewer });
    await b.PermissionSet({ id: ctx.builtins.Viewer });
    const before = await stats(b);

    expect((await admin.client.InvalidateCache({ tags: ['permissionSets'] })).invalidateCache).toEqual(['permissionSets']);
    await b.PermissionSet({ id: ctx.builtins.Viewer });
    const after = await stats(b);
    expect(after.misses - before.misses, 'set row, grants, parents loaded again on node 1').toBe(3);
    expect(after.hits - before.hits).toBe(0);
    expect((await admin.client.CacheStats()).cacheStats.backend).toBe('REDIS');

    const { auditLogs } = await ctx.owner.AuditLogs({ first: 5, filter: { action: 'cache.invalidated', actorId: admin.id } });
    expect(auditLogs.edges).toHaveLength(1);
    expect(auditLogs.edges[0]!.node.metadata).toMatchObject({ tags: ['permissionSets'] });

    expect(await errorCode(() => developer.client.InvalidateCache({ tags: ['permissionSets'] }))).toBe('FORBIDDEN');
    expect(await errorCode(() => developer.client.CacheStats())).toBe('FORBIDDEN');
    // Both refusals are in the audit trail.
    let paths: unknown[] = [];
    for (let i = 0; i < 20 && paths.length < 2; i += 1) {
      const denied = await ctx.owner.AuditLogs({ first: 10, filter: { action: 'access.denied', actorId: developer.id } });
      paths = denied.auditLogs.edges.map((e) => (e.node.metadata as { path?: string } | null)?.path);
      if (paths.length < 2) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(paths.sort()).toEqual(['cacheStats', 'invalidateCache']);
    expect(await errorCode(() => admin.client.InvalidateCache({ tags: ['bad tag!'] }))).toBe('BAD_USER_INPUT');
    expect(await errorCode(() => admin.client.InvalidateCache({ tags: [] }))).toBe('BAD_USER_INPUT');
  });
});
