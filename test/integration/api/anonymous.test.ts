import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type * as GraphQL from 'graphql';
import type * as GraphQLWs from 'graphql-ws';
import type WebSocketType from 'ws';
import { describe, expect, it } from 'vitest';
import { loadServerModule } from '../../fixtures/load';
import { useCluster } from '../../fixtures/test-node';
import { rawPost } from './http.helpers';

const graphql = loadServerModule<typeof GraphQL>('graphql');
const { createClient: createWsClient } = loadServerModule<typeof GraphQLWs>('graphql-ws');
const WebSocket = loadServerModule<typeof WebSocketType>('ws');

/** Reviewed on purpose: adding a public root field must change this list and this test. */
const PUBLIC_FIELDS = ['Mutation.login', 'Mutation.refreshSession', 'Mutation.beginOidcLogin', 'Mutation.completeOidcLogin'];
/**
 * Public too (the second step of a login), so a bogus challenge is its own UNAUTHENTICATED failure
 * inside a 200 answer, like a wrong password on login; it is checked with the guarded fields below.
 */
const PUBLIC_SIGN_IN_STEPS = ['Mutation.verifyMfa'];

const schema = graphql.buildSchema(readFileSync(resolve(__dirname, '../../../schema.graphql'), 'utf8'));

/** A literal of the right shape for any input type: anonymous callers must be refused before it matters. */
function literal(type: GraphQL.GraphQLInputType): string {
  if (graphql.isNonNullType(type)) return literal(type.ofType);
  if (graphql.isListType(type)) return `[${literal(type.ofType)}]`;
  if (graphql.isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((f) => graphql.isNonNullType(f.type));
    return `{ ${required.map((f) => `${f.name}: ${literal(f.type)}`).join(', ')} }`;
  }
  if (graphql.isEnumType(type)) return type.getValues()[0]!.name;
  const scalars: Record<string, string> = {
    Int: '1',
    Float: '1.5',
    Boolean: 'true',
    ID: '"00000000-0000-4000-8000-000000000000"',
    DateTime: '"2030-01-01T00:00:00Z"',
    JSONObject: '{}',
  };
  return scalars[type.name] ?? '"a-string-value"';
}

function documentFor(root: 'query' | 'mutation' | 'subscription', field: GraphQL.GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((a) => graphql.isNonNullType(a.type)).map((a) => `${a.name}: ${literal(a.type)}`);
  const named = graphql.getNamedType(field.type);
  const selection = graphql.isObjectType(named) || graphql.isAbstractType(named) ? ' { __typename }' : '';
  return `${root} { ${field.name}${args.length ? `(${args.join(', ')})` : ''}${selection} }`;
}

function rootFields(kind: 'Query' | 'Mutation' | 'Subscription') {
  const type = kind === 'Query' ? schema.getQueryType() : kind === 'Mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  return Object.values(type?.getFields() ?? {}).map((field) => ({ kind, field, key: `${kind}.${field.name}` }));
}

// Introspection opened to anonymous callers (GRAPHQL_INTROSPECTION=true) only to list the served root fields.
// Every root field is called anonymously from one address: more than the default anonymous budget
// (120 a minute), which is not what this file tests.
const ctx = useCluster({ owner: false, env: { GRAPHQL_INTROSPECTION: 'true', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000' } });

describe('anonymous callers', () => {
  it('schema.graphql lists the same root fields the running server serves', async () => {
    const res = await rawPost(ctx.node.url, {
      query: '{ __schema { queryType { fields { name } } mutationType { fields { name } } subscriptionType { fields { name } } } }',
    });
    const served = res.body?.data?.__schema as Record<string, { fields: Array<{ name: string }> } | null>;
    const names = (t: { fields: Array<{ name: string }> } | null | undefined) => (t?.fields ?? []).map((f) => f.name).sort();
    expect(names(served.queryType)).toEqual(rootFields('Query').map((f) => f.field.name).sort());
    expect(names(served.mutationType)).toEqual(rootFields('Mutation').map((f) => f.field.name).sort());
    expect(names(served.subscriptionType)).toEqual(rootFields('Subscription').map((f) => f.field.name).sort());
  });

  it('only the sign-in mutations (login, refreshSession, OIDC) are public', () => {
    const all = [...rootFields('Query'), ...rootFields('Mutation')].map((f) => f.key);
    for (const key of PUBLIC_FIELDS) expect(all).toContain(key);
    expect(all.length).toBeGreaterThan(15);
  });

  it('every other query and mutation answers HTTP 401 UNAUTHENTICATED with no data', async () => {
    const guarded = [...rootFields('Query'), ...rootFields('Mutation')].filter((f) => !PUBLIC_FIELDS.includes(f.key));
    const outcomes = await Promise.all(
      guarded.map(async ({ kind, field, key }) => {
        const query = documentFor(kind === 'Query' ? 'query' : 'mutation', field);
        const res = await rawPost(ctx.node.url, { query });
        const value = (res.body?.data as Record<string, unknown> | null | undefined)?.[field.name] ?? null;
        return { key, status: res.status, code: res.body?.errors?.[0]?.extensions?.code, value, query };
      }),
    );
    for (const o of outcomes) {
      expect({ key: o.key, code: o.code, value: o.value }, o.query).toEqual({ key: o.key, code: 'UNAUTHENTICATED', value: null });
      // The README's rule: needing authentication and having none is 401, like a bad token.
      expect(o.status, o.key).toBe(PUBLIC_SIGN_IN_STEPS.includes(o.key) ? 200 : 401);
    }
  });

  it('a garbage bearer token is UNAUTHENTICATED (401), not treated as anonymous or as an error', async () => {
    const res = await rawPost(ctx.node.url, { query: '{ me { id } }' }, { token: 'not-a-jwt' });
    expect(res.body?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.status).toBe(401);
  });

  it('login and refreshSession are reachable anonymously (they answer on their own terms)', async () => {
    const login = await ctx.node.anonymous().Login({ email: 'owner@example.test', password: 'owner-password-123' });
    expect(login.login.accessToken).toBeTruthy();
    const refreshed = await ctx.node.anonymous().RefreshSession({ refreshToken: login.login.refreshToken });
    expect(refreshed.refreshSession.user.id).toBe(login.login.user.id);
  });

  it('the OIDC mutations are reachable anonymously: with OIDC off they answer BAD_USER_INPUT, not UNAUTHENTICATED', async () => {
    for (const query of ['mutation { beginOidcLogin { state } }', 'mutation { completeOidcLogin(callbackUrl: "http://x.test/cb") { accessToken } }']) {
      const res = await rawPost(ctx.node.url, { query });
      expect(res.body?.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
    }
  });

  it('every subscription refuses a socket without a token (4401)', async () => {
    const fields = rootFields('Subscription');
    expect(fields.length).toBeGreaterThan(0);
    for (const { field, key } of fields) {
      const client = createWsClient({ url: ctx.node.wsUrl, webSocketImpl: WebSocket, lazy: true, retryAttempts: 0 });
      try {
        const iterator = client.iterate({ query: documentFor('subscription', field) });
        const outcome = await Promise.race([
          iterator.next().then(
            (r) => ({ kind: 'event', value: r.value as unknown }),
            (e: unknown) => ({ kind: 'error', value: e as { code?: number } }),
          ),
          new Promise((r) => setTimeout(() => r({ kind: 'timeout' }), 5_000)),
        ]);
        expect(outcome, key).toMatchObject({ kind: 'error', value: { code: 4401 } });
      } finally {
        await client.dispose();
      }
    }
  });
});
