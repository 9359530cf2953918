import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PASSWORD, createUserWithSets, uniqueEmail } from '../../fixtures/seed';
import { OWNER_EMAIL, OWNER_PASSWORD, useCluster } from '../../fixtures/test-node';
import { rawPost, type RawResponse } from './http.helpers';

/**
 * Values PostgreSQL cannot store or compare (NUL characters, year 0, absurd nesting) are the
 * client's mistake: BAD_USER_INPUT with a 4xx/200, never INTERNAL or a 500.
 */
const ctx = useCluster();
const CLOSED_CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED', 'INTERNAL'];
const NUL = '\u0000';
let token: string;
let targetId: string;

beforeAll(async () => {
  token = (await ctx.node.anonymous().Login({ email: OWNER_EMAIL, password: OWNER_PASSWORD })).login.accessToken;
  targetId = (await createUserWithSets(ctx.owner, ['Viewer'])).user.id;
});

const gql = (query: string, variables: Record<string, unknown> = {}, auth = true) =>
  rawPost(ctx.node.url, { query, variables }, auth ? { token } : {});

function expectBadInput(res: RawResponse, field?: string) {
  expect(res.status, res.text).toBeLessThan(500);
  const errors = res.body?.errors ?? [];
  expect(errors.length, res.text).toBeGreaterThan(0);
  for (const e of errors) expect(CLOSED_CODES).toContain(e.extensions?.code);
  expect(errors[0]!.extensions?.code, res.text).toBe('BAD_USER_INPUT');
  if (field) expect(errors[0]!.extensions?.field).toBe(field);
  expect(res.text).not.toMatch(/Failed query|params:|\$argon2/);
}

const USERS = 'query($filter: UserFilter, $after: String) { users(filter: $filter, after: $after) { totalCount edges { node { id } } } }';
const AUDIT = 'query($filter: AuditLogFilter) { auditLogs(filter: $filter) { edges { node { id } } } }';
const CREATE_USER = 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }';
const UPDATE_USER = 'mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }';
const GRANT = 'mutation($userId: ID!, $grant: GrantInput!) { grantPermission(userId: $userId, grant: $grant) { id } }';
const CREATE_SET = 'mutation($input: CreatePermissionSetInput!) { createPermissionSet(input: $input) { id } }';
const SETS = 'query($after: String) { permissionSets(after: $after) { edges { node { id } } } }';
const LOGIN = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }';

const newUser = (patch: Record<string, unknown> = {}) => ({ email: uniqueEmail('nul'), name: 'Valid Name', password: DEFAULT_PASSWORD, ...patch });
const idsGrant = (ids: string[]) => ({ effect: 'ALLOW', action: 'users:read', scope: { kind: 'IDS', ids } });
const labelsGrant = (labels: Record<string, unknown>) => ({ effect: 'ALLOW', action: 'users:read', scope: { kind: 'LABELS', labels } });

describe('a NUL character anywhere in text that reaches PostgreSQL', () => {
  it('users(filter: { search })', async () => {
    expectBadInput(await gql(USERS, { filter: { search: `a${NUL}b` } }));
  });

  it.each(['action', 'targetType', 'targetId'])('auditLogs(filter: { %s })', async (key) => {
    expectBadInput(await gql(AUDIT, { filter: { [key]: `x${NUL}` } }), `filter.${key}`);
  });

  it.each([
    ['name', { name: `Eve${NUL}` }, 'input.name'],
    ['email', { email: `eve${NUL}@example.test` }, 'input.email'],
    ['a label value', { labels: { team: `pay${NUL}` } }, 'input.labels'],
    ['a label key', { labels: { [`team${NUL}`]: 'pay' } }, 'input.labels'],
  ])('createUser with %s', async (_what, patch, field) => {
    expectBadInput(await gql(CREATE_USER, { input: newUser(patch) }), field);
  });

  it('updateUser name', async () => {
    expectBadInput(await gql(UPDATE_USER, { id: targetId, input: { name: `x${NUL}` } }), 'input.name');
  });

  it('login(email) is refused as bad input, without a session', async () => {
    expectBadInput(await gql(LOGIN, { email: `owner${NUL}@example.test`, password: OWNER_PASSWORD }, false));
  });

  it.each([
    ['scope.ids', idsGrant([`id${NUL}`]), 'grant.scope.ids.0'],
    ['a scope label value', labelsGrant({ env: `prod${NUL}` }), 'grant.scope.labels'],
    ['a scope label key', labelsGrant({ [`env${NUL}`]: 'prod' }), 'grant.scope.labels'],
  ])('grantPermission with %s', async (_what, grant, field) => {
    expectBadInput(await gql(GRANT, { userId: targetId, grant }), field);
  });

  it.each([
    ['name', { name: `Set${NUL}` }, 'input.name'],
    ['description', { name: 'Set with NUL description', description: `d${NUL}` }, 'input.description'],
    ['grant ids', { name: 'Set with NUL id', grants: [idsGrant([NUL])] }, 'input.grants.0.scope.ids.0'],
  ])('createPermissionSet with %s', async (_what, input, field) => {
    expectBadInput(await gql(CREATE_SET, { input }), field);
  });

  it('the name inside a permissionSets cursor', async () => {
    const cursor = Buffer.from(JSON.stringify(['permissionSets', { name: `a${NUL}`, id: '0190a000-0000-7000-8000-000000000000' }])).toString('base64url');
    expectBadInput(await gql(SETS, { after: cursor }), 'after');
  });

  it('nothing was created along the way, and clean values still work', async () => {
    const { users } = await ctx.owner.Users({ filter: { search: 'Eve' } });
    expect(users.totalCount).toBe(0);
    const ok = await gql(CREATE_USER, { input: newUser({ labels: { team: 'payments' } }) });
    expect(ok.body?.errors).toBeUndefined();
  });
});

describe('dates PostgreSQL cannot store', () => {
  it.each(['0000-01-01T00:00:00Z', '9999-12-31T23:59:59-05:00'])('auditLogs(filter: { from: %s }) as a variable', async (from) => {
    expectBadInput(await gql(AUDIT, { filter: { from } }));
  });

  it('auditLogs(filter: { to }) as a literal', async () => {
    expectBadInput(await gql('{ auditLogs(filter: { to: "0000-06-01T00:00:00Z" }) { edges { node { id } } } }'));
  });

  it('the boundaries themselves are accepted', async () => {
    const res = await gql(AUDIT, { filter: { from: '0001-01-01T00:00:00Z', to: '9999-12-31T23:59:59Z' } });
    expect(res.body?.errors, res.text).toBeUndefined();
  });
});

describe('deeply nested JSON input', () => {
  // Built as text: JSON.stringify itself would overflow the test's stack at this depth.
  const DEEP = `${'['.repeat(20_000)}"x"${']'.repeat(20_000)}`;
  const withDeep = (query: string, variables: Record<string, unknown>) =>
    rawPost(ctx.node.url, JSON.stringify({ query, variables }).replace('"__DEEP__"', DEEP), { token });

  it('createUser labels nested 20,000 levels deep', async () => {
    expectBadInput(await withDeep(CREATE_USER, { input: newUser({ labels: { team: '__DEEP__' } }) }));
  });

  it('grant scope labels nested 20,000 levels deep', async () => {
    expectBadInput(await withDeep(GRANT, { userId: targetId, grant: labelsGrant({ env: '__DEEP__' }) }));
  });

  it('the server still answers afterwards', async () => {
    const res = await gql('{ me { id } }');
    expect(res.body?.errors).toBeUndefined();
  });
});
