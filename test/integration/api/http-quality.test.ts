import { beforeAll, describe, expect, it } from 'vitest';
import { OWNER_EMAIL, OWNER_PASSWORD, useCluster } from '../../fixtures/test-node';
import { allExtensions, rawPost, toRaw, type RawResponse } from './http.helpers';

const ctx = useCluster({ owner: false });
let token: string;
beforeAll(async () => {
  token = (await ctx.node.anonymous().Login({ email: OWNER_EMAIL, password: OWNER_PASSWORD })).login.accessToken;
});

const code = (res: RawResponse) => res.body?.errors?.[0]?.extensions?.code;

function expectNoStack(res: RawResponse) {
  for (const ext of allExtensions(res)) expect(ext).not.toHaveProperty('stacktrace');
  expect(res.text).not.toMatch(/\bat .+\.(ts|js):\d+/);
}

describe('transport errors are 4xx GraphQL errors, never 500', () => {
  it('malformed JSON is 400 BAD_USER_INPUT in GraphQL error shape', async () => {
    const res = await rawPost(ctx.node.url, '{"query": "{ me { id } ', { token });
    expect(res.status).toBe(400);
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.contentType).toMatch(/json/);
    expectNoStack(res);
  });

  it('a GraphQL syntax error is 400 BAD_USER_INPUT', async () => {
    const res = await rawPost(ctx.node.url, { query: '{ me { id ' }, { token });
    expect(res.status).toBe(400);
    expect(code(res)).toBe('BAD_USER_INPUT');
    expectNoStack(res);
  });

  it('a wrong variable type is refused as BAD_USER_INPUT without running', async () => {
    const res = await rawPost(ctx.node.url, { query: 'query ($first: Int) { users(first: $first) { totalCount } }', variables: { first: 'ten' } }, { token });
    expect([400, 200]).toContain(res.status);
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.body?.data ?? null).toBeNull();
    expectNoStack(res);
  });

  it('a missing required variable is refused as BAD_USER_INPUT', async () => {
    const res = await rawPost(ctx.node.url, { query: 'query ($id: ID!) { user(id: $id) { id } }', variables: {} }, { token });
    expect(res.status).toBeLessThan(500);
    expect(code(res)).toBe('BAD_USER_INPUT');
  });

  it('an unknown field is 400 BAD_USER_INPUT', async () => {
    const res = await rawPost(ctx.node.url, { query: '{ me { id doesNotExist } }' }, { token });
    expect(res.status).toBe(400);
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.body?.errors?.[0]?.message).toMatch(/doesNotExist/);
  });

  it('a body over 1 MB is 413 with a GraphQL error', async () => {
    const big = JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(1_100_000) } });
    const res = await rawPost(ctx.node.url, big, { token });
    expect(res.status).toBe(413);
    expect(code(res)).toBe('BAD_USER_INPUT');
  });

  it('a body just under 1 MB is still served', async () => {
    const body = JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(900_000) } });
    const res = await rawPost(ctx.node.url, body, { token });
    expect(res.status).toBe(200);
    expect(res.body?.data?.me).toBeTruthy();
  });

  it('a body without a query is 400 BAD_USER_INPUT', async () => {
    const res = await rawPost(ctx.node.url, {}, { token });
    expect(res.status).toBe(400);
    expect(code(res)).toBe('BAD_USER_INPUT');
  });

  it('a simple (CSRF-able) text/plain POST is refused and does not run the mutation', async () => {
    const res = await rawPost(ctx.node.url, JSON.stringify({ query: 'mutation { logout }' }), { token, headers: { 'content-type': 'text/plain' } });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    const again = await rawPost(ctx.node.url, { query: '{ me { id } }' }, { token });
    expect(again.body?.data?.me).toBeTruthy();
  });

  it('a body that is not an object (JSON array / string) is a 4xx', async () => {
    for (const body of ['[1,2,3]', '"just a string"']) {
      const res = await rawPost(ctx.node.url, body, { token });
      expect(res.status, body).toBeGreaterThanOrEqual(400);
      expect(res.status, body).toBeLessThan(500);
    }
  });
});

describe('GraphQL over HTTP', () => {
  it('serves application/graphql-response+json when the client asks for it', async () => {
    const res = await rawPost(ctx.node.url, { query: '{ me { id } }' }, { token, headers: { accept: 'application/graphql-response+json' } });
    expect(res.status).toBe(200);
    expect(res.contentType).toMatch(/^application\/graphql-response\+json/);
  });

  it('serves application/json to clients that only accept that', async () => {
    const res = await rawPost(ctx.node.url, { query: '{ me { id } }' }, { token, headers: { accept: 'application/json' } });
    expect(res.status).toBe(200);
    expect(res.contentType).toMatch(/^application\/json/);
  });

  it('answers GET queries (with a CSRF-safe header) and refuses mutations over GET', async () => {
    const headers = { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' };
    const query = await toRaw(await fetch(`${ctx.node.url}?query=${encodeURIComponent('{ me { id } }')}`, { headers }));
    expect(query.status).toBe(200);
    expect((query.body?.data?.me as { id: string }).id).toBeTruthy();
    const mutation = await toRaw(await fetch(`${ctx.node.url}?query=${encodeURIComponent('mutation { logout }')}`, { headers }));
    expect(mutation.status).toBeGreaterThanOrEqual(400);
    expect(mutation.status).toBeLessThan(500);
    // The session must still be alive: a GET must never have run the mutation.
    const again = await rawPost(ctx.node.url, { query: '{ me { id } }' }, { token });
    expect(again.body?.data?.me).toBeTruthy();
  });

  it('/healthz and /readyz answer 200', async () => {
    const base = ctx.node.url.replace(/\/graphql$/, '');
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready' });
  });
});

describe('limits and error hygiene', () => {
  // Introspection fields have their own bound (15, the standard introspection query is 14 deep);
  // ordinary fields keep MAX_QUERY_DEPTH (production-mode.test.ts, introspection.test.ts).
  it('an introspection query deeper than its bound is BAD_USER_INPUT, one within it runs', async () => {
    const nest = (depth: number): string => (depth === 0 ? 'name' : `ofType { ${nest(depth - 1)} }`);
    const deep = await rawPost(ctx.node.url, { query: `{ __schema { types { fields { type { ${nest(12)} } } } } }` }, { token });
    expect(code(deep)).toBe('BAD_USER_INPUT');
    expect(deep.body?.errors?.[0]?.message).toBe('Query depth 16 exceeds the maximum of 15');
    expect(deep.status).toBeLessThan(500);
    const shallow = await rawPost(ctx.node.url, { query: `{ __schema { types { fields { type { ${nest(3)} } } } } }` }, { token });
    expect(shallow.body?.errors).toBeUndefined();
  });

  it('an over-complex query is refused before it runs', async () => {
    // Each alias costs about 1 + 100 x 7 under the `first`-aware estimator; ten of them exceed 5000.
    const page = (alias: number) => `u${alias}: users(first: 100) { edges { node { id permissionSets { id name description } } } }`;
    const query = `{ ${Array.from({ length: 10 }, (_, i) => page(i)).join('\n')} }`;
    const res = await rawPost(ctx.node.url, { query }, { token });
    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.body?.errors?.[0]?.message).toMatch(/complexity/i);
    expect(res.body?.data ?? null).toBeNull();
  });

  it('no stacktrace in any error when NODE_ENV=test', async () => {
    const answers = await Promise.all([
      rawPost(ctx.node.url, { query: '{ user(id: "00000000-0000-4000-8000-000000000000") { id } }' }, { token }),
      rawPost(ctx.node.url, { query: '{ users(first: 0) { totalCount } }' }, { token }),
      rawPost(ctx.node.url, { query: '{ nope }' }, { token }),
      rawPost(ctx.node.url, { query: '{ me { id } }' }),
    ]);
    for (const res of answers) {
      expect(res.body?.errors?.length).toBeGreaterThan(0);
      expectNoStack(res);
    }
  });

  it('every error code is from the closed list', async () => {
    const closed = ['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED', 'INTERNAL'];
    const answers = await Promise.all([
      rawPost(ctx.node.url, { query: '{ me { id' }, { token }),
      rawPost(ctx.node.url, { query: '{ me { id } }' }, { token: 'garbage' }),
      rawPost(ctx.node.url, { query: 'query Q { me { id } } query R { me { id } }' }, { token }),
      rawPost(ctx.node.url, { query: '{ me { id } }', operationName: 'Missing' }, { token }),
    ]);
    for (const res of answers) {
      expect(res.status).toBeLessThan(500);
      for (const ext of allExtensions(res)) expect(closed).toContain(ext.code);
    }
  });
});
