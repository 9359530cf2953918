import { parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUserWithSets, member } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';
import { allow, customSet, deny } from '../permissions/features.helpers';

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

/** The SQL statements the node sent while `fn` ran (nothing else runs against this node meanwhile). */
async function statementsDuring(fn: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const stop = ctx.node.database.onStatement((query) => seen.push(query));
  try {
    await fn();
  } finally {
    stop();
  }
  return seen;
}

/** The benchmark's page: four fields and the held sets' names. */
const page = (first: number, node = 'id name email permissionSets { name }') =>
  ctx.owner.request<{ users: { edges: Array<{ node: Record<string, unknown> }> } }>(
    parse(`query { users(first: ${first}) { edges { node { ${node} } } } }`),
  );

/** Statements that read the users table: the page itself (the session check reads `sessions`). */
const pageReads = (statements: string[]) => statements.filter((s) => /from "users"/.test(s));

describe('N+1', () => {
  it('a page of users with permission sets runs the same statements for 5 and for 100 rows: 1 or 2 in all', async () => {
    // Warm the session and permission caches, so the measured requests show the steady state.
    await page(5);
    await page(100);

    const large = await page(100);
    expect(large.users.edges).toHaveLength(100);
    const bulk = large.users.edges.filter((e) => String(e.node['email']).startsWith('bulk-'));
    expect(bulk.length).toBeGreaterThan(90);
    for (const e of bulk) {
      expect((e.node['permissionSets'] as Array<{ name: string }>).map((s) => s.name).sort()).toEqual(['Developer', 'Viewer']);
    }

    const forSmall = await statementsDuring(() => page(5));
    const forLarge = await statementsDuring(() => page(100));
    expect(forLarge.length).toBe(forSmall.length);
    // The page with every row's sets is one statement; the session check at most one more.
    expect(pageReads(forLarge)).toHaveLength(1);
    expect(forLarge.length).toBeGreaterThanOrEqual(1);
    expect(forLarge.length).toBeLessThanOrEqual(2);
  });

  it('every selection costs the same number of statements, however many rows', async () => {
    const selections = ['id', 'id name status labels createdAt', 'email permissionSets { id name createdAt isBuiltin }', 'permissionSets { name }'];
    for (const node of selections) {
      const small = await statementsDuring(() => page(5, node));
      const large = await statementsDuring(() => page(100, node));
      expect(large.length, node).toBe(small.length);
      expect(large.length, node).toBeLessThanOrEqual(2);
    }
  });

  it('columns follow the selection: email and the sets are read only when asked for', async () => {
    const [bare] = pageReads(await statementsDuring(() => page(5, 'id name')));
    expect(bare).toBeDefined();
    expect(bare).toContain('"users"."name"');
    expect(bare).not.toContain('"users"."email"');
    expect(bare).not.toContain('"users"."labels"');
    expect(bare).not.toContain('permission_sets');

    const [withEmail] = pageReads(await statementsDuring(() => page(5, 'id email')));
    expect(withEmail).toContain('"users"."email"');
    expect(withEmail).not.toContain('"users"."name"');

    const [withSets] = pageReads(await statementsDuring(() => page(5, 'id permissionSets { name }')));
    expect(withSets).toContain('json_agg');
    expect(withSets).toContain('"permission_sets"."name"');
    expect(withSets).not.toContain('"permission_sets"."description"');
  });

  it('totalCount adds one statement only when selected', async () => {
    const plain = await statementsDuring(() => page(50));
    const counted = await statementsDuring(() =>
      ctx.owner.request(parse('query { users(first: 50) { totalCount edges { node { id name email permissionSets { name } } } } }')),
    );
    expect(counted.length - plain.length).toBe(1);
  });

  it('following pages cost the same as the first, through the SDK and its full fragment', async () => {
    const first = await ctx.owner.Users({ first: 50 });
    const after = first.users.pageInfo.endCursor;
    const forFirst = await statementsDuring(() => ctx.owner.Users({ first: 50 }));
    const forNext = await statementsDuring(() => ctx.owner.Users({ first: 50, after }));
    expect(forNext.length).toBe(forFirst.length);
    // Page (with the sets) and totalCount (the SDK's Users selects it), plus at most the session.
    expect(pageReads(forNext)).toHaveLength(2);
    expect(forNext.length).toBeLessThanOrEqual(3);
  });

  it('a label-scoped users:readEmail shows emails row by row, decided inside the page statement', async () => {
    const set = await customSet(ctx.owner, 'Core emails', [
      allow('users:read'),
      allow('users:readEmail', { kind: 'LABELS', labels: { team: 'core' } }),
      deny('users:readEmail', { kind: 'LABELS', labels: { pii: 'yes' } }),
    ]);
    const core = await createUserWithSets(ctx.owner, [], { labels: { team: 'core' }, prefix: 'scoped' });
    const corePii = await createUserWithSets(ctx.owner, [], { labels: { team: 'core', pii: 'yes' }, prefix: 'scoped' });
    const other = await createUserWithSets(ctx.owner, [], { labels: { team: 'edge' }, prefix: 'scoped' });
    const reader = await member(ctx.node, ctx.owner, []);
    await ctx.owner.AssignPermissionSet({ userId: reader.id, permissionSetId: set.id });
    const read = () =>
      reader.client.request<{ users: { edges: Array<{ node: { id: string; email: string | null } }> } }>(
        parse('query { users(first: 100, filter: { search: "Test scoped" }) { edges { node { id email } } } }'),
      );
    await read();
    let data: Awaited<ReturnType<typeof read>> | undefined;
    const statements = await statementsDuring(async () => (data = await read()));
    expect(pageReads(statements)).toHaveLength(1);
    expect(statements.length).toBeLessThanOrEqual(2);
    const emailOf = new Map(data!.users.edges.map((e) => [e.node.id, e.node.email]));
    expect(emailOf.get(core.user.id)).toBe(core.email);
    expect(emailOf.get(corePii.user.id)).toBeNull();
    expect(emailOf.get(other.user.id)).toBeNull();
    expect(emailOf.size).toBe(3);
  });
});
