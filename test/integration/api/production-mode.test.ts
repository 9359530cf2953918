import { beforeAll, describe, expect, it } from 'vitest';
import { OWNER_EMAIL, OWNER_PASSWORD, useCluster } from '../../fixtures/test-node';
import { allExtensions, rawPost } from './http.helpers';

const ctx = useCluster({ owner: false, env: { NODE_ENV: 'production', MAX_QUERY_DEPTH: '3' } });
let token: string;
beforeAll(async () => {
  token = (await ctx.node.anonymous().Login({ email: OWNER_EMAIL, password: OWNER_PASSWORD })).login.accessToken;
});

describe('NODE_ENV=production', () => {
  // Introspection follows schema:introspect, not NODE_ENV (test/integration/api/introspection.test.ts).
  it('introspection is refused to anonymous callers and allowed to the Owner (who holds schema:introspect)', async () => {
    const anonymous = await rawPost(ctx.node.url, { query: '{ __schema { queryType { name } } }' });
    expect(anonymous.body?.data?.__schema ?? null).toBeNull();
    expect(anonymous.body?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.status).toBe(401);
    const type = await rawPost(ctx.node.url, { query: '{ __type(name: "User") { name } }' }, { token });
    expect(type.body?.data?.__type).toEqual({ name: 'User' });
  });

  it('ordinary queries still work, and errors carry no stack trace', async () => {
    const ok = await rawPost(ctx.node.url, { query: '{ me { id email } }' }, { token });
    expect((ok.body?.data?.me as { email: string }).email).toBe(OWNER_EMAIL);
    const bad = await Promise.all([
      rawPost(ctx.node.url, { query: '{ user(id: "nope") { id } }' }, { token }),
      rawPost(ctx.node.url, { query: '{ me { id ' }, { token }),
      rawPost(ctx.node.url, '{"broken', { token }),
    ]);
    for (const res of bad) {
      expect(res.body?.errors?.length).toBeGreaterThan(0);
      for (const ext of allExtensions(res)) expect(ext).not.toHaveProperty('stacktrace');
    }
  });

  it('MAX_QUERY_DEPTH from the environment bounds ordinary queries', async () => {
    // Counted like graphql-depth-limit: root fields are depth 0, so users > edges > node > id is 3.
    const within = await rawPost(ctx.node.url, { query: '{ users(first: 1) { edges { node { id } } } }' }, { token });
    expect(within.body?.errors).toBeUndefined();
    const deep = await rawPost(ctx.node.url, { query: '{ users(first: 1) { edges { node { permissionSets { id } } } } }' }, { token });
    expect(deep.body?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(deep.body?.errors?.[0]?.message).toMatch(/depth/i);
    expect(deep.body?.data ?? null).toBeNull();
  });
});
