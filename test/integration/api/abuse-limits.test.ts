import { beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createClient as createWsClient } from 'graphql-ws';
import { createUserWithSets } from '../../fixtures/seed';
import { useCluster, useClusterPerTest } from '../../fixtures/test-node';
import { rawPost, type RawResponse } from './http.helpers';

const ctx = useCluster();
let viewerToken: string;
beforeAll(async () => {
  const viewer = await createUserWithSets(ctx.owner, ['Viewer']);
  viewerToken = (await ctx.node.anonymous().Login({ email: viewer.email, password: viewer.password })).login.accessToken;
});

const code = (res: RawResponse) => res.body?.errors?.[0]?.extensions?.code;
const aliases = (n: number, field: string) => Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');

/** Audit rows of denied attempts so far (the Owner reads them). */
async function deniedCount(): Promise<number> {
  const { auditLogs } = await ctx.owner.AuditLogs({ first: 100, filter: { action: 'access.denied' } });
  return auditLogs.edges.length;
}

describe('alias floods', () => {
  it('an anonymous flood of thousands of protected aliases is refused before anything runs, as one error', async () => {
    const before = ctx.node.database.statementCount();
    const res = await rawPost(ctx.node.url, { query: `{ ${aliases(25_000, 'me { id }')} }` });
    expect(res.status).toBe(400);
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.body?.errors).toHaveLength(1);
    expect(res.body?.data ?? null).toBeNull();
    // Refused at parse time (token cap): not one SQL statement was spent on it.
    expect(ctx.node.database.statementCount() - before).toBe(0);
  });

  it('more aliases than MAX_QUERY_ALIASES (15) are refused, with a clear message', async () => {
    const res = await rawPost(ctx.node.url, { query: `{ ${aliases(16, '__typename')} }` }, { token: viewerToken });
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.body?.errors?.[0]?.message).toMatch(/aliases/i);
    const within = await rawPost(ctx.node.url, { query: `{ ${aliases(15, '__typename')} }` }, { token: viewerToken });
    expect(within.body?.errors).toBeUndefined();
  });

  it('refused root fields cost one refusal, not one per alias, and nothing else in the operation runs', async () => {
    const deniedBefore = await deniedCount();
    // logout is allowed to the Viewer; createUser is not: the whole operation is refused up front.
    const res = await rawPost(
      ctx.node.url,
      { query: `mutation { logout ${aliases(10, 'createUser(input: { email: "x@example.test", name: "x", password: "long-enough-pass" }) { id }')} }` },
      { token: viewerToken },
    );
    expect(res.status).toBe(403);
    expect(code(res)).toBe('FORBIDDEN');
    expect(res.body?.errors).toHaveLength(1);
    expect(await deniedCount()).toBe(deniedBefore + 1);
    // logout did not run: the session still works.
    const me = await rawPost(ctx.node.url, { query: '{ me { id } }' }, { token: viewerToken });
    expect(me.body?.errors).toBeUndefined();
  });

  it('an anonymous caller is told UNAUTHENTICATED (401) once', async () => {
    const res = await rawPost(ctx.node.url, { query: `{ ${aliases(10, 'me { id }')} }` });
    expect(res.status).toBe(401);
    expect(res.body?.errors).toHaveLength(1);
    expect(code(res)).toBe('UNAUTHENTICATED');
  });

  it('the same flood over WebSocket is refused when it is opened', async () => {
    const client = createWsClient({
      url: ctx.node.wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${viewerToken}` },
    });
    ctx.track({ close: () => client.dispose() });
    const result = await new Promise<{ errors?: readonly { message: string }[] }>((resolve) => {
      client.subscribe(
        { query: `subscription { ${aliases(40, 'userChanged { kind }')} }` },
        { next: (r) => resolve({ errors: r.errors as { message: string }[] }), error: (e) => resolve({ errors: e as { message: string }[] }), complete: () => resolve({}) },
      );
    });
    expect(JSON.stringify(result)).toMatch(/aliases/i);
  });
});

describe('document size limits', () => {
  it('a 0.9 MB document of repeated directives is refused at parse time', async () => {
    const directives = '@include(if: true) '.repeat(50_000);
    const before = ctx.node.database.statementCount();
    const res = await rawPost(ctx.node.url, { query: `{ me ${directives} { id } }` });
    expect(res.status).toBe(400);
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.body?.errors?.[0]?.message).toMatch(/token/i);
    expect(ctx.node.database.statementCount() - before).toBe(0);
  });

  it('batched requests are refused whole', async () => {
    const batch = Array.from({ length: 200 }, () => ({ query: 'mutation { logout }' }));
    const res = await rawPost(ctx.node.url, batch, { token: viewerToken });
    expect(res.status).toBe(400);
    const me = await rawPost(ctx.node.url, { query: '{ me { id } }' }, { token: viewerToken });
    expect(me.body?.errors).toBeUndefined();
  });

  it('a subscription sent over HTTP is a 400 with a clear message, not INTERNAL', async () => {
    const res = await rawPost(ctx.node.url, { query: 'subscription { userChanged { kind } }' }, { token: viewerToken });
    expect(res.status).toBe(400);
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.body?.errors?.[0]?.message).toMatch(/WebSocket/);
  });
});

describe('limits with their caps raised', () => {
  const start = useClusterPerTest();

  it('the complexity limit fails closed when the estimator gives up (10,001 aliases)', async () => {
    const cluster = await start({ env: { MAX_QUERY_ALIASES: '100000', MAX_QUERY_TOKENS: '1000000', MAX_ROOT_FIELDS: '100000' } });
    const node = cluster.nodes[0]!;
    const { login } = await node.anonymous().Login({ email: 'owner@example.test', password: 'owner-password-123' });
    // Over budget on its own (100 x 100 users), then padded so the estimator passes 10,000 nodes.
    const query = `{ users(first: 100) { edges { node { permissionSets { id name } } } } ${aliases(10_001, '__typename')} }`;
    const res = await rawPost(node.url, { query }, { token: login.accessToken });
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.body?.data ?? null).toBeNull();
    expect(res.status).toBe(400);
  });

  it('MAX_ROOT_FIELDS bounds the root selections of an operation', async () => {
    const cluster = await start({ env: { MAX_ROOT_FIELDS: '2' } });
    const node = cluster.nodes[0]!;
    const { login } = await node.anonymous().Login({ email: 'owner@example.test', password: 'owner-password-123' });
    const two = await rawPost(node.url, { query: '{ me { id } a: me { id } }' }, { token: login.accessToken });
    expect(two.body?.errors).toBeUndefined();
    const three = await rawPost(node.url, { query: '{ me { id } a: me { id } b: me { id } }' }, { token: login.accessToken });
    expect(code(three)).toBe('BAD_USER_INPUT');
    expect(three.body?.errors?.[0]?.message).toMatch(/3 root fields; the maximum is 2/);
  });

  it('without introspection, errors suggest no field names', async () => {
    const cluster = await start({ env: { GRAPHQL_INTROSPECTION: 'false' } });
    const node = cluster.nodes[0]!;
    const res = await rawPost(node.url, { query: '{ mee { id } }' });
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.body?.errors?.[0]?.message).toMatch(/Cannot query field "mee"/);
    expect(res.text).not.toMatch(/Did you mean/);
  });
});
