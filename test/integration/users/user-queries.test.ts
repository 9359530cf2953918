import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ControlPlaneClient } from '../../../sdk';
import { DEFAULT_PASSWORD, createUserWithSets, errorCode } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';

const ctx = useCluster();

describe('User.email visibility', () => {
  it('a Viewer reads other users without email, but sees their own', async () => {
    const other = await createUserWithSets(ctx.owner, ['Viewer']);
    const me = await createUserWithSets(ctx.owner, ['Viewer']);
    const client = await ctx.node.clientFor(me.email, me.password);

    const { user } = await client.User({ id: other.user.id });
    expect(user.name).toBe(other.user.name);
    expect(user.email).toBeNull();

    expect((await client.Me()).me.email).toBe(me.email);
    expect((await client.User({ id: me.user.id })).user.email).toBe(me.email);

    const { users } = await client.Users({ first: 100 });
    const byId = new Map(users.edges.map((e) => [e.node.id, e.node.email]));
    expect(byId.get(other.user.id)).toBeNull();
    expect(byId.get(me.user.id)).toBe(me.email);
    // Not just these two: every other row in the list hides its email.
    expect(users.edges.filter((e) => e.node.id !== me.user.id).every((e) => e.node.email === null)).toBe(true);
  });

  it('Developer and Admin read every email', async () => {
    const other = await createUserWithSets(ctx.owner, ['Viewer']);
    for (const role of ['Developer', 'Admin'] as const) {
      const reader = await createUserWithSets(ctx.owner, [role]);
      const client = await ctx.node.clientFor(reader.email, reader.password);
      expect((await client.User({ id: other.user.id })).user.email, role).toBe(other.email);
    }
  });

  it('a user with no permission set at all can still read themselves (baseline), nobody else', async () => {
    const bare = await createUserWithSets(ctx.owner, []);
    const client = await ctx.node.clientFor(bare.email, bare.password);
    expect((await client.Me()).me).toMatchObject({ id: bare.user.id, email: bare.email, permissionSets: [] });
    const other = await createUserWithSets(ctx.owner, ['Viewer']);
    expect(await errorCode(() => client.User({ id: other.user.id }))).toBe('FORBIDDEN');
  });
});

describe('users connection', () => {
  /** N users whose names share a fresh token, so filters select exactly them. */
  async function cohort(n: number) {
    const tag = `cohort${randomBytes(4).toString('hex')}`;
    const ids: string[] = [];
    for (let i = 0; i < n; i += 1) {
      const { createUser } = await ctx.owner.CreateUser({
        input: { email: `${tag}-${i}@example.test`, name: `Member ${i} ${tag}`, password: DEFAULT_PASSWORD },
      });
      ids.push(createUser.id);
    }
    return { tag, ids };
  }

  it('first must be 1..100: 0, -1 and 101 are BAD_USER_INPUT; 1 and 100 work', async () => {
    for (const first of [0, -1, 101]) expect(await errorCode(() => ctx.owner.Users({ first })), String(first)).toBe('BAD_USER_INPUT');
    expect((await ctx.owner.Users({ first: 1 })).users.edges).toHaveLength(1);
    await expect(ctx.owner.Users({ first: 100 })).resolves.toBeTruthy();
  });

  it('pages of 2 visit every user exactly once, newest first, ending with hasNextPage false', async () => {
    const { tag, ids } = await cohort(7);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const res: Awaited<ReturnType<ControlPlaneClient['Users']>> = await ctx.owner.Users({ first: 2, after, filter: { search: tag } });
      expect(res.users.totalCount).toBe(7);
      seen.push(...res.users.edges.map((e) => e.node.id));
      pages += 1;
      if (!res.users.pageInfo.hasNextPage) {
        expect(res.users.pageInfo.endCursor).toBe(res.users.edges.at(-1)?.cursor ?? null);
        break;
      }
      expect(res.users.edges).toHaveLength(2);
      after = res.users.pageInfo.endCursor;
      expect(pages).toBeLessThan(10);
    }
    expect(pages).toBe(4);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([...ids].sort());
    expect(seen).toEqual([...ids].reverse());
  });

  it('an exact multiple of the page size ends without an empty trailing page', async () => {
    const { tag } = await cohort(4);
    const one = await ctx.owner.Users({ first: 2, filter: { search: tag } });
    const two = await ctx.owner.Users({ first: 2, after: one.users.pageInfo.endCursor, filter: { search: tag } });
    expect(two.users.edges).toHaveLength(2);
    expect(two.users.pageInfo.hasNextPage).toBe(false);
  });

  it('an empty page has no edges, endCursor null and hasNextPage false', async () => {
    const { users } = await ctx.owner.Users({ first: 5, filter: { search: `nobody-${randomBytes(6).toString('hex')}` } });
    expect(users).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('a cursor past the last row gives an empty page', async () => {
    const { tag } = await cohort(1);
    const first = await ctx.owner.Users({ first: 1, filter: { search: tag } });
    const after = await ctx.owner.Users({ first: 1, after: first.users.edges[0]!.cursor, filter: { search: tag } });
    expect(after.users).toMatchObject({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('a bad cursor is BAD_USER_INPUT: garbage, tampered, and one from another list', async () => {
    const { permissionSets } = await ctx.owner.PermissionSets({ first: 1 });
    const foreign = permissionSets.edges[0]!.cursor;
    const tampered = Buffer.from(JSON.stringify(['users', 'not-a-uuid'])).toString('base64url');
    for (const after of ['garbage!!', 'eyJ9', tampered, foreign]) {
      expect(await errorCode(() => ctx.owner.Users({ first: 2, after })), after).toBe('BAD_USER_INPUT');
    }
  });

  it('search matches email or name case-insensitively, and treats % and _ literally', async () => {
    const { tag, ids } = await cohort(3);
    expect((await ctx.owner.Users({ filter: { search: tag.toUpperCase() } })).users.totalCount).toBe(3);
    const one = await ctx.owner.Users({ filter: { search: `${tag}-1@` } });
    expect(one.users.edges.map((e) => e.node.id)).toEqual([ids[1]]);
    expect((await ctx.owner.Users({ filter: { search: `Member 2 ${tag}` } })).users.edges.map((e) => e.node.id)).toEqual([ids[2]]);
    expect((await ctx.owner.Users({ filter: { search: `${tag}%` } })).users.totalCount).toBe(0);
    expect((await ctx.owner.Users({ filter: { search: `${tag.slice(0, -1)}_` } })).users.totalCount).toBe(0);
  });

  it('status filter, with totalCount matching the filter', async () => {
    const { tag, ids } = await cohort(5);
    await ctx.owner.SuspendUser({ id: ids[0]! });
    await ctx.owner.SuspendUser({ id: ids[1]! });
    await ctx.owner.DeleteUser({ id: ids[2]! });
    const count = async (status: 'ACTIVE' | 'SUSPENDED' | 'DELETED') => {
      const { users } = await ctx.owner.Users({ first: 100, filter: { search: tag, status } });
      expect(users.edges.every((e) => e.node.status === status)).toBe(true);
      expect(users.edges).toHaveLength(users.totalCount);
      return users.totalCount;
    };
    expect(await count('SUSPENDED')).toBe(2);
    expect(await count('DELETED')).toBe(1);
    expect(await count('ACTIVE')).toBe(2);
  });

  it('permissionSetId filter, with totalCount matching the filter', async () => {
    const { tag, ids } = await cohort(5);
    for (const id of ids.slice(0, 3)) await ctx.owner.AssignPermissionSet({ userId: id, permissionSetId: ctx.builtins.Developer });
    const { users } = await ctx.owner.Users({ first: 2, filter: { search: tag, permissionSetId: ctx.builtins.Developer } });
    expect(users.totalCount).toBe(3);
    expect(users.pageInfo.hasNextPage).toBe(true);
    expect(users.edges.every((e) => e.node.permissionSets.some((s) => s.id === ctx.builtins.Developer))).toBe(true);
    const none = await ctx.owner.Users({ filter: { search: tag, permissionSetId: ctx.builtins.Owner } });
    expect(none.users.totalCount).toBe(0);
    // Combined with status.
    await ctx.owner.SuspendUser({ id: ids[0]! });
    const suspended = await ctx.owner.Users({ filter: { search: tag, permissionSetId: ctx.builtins.Developer, status: 'SUSPENDED' } });
    expect(suspended.users.edges.map((e) => e.node.id)).toEqual([ids[0]]);
    expect(suspended.users.totalCount).toBe(1);
  });

  it('Viewer can list users; anonymous cannot', async () => {
    const v = await createUserWithSets(ctx.owner, ['Viewer']);
    const client = await ctx.node.clientFor(v.email, v.password);
    expect((await client.Users({ first: 5 })).users.totalCount).toBeGreaterThan(1);
    expect(await errorCode(() => ctx.node.anonymous().Users({ first: 5 }))).toBe('UNAUTHENTICATED');
  });
});
