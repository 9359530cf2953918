import { parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUserWithSets, member, thrownBy } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';
import { allow, customSet } from '../permissions/features.helpers';

const ctx = useCluster();

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

/** Statements that read the users table (the session check reads `sessions`). */
const userReads = (statements: string[]) => statements.filter((s) => /from "users"/.test(s));

const me = (fields: string) => ctx.owner.request<{ me: Record<string, unknown> }>(parse(`query { me { ${fields} } }`));

describe('node reads follow the selection', () => {
  let ownerEmail: string;
  beforeAll(async () => {
    ownerEmail = (await ctx.owner.Me()).me.email!;
    // Warm the session and permission caches, so the measured requests show the steady state.
    await me('id');
  });

  it('me { id name }: one statement reading users, with the selected columns only', async () => {
    let data: Awaited<ReturnType<typeof me>> | undefined;
    const statements = await statementsDuring(async () => (data = await me('id name')));
    expect(data!.me).toEqual({ id: ctx.ownerId, name: expect.any(String) });
    const reads = userReads(statements);
    expect(reads).toHaveLength(1);
    expect(statements.length).toBeLessThanOrEqual(2);
    expect(reads[0]).toContain('"users"."name"');
    for (const column of ['email', 'labels', 'status', 'created_at', 'password_hash']) expect(reads[0]).not.toContain(`"users"."${column}"`);
  });

  it('me with email and permission sets: still one statement, the sets aggregated in it', async () => {
    let data: Awaited<ReturnType<typeof me>> | undefined;
    const statements = await statementsDuring(async () => (data = await me('id email status createdAt permissionSets { name }')));
    expect(data!.me['email']).toBe(ownerEmail);
    expect(data!.me['status']).toBe('ACTIVE');
    expect(new Date(String(data!.me['createdAt'])).toISOString()).toBe(data!.me['createdAt']);
    expect((data!.me['permissionSets'] as Array<{ name: string }>).map((s) => s.name)).toContain('Owner');
    const reads = userReads(statements);
    expect(reads).toHaveLength(1);
    expect(statements.length).toBeLessThanOrEqual(2);
    expect(reads[0]).toContain('json_agg');
    expect(reads[0]).toContain('"users"."email"');
    // Email visibility is decided on the row's labels: read with it.
    expect(reads[0]).toContain('"users"."labels"');
  });

  it('user(id): one statement, labels read for the permission check, nothing unselected', async () => {
    const target = await createUserWithSets(ctx.owner, ['Viewer'], { prefix: 'node-read' });
    const read = () => ctx.owner.request<{ user: Record<string, unknown> }>(parse(`query { user(id: "${target.user.id}") { id name permissionSets { name } } }`));
    await read();
    let data: Awaited<ReturnType<typeof read>> | undefined;
    const statements = await statementsDuring(async () => (data = await read()));
    expect(data!.user).toEqual({ id: target.user.id, name: target.user.name, permissionSets: [{ name: 'Viewer' }] });
    const reads = userReads(statements);
    expect(reads).toHaveLength(1);
    expect(statements.length).toBeLessThanOrEqual(2);
    expect(reads[0]).toContain('"users"."labels"');
    expect(reads[0]).not.toContain('"users"."email"');
  });

  it('user(id) on the lean read keeps resource-level permissions: a label-scoped reader sees only their slice', async () => {
    const set = await customSet(ctx.owner, 'Core readers (node reads)', [allow('users:read', { kind: 'LABELS', labels: { team: 'core' } })]);
    const core = await createUserWithSets(ctx.owner, [], { labels: { team: 'core' }, prefix: 'node-core' });
    const edge = await createUserWithSets(ctx.owner, [], { labels: { team: 'edge' }, prefix: 'node-edge' });
    const reader = await member(ctx.node, ctx.owner, []);
    await ctx.owner.AssignPermissionSet({ userId: reader.id, permissionSetId: set.id });
    const read = (id: string) => reader.client.request<{ user: { id: string; email: string | null } }>(parse(`query { user(id: "${id}") { id email } }`));
    const seen = await read(core.user.id);
    expect(seen.user.id).toBe(core.user.id);
    // No users:readEmail: the field reads as null, as on the full read.
    expect(seen.user.email).toBeNull();
    expect(((await thrownBy(() => read(edge.user.id))) as { code?: string }).code).toBe('FORBIDDEN');
  });

  it('the same shape reuses one prepared statement text, whatever the id', async () => {
    const a = await createUserWithSets(ctx.owner, [], { prefix: 'node-same' });
    const b = await createUserWithSets(ctx.owner, [], { prefix: 'node-same' });
    const read = (id: string) => ctx.owner.request(parse(`query { user(id: "${id}") { id name } }`));
    const [forA] = userReads(await statementsDuring(() => read(a.user.id)));
    const [forB] = userReads(await statementsDuring(() => read(b.user.id)));
    expect(forA).toBeDefined();
    expect(forB).toBe(forA);
    expect(forA).not.toContain(a.user.id);
  });

  it('a users page is one statement text per shape: other cursors and page sizes bind, never rebuild it', async () => {
    await createUserWithSets(ctx.owner, [], { prefix: 'node-page' });
    await createUserWithSets(ctx.owner, [], { prefix: 'node-page' });
    const page = (first: number, after?: string | null) =>
      ctx.owner.request<{ users: { pageInfo: { endCursor: string | null } } }>(
        parse(`query($after: String) { users(first: ${first}, after: $after) { pageInfo { endCursor } edges { node { id name } } } }`),
        { after },
      );
    const first = await page(1);
    const second = await page(1, first.users.pageInfo.endCursor);
    const [one] = userReads(await statementsDuring(() => page(1, first.users.pageInfo.endCursor)));
    const [two] = userReads(await statementsDuring(() => page(2, second.users.pageInfo.endCursor)));
    expect(one).toBeDefined();
    expect(two).toBe(one);
    expect(one).toMatch(/limit \$\d+/);
  });
});
