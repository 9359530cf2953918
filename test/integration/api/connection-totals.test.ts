import { beforeAll, describe, expect, it } from 'vitest';
import { createUserWithSets, failure, member } from '../../fixtures/seed';
import { OWNER_EMAIL, OWNER_PASSWORD, useCluster } from '../../fixtures/test-node';
import { rawPost } from './http.helpers';

const ctx = useCluster();
let ownerToken: string;

beforeAll(async () => {
  ownerToken = (await ctx.node.anonymous().Login({ email: OWNER_EMAIL, password: OWNER_PASSWORD })).login.accessToken;
  // Warms the node's session cache, so each measured request pays only for its own reads.
  await rawPost(ctx.node.url, { query: '{ me { id } }' }, { token: ownerToken });
});

/** Runs `query` as the owner; returns its data and the SQL statements the node sent meanwhile. */
async function measured(query: string) {
  const before = ctx.node.database.statementCount();
  const res = await rawPost(ctx.node.url, { query }, { token: ownerToken });
  expect(res.body?.errors, query).toBeUndefined();
  return { statements: ctx.node.database.statementCount() - before, data: res.body?.data as Record<string, Record<string, unknown>> };
}

describe('totalCount on every connection', () => {
  it('auditLogs: totalCount matches the filtered trail, through the SDK', async () => {
    const target = await createUserWithSets(ctx.owner, ['Viewer']);
    for (const name of ['One', 'Two', 'Three']) await ctx.owner.UpdateUser({ id: target.user.id, input: { name } });
    const filter = { action: 'user.updated', targetId: target.user.id };
    const { auditLogs } = await ctx.owner.AuditLogCount({ filter });
    expect(auditLogs.totalCount).toBe(3);
    const { auditLogs: page } = await ctx.owner.AuditLogs({ first: 100, filter });
    expect(page.edges).toHaveLength(3);
  });

  it('auditLogs is counted only when totalCount is selected, once for any number of aliases', async () => {
    const plain = await measured('{ auditLogs(first: 5) { edges { cursor } } }');
    const counted = await measured('{ auditLogs(first: 5) { totalCount edges { cursor } } }');
    const twice = await measured('{ auditLogs(first: 5) { a: totalCount b: totalCount edges { cursor } } }');
    expect(counted.statements - plain.statements).toBe(1);
    expect(twice.statements).toBe(counted.statements);
    expect(counted.data.auditLogs!.totalCount).toBeGreaterThan(5);
  });

  it('users: listing without totalCount no longer counts', async () => {
    const plain = await measured('{ users(first: 5) { edges { cursor } } }');
    const counted = await measured('{ users(first: 5) { totalCount edges { cursor } } }');
    expect(counted.statements - plain.statements).toBe(1);
  });

  it('apiKeys: totalCount is the owner\'s keys, through the SDK', async () => {
    const m = await member(ctx.node, ctx.owner, ['Developer']);
    const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
    for (const name of ['a', 'b']) {
      await m.client.CreateApiKey({ input: { name, expiresAt, grants: [{ effect: 'ALLOW', action: 'users:read', scope: { kind: 'ALL' } }] } });
    }
    expect((await m.client.ApiKeys({ first: 1 })).apiKeys).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    expect((await ctx.owner.ApiKeys({ userId: m.id })).apiKeys.totalCount).toBe(2);
  });

  it('securityEvents and permissionHistory have totalCount equal to their full lists', async () => {
    const { securityEvents } = await ctx.owner.SecurityEventCount({});
    const all = await measured('{ securityEvents(first: 100) { edges { cursor } } }');
    expect(securityEvents.totalCount).toBe((all.data.securityEvents!.edges as unknown[]).length);

    const target = await createUserWithSets(ctx.owner, ['Viewer', 'Developer']);
    const history = await measured(`{ permissionHistory(userId: "${target.user.id}", first: 1) { totalCount edges { cursor } } }`);
    const full = await measured(`{ permissionHistory(userId: "${target.user.id}", first: 100) { edges { cursor } } }`);
    expect(history.data.permissionHistory!.totalCount).toBe((full.data.permissionHistory!.edges as unknown[]).length);
    expect(history.data.permissionHistory!.totalCount).toBeGreaterThanOrEqual(2);
  });

  it('a caller without audit:read gets no count either (FORBIDDEN)', async () => {
    const viewer = await member(ctx.node, ctx.owner, ['Viewer']);
    expect((await failure(() => viewer.client.AuditLogCount({}))).code).toBe('FORBIDDEN');
  });
});
