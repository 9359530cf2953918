import { beforeAll, describe, expect, it } from 'vitest';
import type { ControlPlaneClient } from '../../../sdk';
import { member } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';
import { rawPost } from '../api/http.helpers';
import { auditRows, failure } from './helpers';

const ctx = useCluster();
let admin: ControlPlaneClient;
let adminToken: string;

beforeAll(async () => {
  const a = await member(ctx.node, ctx.owner, ['Admin'], { prefix: 'admin' });
  admin = a.client;
  adminToken = (await ctx.node.anonymous().Login({ email: a.email, password: a.password })).login.accessToken;
});

/** A user with `n` live sessions (n logins), and a client on the last one. */
async function userWithSessions(n: number, labels?: Record<string, string>) {
  const m = await member(ctx.node, ctx.owner, ['Viewer'], { prefix: 'sessions', labels });
  for (let i = 1; i < n; i += 1) await ctx.node.clientFor(m.email, m.password);
  return m;
}

describe('sessions(userId)', () => {
  it("an Admin lists another user's live sessions, paginated, with totalCount", async () => {
    const t = await userWithSessions(3);
    const { sessions } = await admin.Sessions({ userId: t.id, first: 2 });
    expect(sessions.totalCount).toBe(3);
    expect(sessions.edges).toHaveLength(2);
    expect(sessions.pageInfo.hasNextPage).toBe(true);
    // None of them is the Admin's own session.
    expect(sessions.edges.every((e) => !e.node.current)).toBe(true);
    const { sessions: rest } = await admin.Sessions({ userId: t.id, first: 2, after: sessions.pageInfo.endCursor });
    expect(rest.edges).toHaveLength(1);
    expect(new Set([...sessions.edges, ...rest.edges].map((e) => e.node.id)).size).toBe(3);

    // A revoked session leaves the list and the count.
    await admin.RevokeSession({ id: rest.edges[0]!.node.id });
    expect((await admin.Sessions({ userId: t.id })).sessions.totalCount).toBe(2);
  });

  it("a Viewer cannot list another user's sessions (FORBIDDEN, audited)", async () => {
    const t = await userWithSessions(1);
    const viewer = await userWithSessions(1);
    const refused = await failure(() => viewer.client.Sessions({ userId: t.id }));
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toBe("Missing permission sessions:read on this user's sessions");
    const denials = await auditRows(ctx.owner, 'access.denied');
    expect(denials.some((d) => d.actorId === viewer.id && (d.metadata as { path?: string }).path === 'sessions')).toBe(true);
  });

  it('a user still lists their own sessions, with or without their own userId', async () => {
    const t = await userWithSessions(2);
    const { sessions: implicit } = await t.client.Sessions({});
    const { sessions: explicit } = await t.client.Sessions({ userId: t.id });
    expect(implicit.totalCount).toBe(2);
    expect(implicit.edges.filter((e) => e.node.current)).toHaveLength(1);
    expect(explicit.edges.map((e) => e.node.id)).toEqual(implicit.edges.map((e) => e.node.id));
  });

  it("scope is respected: sessions:read on LABELS team=payments reaches payments users' sessions only", async () => {
    const payments = await userWithSessions(1, { team: 'payments' });
    const search = await userWithSessions(1, { team: 'search' });
    const lead = await userWithSessions(1);
    await ctx.owner.GrantPermission({
      userId: lead.id,
      grant: { effect: 'ALLOW', action: 'sessions:read', scope: { kind: 'LABELS', labels: { team: 'payments' } } },
    });
    expect((await lead.client.Sessions({ userId: payments.id })).sessions.totalCount).toBe(1);
    expect((await failure(() => lead.client.Sessions({ userId: search.id }))).code).toBe('FORBIDDEN');
  });

  it('an unknown or malformed user id is NOT_FOUND', async () => {
    for (const userId of ['00000000-0000-4000-8000-000000000000', 'nope']) {
      expect((await failure(() => admin.Sessions({ userId }))).code).toBe('NOT_FOUND');
    }
  });

  it('totalCount costs one statement, only when selected, however many aliases ask for it', async () => {
    const t = await userWithSessions(2);
    const run = async (selection: string) => {
      const before = ctx.node.database.statementCount();
      const res = await rawPost(ctx.node.url, { query: `{ sessions(userId: "${t.id}") { ${selection} } }` }, { token: adminToken });
      expect(res.body?.errors).toBeUndefined();
      return { statements: ctx.node.database.statementCount() - before, data: res.body?.data?.sessions as Record<string, unknown> };
    };
    // Warms the node's session cache first, so each measured request pays only for its own reads.
    await run('edges { cursor }');
    const plain = await run('edges { cursor }');
    const counted = await run('totalCount edges { cursor }');
    const aliased = await run('a: totalCount b: totalCount edges { cursor }');
    expect(counted.statements - plain.statements).toBe(1);
    expect(aliased.statements).toBe(counted.statements);
    expect(counted.data.totalCount).toBe(2);
    expect(aliased.data).toMatchObject({ a: 2, b: 2 });
  });
});
