import { beforeAll, describe, expect, it } from 'vitest';
import { useCluster } from '../../fixtures/test-node';

const SEEDED = 120;

const ctx = useCluster();

beforeAll(async () => {
  // Seeded in SQL: this file measures reads, and 120 argon2 hashes would only slow it down.
  const sql = ctx.node.database.sql;
  await sql`
    insert into users (id, email, name, password_hash)
    select gen_random_uuid(), 'bulk-' || g || '@example.test', 'Bulk ' || g, 'not-a-real-hash'
    from generate_series(1, ${SEEDED}) g`;
  // Two sets each, so every row has a non-trivial permissionSets list to batch.
  await sql`
    insert into user_permission_sets (user_id, set_id)
    select u.id, s.id from users u cross join (values (${ctx.builtins.Viewer}::uuid), (${ctx.builtins.Developer}::uuid)) s(id)
    where u.email like 'bulk-%'`;
});

/** SQL statements the node sent while `fn` ran (nothing else runs against this node meanwhile). */
async function statementsDuring(fn: () => Promise<unknown>): Promise<number> {
  const before = ctx.node.database.statementCount();
  await fn();
  return ctx.node.database.statementCount() - before;
}

describe('N+1', () => {
  it('a page of users with permission sets runs the same number of statements for 5 and for 100 rows', async () => {
    const small = () => ctx.owner.Users({ first: 5 });
    const large = () => ctx.owner.Users({ first: 100 });
    // Warm the session and permission caches, so the measured requests only do list work.
    await small();
    await large();

    const page = await large();
    expect(page.users.edges).toHaveLength(100);
    const bulk = page.users.edges.filter((e) => e.node.email?.startsWith('bulk-'));
    expect(bulk.length).toBeGreaterThan(90);
    for (const e of bulk) expect(e.node.permissionSets.map((s) => s.name).sort()).toEqual(['Developer', 'Viewer']);

    const forSmall = await statementsDuring(small);
    const forLarge = await statementsDuring(large);
    expect(forSmall).toBeGreaterThan(0);
    expect(forLarge).toBe(forSmall);
    // Page + count + one batched permission-set query, plus whatever per-request auth costs: far from 100.
    expect(forLarge).toBeLessThanOrEqual(6);
  });

  it('following pages cost the same as the first', async () => {
    const first = await ctx.owner.Users({ first: 50 });
    const after = first.users.pageInfo.endCursor;
    const forFirst = await statementsDuring(() => ctx.owner.Users({ first: 50 }));
    const forNext = await statementsDuring(() => ctx.owner.Users({ first: 50, after }));
    expect(forNext).toBe(forFirst);
  });
});
