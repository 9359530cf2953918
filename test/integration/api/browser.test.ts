import { Client as UrqlClient, fetchExchange, gql } from '@urql/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { OWNER_EMAIL, OWNER_PASSWORD, useCluster, useClusterPerTest } from '../../fixtures/test-node';
import { rawPost, toRaw } from './http.helpers';

const ALLOWED = 'https://admin.example.test';
const ctx = useCluster({ owner: false, env: { CORS_ORIGINS: `${ALLOWED}, http://localhost:5173` } });
const start = useClusterPerTest();
let token: string;
beforeAll(async () => {
  token = (await ctx.node.anonymous().Login({ email: OWNER_EMAIL, password: OWNER_PASSWORD })).login.accessToken;
});

const preflight = (url: string, origin: string, headers = 'authorization, content-type') =>
  fetch(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': headers } });
const getQuery = (query: string, headers: Record<string, string> = {}) =>
  fetch(`${ctx.node.url}?query=${encodeURIComponent(query)}`, { headers: { accept: 'application/graphql-response+json', ...headers } });

describe('CORS (CORS_ORIGINS)', () => {
  it('answers a preflight from a listed origin with the methods, headers and max-age', async () => {
    const res = await preflight(ctx.node.url, ALLOWED, 'authorization, content-type, x-request-id, apollo-require-preflight, traceparent');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(res.headers.get('access-control-allow-methods')).toBe('GET,POST,OPTIONS');
    const allowed = res.headers.get('access-control-allow-headers')!.split(',');
    for (const h of ['authorization', 'content-type', 'x-request-id', 'apollo-require-preflight', 'traceparent']) expect(allowed).toContain(h);
    expect(res.headers.get('access-control-max-age')).toBe('7200');
    // Bearer tokens, never cookies.
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('vary')).toMatch(/Origin/);
  });

  it('lets a listed origin read the answer (and its request id) of a real request', async () => {
    const res = await fetch(ctx.node.url, {
      method: 'POST',
      headers: { origin: 'http://localhost:5173', 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(res.headers.get('access-control-expose-headers')).toMatch(/x-request-id/);
  });

  it('gives an origin that is not listed no CORS permission (exact match: no prefix, no other scheme)', async () => {
    for (const origin of ['https://evil.example.test', 'http://admin.example.test', 'https://admin.example.test.evil.test']) {
      const res = await preflight(ctx.node.url, origin);
      expect(res.headers.get('access-control-allow-origin'), origin).toBeNull();
    }
  });

  it('sends no CORS header at all when CORS_ORIGINS is unset', async () => {
    const cluster = await start();
    const res = await preflight(cluster.nodes[0]!.url, ALLOWED);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-methods')).toBeNull();
    const post = await fetch(cluster.nodes[0]!.url, {
      method: 'POST',
      headers: { origin: ALLOWED, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(post.status).toBe(200);
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('CSRF protection and GET', () => {
  it('refuses a simple (form-like) POST and a bare GET, naming what to send', async () => {
    const form = await rawPost(ctx.node.url, JSON.stringify({ query: '{ __typename }' }), { headers: { 'content-type': 'text/plain' } });
    expect(form.status).toBe(400);
    expect(form.text).toMatch(/Cross-Site Request Forgery/);
    const bare = await toRaw(await getQuery('{ __typename }'));
    expect(bare.status).toBe(400);
    expect(bare.text).toMatch(/authorization, apollo-require-preflight/);
  });

  it('serves GET queries with just a bearer token (urql default), or apollo-require-preflight', async () => {
    const withToken = await toRaw(await getQuery('{ me { id } }', { authorization: `Bearer ${token}` }));
    expect(withToken.status).toBe(200);
    expect((withToken.body?.data?.me as { id: string }).id).toBeTruthy();
    const anonymous = await toRaw(await getQuery('{ __typename }', { 'apollo-require-preflight': 'true' }));
    expect(anonymous.status).toBe(200);
    expect(anonymous.body?.data?.__typename).toBe('Query');
  });

  it('refuses mutations over GET with 405 and Allow: POST, without running them', async () => {
    const res = await getQuery('mutation { logout }', { authorization: `Bearer ${token}` });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    const again = await rawPost(ctx.node.url, { query: '{ me { id } }' }, { token });
    expect(again.body?.data?.me).toBeTruthy();
  });
});

describe('legacy application/json clients (GraphQL over HTTP)', () => {
  const cases = {
    parse: { query: '{ me { id ' },
    validation: { query: '{ me { nope } }' },
    'variable coercion': { query: 'query ($first: Int) { users(first: $first) { totalCount } }', variables: { first: 'ten' } },
  };
  for (const [kind, body] of Object.entries(cases)) {
    it(`a ${kind} error is 200 for application/json and 400 for application/graphql-response+json`, async () => {
      const legacy = await rawPost(ctx.node.url, body, { token, headers: { accept: 'application/json' } });
      expect(legacy.status).toBe(200);
      expect(legacy.contentType).toMatch(/^application\/json/);
      expect(legacy.body?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(legacy.body && 'data' in legacy.body).toBe(false);
      const modern = await rawPost(ctx.node.url, body, { token, headers: { accept: 'application/graphql-response+json' } });
      expect(modern.status).toBe(400);
      expect(modern.contentType).toMatch(/^application\/graphql-response\+json/);
    });
  }

  it('without an Accept header the answer is application/json, so 200; a broken JSON body stays 400', async () => {
    const noAccept = await fetch(ctx.node.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{' }) });
    expect(noAccept.status).toBe(200);
    expect(noAccept.headers.get('content-type')).toMatch(/^application\/json/);
    const broken = await rawPost(ctx.node.url, '{"query": ', { headers: { accept: 'application/json' } });
    expect(broken.status).toBe(400);
  });

  it('authentication keeps its status for legacy clients too', async () => {
    const res = await rawPost(ctx.node.url, { query: '{ users(first: 1) { totalCount } }' }, { token: 'not-a-token', headers: { accept: 'application/json' } });
    expect(res.status).toBe(401);
  });
});

describe('urql with its defaults (GET for queries)', () => {
  it('runs queries over GET with just its bearer token, and mutations over POST', async () => {
    const methods: string[] = [];
    const recordingFetch: typeof fetch = (input, init) => {
      methods.push(init?.method ?? 'GET');
      return fetch(input, init);
    };
    const client = new UrqlClient({
      url: ctx.node.url,
      exchanges: [fetchExchange],
      fetch: recordingFetch,
      fetchOptions: { headers: { authorization: `Bearer ${token}` } },
    });
    const me = await client.query(gql`query { me { id } }`, {}).toPromise();
    expect(me.error).toBeUndefined();
    expect((me.data as { me: { id: string } }).me.id).toBeTruthy();
    const session = await client.mutation(gql`mutation { refreshSession(refreshToken: "not-a-token") { accessToken } }`, {}).toPromise();
    // Refused for the token, not for the transport: the mutation went over POST and ran.
    expect(session.error?.graphQLErrors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(methods).toEqual(['GET', 'POST']);
  });
});
