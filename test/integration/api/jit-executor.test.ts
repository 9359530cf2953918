import { beforeAll, describe, expect, it } from 'vitest';
import type * as JitModule from '../../../src/server/jit-executor';
import { loadServerModule } from '../../fixtures/load';
import { createUserWithSets, member } from '../../fixtures/seed';
import { OWNER_EMAIL, OWNER_PASSWORD, useCluster, type TestNode } from '../../fixtures/test-node';
import { rawPost } from './http.helpers';

const { jitDocumentsTotal } = loadServerModule<typeof JitModule>('../../src/server/jit-executor.ts');

// Two nodes on one database: the first executes with graphql-jit, the second with graphql-js.
const ctx = useCluster({ nodes: 2, redis: true, nodeEnv: [{ GRAPHQL_JIT: 'true' }, { GRAPHQL_JIT: 'false' }] });
let ownerToken: string;
let viewerToken: string;
let someUserId: string;

beforeAll(async () => {
  ownerToken = (await ctx.nodes[0]!.anonymous().Login({ email: OWNER_EMAIL, password: OWNER_PASSWORD })).login.accessToken;
  for (const i of [1, 2, 3]) {
    const { user } = await createUserWithSets(ctx.owner, i === 2 ? ['Viewer', 'Developer'] : ['Viewer'], { labels: { team: `t${i}`, tier: 'gold' } });
    someUserId = user.id;
  }
  const viewer = await member(ctx.nodes[0]!, ctx.owner, ['Viewer']);
  viewerToken = (await ctx.nodes[0]!.anonymous().Login({ email: viewer.email, password: viewer.password })).login.accessToken;
  // Warm both nodes' session caches, so statement counts below are the reads' own.
  for (const node of ctx.nodes) for (const token of [ownerToken, viewerToken]) await rawPost(node.url, { query: '{ me { id } }' }, { token });
});

const compiled = async () => (await jitDocumentsTotal.get()).values.find((v) => v.labels.outcome === 'compiled')?.value ?? 0;

/** The same request to both nodes, one after the other: status, body text and SQL statements sent. */
async function both(body: Record<string, unknown>, token: string | undefined = ownerToken) {
  const ask = async (node: TestNode) => {
    // Per-node caches (sessions, permissions, permission sets) expire and fill at different moments on
    // the two nodes: ask each once first, so both count the same warm request.
    if (!String(body.query).trimStart().startsWith('mutation')) await rawPost(node.url, body, { token });
    const before = node.database.statementCount();
    const res = await rawPost(node.url, body, { token });
    return { status: res.status, text: res.text, statements: node.database.statementCount() - before };
  };
  const jit = await ask(ctx.nodes[0]!);
  const js = await ask(ctx.nodes[1]!);
  return { jit, js };
}

const USER_FIELDS = '__typename id name email status labels createdAt updatedAt mfaEnabled deletedAt ipAllowlist permissionSets { name isBuiltin createdAt }';

const CASES: Array<[string, Record<string, unknown>, 'owner' | 'viewer' | 'anonymous']> = [
  ['me: DateTime, JSONObject, enums, __typename', { query: `{ __typename me { ${USER_FIELDS} } }` }, 'owner'],
  ['users page: lean read path, aliases, fragments, totalCount', {
    query: `query Page($n: Int, $f: UserFilter) { page: users(first: $n, filter: $f) { totalCount edges { cursor node { ...U n: name } } pageInfo { hasNextPage endCursor } } }
      fragment U on User { id email labels permissionSets { name } }`,
    variables: { n: 50, f: { search: 'test' } },
    operationName: 'Page',
  }, 'owner'],
  ['@skip/@include on fields, fragments and inline fragments', {
    query: `query($s: Boolean!, $i: Boolean!) { users(first: 10) { totalCount @include(if: $i) edges { node { id email @skip(if: $s) ...F @include(if: $i) ... on User @skip(if: $s) { labels } } } } }
      fragment F on User { createdAt permissionSets { name } }`,
    variables: { s: true, i: false },
  }, 'owner'],
  ['@skip/@include the other way', {
    query: `query($s: Boolean!, $i: Boolean!) { users(first: 10) { totalCount @include(if: $i) edges { node { id email @skip(if: $s) ...F @include(if: $i) ... on User @skip(if: $s) { labels } } } } }
      fragment F on User { createdAt permissionSets { name } }`,
    variables: { s: false, i: true },
  }, 'owner'],
  ['NOT_FOUND on a non-null root field', { query: '{ me { id } user(id: "00000000-0000-4000-8000-000000000000") { id name } }' }, 'owner'],
  ['bad id', { query: '{ user(id: "not-a-uuid") { id } }' }, 'owner'],
  ['page size out of bounds', { query: '{ users(first: 1000) { totalCount } }' }, 'owner'],
  ['variable of the wrong type', { query: 'query($n: Int) { users(first: $n) { totalCount } }', variables: { n: 'many' } }, 'owner'],
  ['missing required variable', { query: 'query($id: ID!) { user(id: $id) { id } }', variables: {} }, 'owner'],
  ['bad DateTime variable', { query: 'query($from: DateTime!, $to: DateTime!) { errorStats(from: $from, to: $to) { total } }', variables: { from: 'yesterday', to: '2026-01-01T00:00:00Z' } }, 'owner'],
  ['operation name that is not in the document', { query: '{ me { id } }', operationName: 'Missing' }, 'owner'],
  ['several operations, no name', { query: 'query Q { me { id } } query R { me { name } }' }, 'owner'],
  ['several operations, one named', { query: 'query Q { me { id } } query R { me { name } }', operationName: 'R' }, 'owner'],
  ['introspection (left to graphql-js)', { query: '{ __type(name: "User") { name fields { name } } }' }, 'owner'],
  ['viewer: field-level nulls on rows', { query: `{ users(first: 20) { edges { node { id email ipAllowlist } } } }` }, 'viewer'],
  ['viewer: a root field it may not call', { query: '{ me { id } auditLogs(first: 1) { totalCount } }' }, 'viewer'],
  ['anonymous: a root field that needs a viewer', { query: '{ me { id } }' }, 'anonymous'],
  ['denied mutation', { query: 'mutation($id: ID!) { suspendUser(id: $id) { id } }', variables: { id: '00000000-0000-4000-8000-000000000000' } }, 'viewer'],
];

describe('graphql-jit behind Apollo (GRAPHQL_JIT=true beside false, one database)', () => {
  it.each(CASES)('answers byte for byte like graphql-js: %s', async (_name, body, who) => {
    const token = who === 'owner' ? ownerToken : who === 'viewer' ? viewerToken : undefined;
    const { jit, js } = await both(body, token);
    expect(jit.text).toBe(js.text);
    expect(jit.status).toBe(js.status);
    // The lean read path reads the selection from jit's resolve info as from graphql-js's.
    expect(jit.statements).toBe(js.statements);
  });

  it('really runs on graphql-jit, compiling a document once', async () => {
    const before = await compiled();
    const query = `query Once { user(id: "${someUserId}") { id labels } }`;
    const first = await both({ query });
    expect(first.jit.text).toBe(first.js.text);
    await rawPost(ctx.nodes[0]!.url, { query }, { token: ownerToken });
    expect((await compiled()) - before).toBe(1);
  });

  it('runs mutations under jit, and their effects and audit match', async () => {
    const res = await rawPost(
      ctx.nodes[0]!.url,
      { query: 'mutation($id: ID!) { updateUser(id: $id, input: { name: "Renamed under jit" }) { id name labels updatedAt } }', variables: { id: someUserId } },
      { token: ownerToken },
    );
    expect(res.body?.errors).toBeUndefined();
    const read = await both({ query: `{ user(id: "${someUserId}") { name } auditLogs(first: 1, filter: { action: "user.updated" }) { edges { node { action targetId outcome changes } } } }` });
    expect(read.jit.text).toBe(read.js.text);
    expect(read.js.text).toContain('Renamed under jit');
    expect(read.js.text).toContain(someUserId);
  });
});
