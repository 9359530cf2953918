import { buildClientSchema, getIntrospectionQuery, parse, validate, type IntrospectionQuery } from 'graphql';
import { createClient as createWsClient } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { useCluster, useClusterPerTest } from '../../fixtures/test-node';
import { member } from '../../fixtures/seed';
import { depthLimitRule } from '../../../src/server/query-limits';
import { rawPost, type RawResponse } from './http.helpers';

// Production mode, GRAPHQL_INTROSPECTION unset: the permission decides, per request.
const ctx = useCluster({ env: { NODE_ENV: 'production' } });
const start = useClusterPerTest();

const SCHEMA = '{ __schema { queryType { name } } }';
const code = (res: RawResponse) => res.body?.errors?.[0]?.extensions?.code;
const message = (res: RawResponse) => res.body?.errors?.[0]?.message ?? '';

async function tokenOf(sets: Array<'Viewer' | 'Developer' | 'Admin'>) {
  const m = await member(ctx.node, ctx.owner, sets);
  const { login } = await ctx.node.anonymous().Login({ email: m.email, password: m.password });
  return login.accessToken;
}

/** One operation over graphql-ws (the server authenticates the socket by connectionParams). */
async function overWebSocket(wsUrl: string, token: string, query: string) {
  const client = createWsClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
  try {
    const results: Array<{ data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> }> = [];
    try {
      for await (const result of client.iterate({ query })) results.push(result as never);
    } catch (e) {
      // graphql-ws raises the error list of a refused operation.
      results.push({ errors: e as never });
    }
    return results;
  } finally {
    await client.dispose();
  }
}

describe('introspection, per request (NODE_ENV=production, GRAPHQL_INTROSPECTION unset)', () => {
  it('is refused to anonymous callers with UNAUTHENTICATED, naming the permission and the setting', async () => {
    const res = await rawPost(ctx.node.url, { query: SCHEMA });
    expect(res.status).toBe(401);
    expect(code(res)).toBe('UNAUTHENTICATED');
    expect(message(res)).toMatch(/schema:introspect/);
    expect(message(res)).toMatch(/GRAPHQL_INTROSPECTION=true/);
    expect(res.body?.data ?? null).toBeNull();
    // __type too, and through a fragment on the root.
    const viaFragment = await rawPost(ctx.node.url, { query: 'query { ...F } fragment F on Query { __type(name: "User") { name } }' });
    expect(code(viaFragment)).toBe('UNAUTHENTICATED');
    expect(viaFragment.body?.data ?? null).toBeNull();
  });

  it('leaves __typename open (it reveals nothing about the schema)', async () => {
    const res = await rawPost(ctx.node.url, { query: '{ __typename }' });
    expect(res.status).toBe(200);
    expect(res.body?.data?.__typename).toBe('Query');
  });

  it('is refused to a Viewer with FORBIDDEN, and the refusal is audited', async () => {
    const token = await tokenOf(['Viewer']);
    const res = await rawPost(ctx.node.url, { query: SCHEMA }, { token });
    expect(res.status).toBe(403);
    expect(code(res)).toBe('FORBIDDEN');
    expect(message(res)).toBe(
      'Introspection needs the schema:introspect permission (held by the Developer set and up), or GRAPHQL_INTROSPECTION=true on the server',
    );
    const aliased = await rawPost(ctx.node.url, { query: '{ s: __schema { types { name } } }' }, { token });
    expect(code(aliased)).toBe('FORBIDDEN');
    const audit = await ctx.owner.AuditLogs({ first: 50, filter: { action: 'access.denied' } });
    const reasons = JSON.stringify(audit);
    expect(reasons).toMatch(/schema:introspect/);
  });

  it('is allowed to a Developer, an Admin and the Owner, even in production', async () => {
    for (const token of [await tokenOf(['Developer']), await tokenOf(['Admin'])]) {
      const res = await rawPost(ctx.node.url, { query: '{ __schema { types { name } } __type(name: "User") { fields { name } } }' }, { token });
      expect(res.status).toBe(200);
      expect(res.body?.errors).toBeUndefined();
      const types = (res.body?.data?.__schema as { types: Array<{ name: string }> }).types.map((t) => t.name);
      expect(types).toContain('User');
    }
    const owner = await ctx.node.anonymous().Login({ email: 'owner@example.test', password: 'owner-password-123' });
    const res = await rawPost(ctx.node.url, { query: SCHEMA }, { token: owner.login.accessToken });
    expect(res.body?.data?.__schema).toEqual({ queryType: { name: 'Query' } });
  });

  it('lets a Developer run the standard introspection query (GraphiQL, codegen) at the default MAX_QUERY_DEPTH', async () => {
    const token = await tokenOf(['Developer']);
    const res = await rawPost(ctx.node.url, { query: getIntrospectionQuery({ inputValueDeprecation: true }) }, { token });
    expect(res.status).toBe(200);
    expect(res.body?.errors).toBeUndefined();
    const schema = buildClientSchema(res.body!.data as unknown as IntrospectionQuery);
    expect(Object.keys(schema.getQueryType()!.getFields())).toContain('me');
    // Introspection has its own bound (15): deeper is refused, and ordinary fields keep MAX_QUERY_DEPTH.
    const nest = (depth: number): string => (depth === 0 ? 'name' : `ofType { ${nest(depth - 1)} }`);
    const deep = await rawPost(ctx.node.url, { query: `{ __schema { types { fields { type { ${nest(12)} } } } } }` }, { token });
    expect(message(deep)).toBe('Query depth 16 exceeds the maximum of 15');
    // Ordinary fields next to introspection keep MAX_QUERY_DEPTH (here 3, checked on the rule itself).
    const schemaDoc = buildClientSchema(res.body!.data as unknown as IntrospectionQuery);
    const errorsAt3 = (query: string) => validate(schemaDoc, parse(query), [depthLimitRule(3)]).map((e) => e.message);
    expect(errorsAt3('{ __schema { types { fields { type { name } } } } users(first: 1) { edges { node { id } } } }')).toEqual([]);
    expect(errorsAt3('{ __schema { types { name } } users(first: 1) { edges { node { permissionSets { id } } } } }')).toEqual([
      'Query depth 4 exceeds the maximum of 3',
    ]);
  });

  it('applies the same rule over WebSocket', async () => {
    const viewer = await overWebSocket(ctx.node.wsUrl, await tokenOf(['Viewer']), SCHEMA);
    expect(viewer).toHaveLength(1);
    expect(viewer[0]!.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(viewer[0]!.errors?.[0]?.message).toMatch(/schema:introspect/);
    const developer = await overWebSocket(ctx.node.wsUrl, await tokenOf(['Developer']), SCHEMA);
    expect(developer).toEqual([{ data: { __schema: { queryType: { name: 'Query' } } } }]);
  });

  it('errors suggest field names only to callers who may introspect (HTTP and WebSocket)', async () => {
    const typo = '{ mee { id } }';
    for (const token of [undefined, await tokenOf(['Viewer'])]) {
      const res = await rawPost(ctx.node.url, { query: typo }, { token });
      expect(message(res)).toBe('Cannot query field "mee" on type "Query".');
    }
    const developer = await tokenOf(['Developer']);
    const res = await rawPost(ctx.node.url, { query: typo }, { token: developer });
    expect(message(res)).toBe('Cannot query field "mee" on type "Query". Did you mean "me"?');
    // Over WebSocket the parsed document is shared between callers: still decided per caller.
    const wsDeveloper = await overWebSocket(ctx.node.wsUrl, developer, typo);
    expect(wsDeveloper[0]!.errors?.[0]?.message).toBe('Cannot query field "mee" on type "Query". Did you mean "me"?');
    const wsViewer = await overWebSocket(ctx.node.wsUrl, await tokenOf(['Viewer']), typo);
    expect(wsViewer[0]!.errors?.[0]?.message).toBe('Cannot query field "mee" on type "Query".');
  });
});

describe('GRAPHQL_INTROSPECTION overrides the permission', () => {
  it('true: anonymous callers may introspect, in production too, and errors suggest field names', async () => {
    const cluster = await start({ env: { NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' } });
    const url = cluster.nodes[0]!.url;
    const res = await rawPost(url, { query: SCHEMA });
    expect(res.status).toBe(200);
    expect(res.body?.data?.__schema).toEqual({ queryType: { name: 'Query' } });
    const typo = await rawPost(url, { query: '{ mee { id } }' });
    expect(message(typo)).toMatch(/Did you mean "me"\?/);
  });

  it('false: nobody may, not even the Owner, and the error names the setting', async () => {
    const cluster = await start({ env: { GRAPHQL_INTROSPECTION: 'false' } });
    const node = cluster.nodes[0]!;
    const owner = await node.anonymous().Login({ email: 'owner@example.test', password: 'owner-password-123' });
    const res = await rawPost(node.url, { query: SCHEMA }, { token: owner.login.accessToken });
    expect(res.status).toBe(403);
    expect(code(res)).toBe('FORBIDDEN');
    expect(message(res)).toBe('Introspection is turned off on this server (GRAPHQL_INTROSPECTION=false)');
  });
});
