import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkSameData, createReader, ME_QUERY, READER, USERS_QUERY } from '../../../bench/compare-check';
import { asRole, post, spawnHelper, type Helper } from '../../../bench/compare-support';
import { AUTH_SECRET, OWNER_EMAIL, OWNER_PASSWORD, sdk, useCluster } from '../../fixtures/test-node';

/**
 * The comparison bench (`npm run bench -- compare`) measures three systems on "the same" request:
 * this pins that the hand-written baseline and PostGraphile (through its read-only role) still
 * return our API's data, so a change to our users page cannot silently turn the bench unfair.
 */
const fx = useCluster();
const helpers: Helper[] = [];
let token = '';

beforeAll(async () => {
  const sets = [fx.builtins.Viewer, fx.builtins.Developer];
  for (let i = 0; i < 3; i += 1) {
    const { createUser } = await fx.owner.CreateUser({ input: { email: `cmp-${i}@example.test`, name: `Cmp ${i}`, password: 'cmp-user-password' } });
    for (const setId of sets.slice(0, i)) await fx.owner.AssignPermissionSet({ userId: createUser.id, permissionSetId: setId });
  }
  const { login } = await fx.track(sdk.createClient({ url: fx.node.url })).Login({ email: OWNER_EMAIL, password: OWNER_PASSWORD });
  token = login.accessToken;
  await createReader(fx.cluster.dbUrl);
  helpers.push(await spawnHelper('postgraphile', ['bench/postgraphile-server.cjs'], { DATABASE_URL: asRole(fx.cluster.dbUrl, READER.user, READER.password) }));
  helpers.push(await spawnHelper('baseline', ['bench/baseline-server.ts'], { DATABASE_URL: fx.cluster.dbUrl, AUTH_SECRET, SESSION_IDLE_TTL_MINUTES: '1440' }));
}, 120_000);

afterAll(async () => {
  for (const helper of helpers) await helper.stop();
});

it('the baseline and PostGraphile return the same users page as our API, and the baseline the same me', async () => {
  const [pg, base] = helpers as [Helper, Helper];
  // The owner and 3 users (holding 0, 1 and 2 sets); checkSameData throws on any difference.
  await expect(checkSameData(fx.node.url, pg.url, base.url, token, 4)).resolves.toEqual({ users: 4 });
});

it('the baseline refuses a token our API refuses', async () => {
  const base = helpers[1]!;
  const forged = `${token.slice(0, -4)}AAAA`;
  for (const query of [USERS_QUERY, ME_QUERY]) {
    const body = await post(base.url, query, { first: 4 }, forged);
    expect(body.data).toBeUndefined();
    expect((body.errors as { extensions: { code: string } }[])[0]!.extensions.code).toBe('UNAUTHENTICATED');
  }
});

it('PostGraphile, as the read-only role, exposes no password hash and no mutation', async () => {
  const pg = helpers[0]!;
  const body = await post(pg.url, '{ __schema { mutationType { name } } __type(name: "User") { fields { name } } }', {});
  expect(body.data.__schema.mutationType).toBeNull();
  expect(body.data.__type.fields.map((f: { name: string }) => f.name)).not.toContain('passwordHash');
});
