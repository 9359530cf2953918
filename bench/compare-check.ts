import { deepStrictEqual } from 'node:assert';
import postgres from 'postgres';
import { post } from './compare-support';

/** The documents of issue 9, sent verbatim to our API and to the baseline. */
export const USERS_QUERY = 'query($first: Int) { users(first: $first) { edges { node { id name email permissionSets { name } } } } }';
export const ME_QUERY = '{ me { id name } }';
/** PostGraphile's spelling of the same page (its inflection; set names cannot be ordered there). */
export const PG_USERS_QUERY =
  'query($first: Int) { allUsers(first: $first, orderBy: ID_DESC) { nodes { id name email userPermissionSetsByUserId { nodes { permissionSetBySetId { name } } } } } }';
export const READER = { user: 'bench_reader', password: 'bench-reader-password' };

/** A LOGIN role that can read the columns the page needs and nothing else (PostGraphile connects as it). */
export async function createReader(dbUrl: string) {
  const db = postgres(dbUrl, { max: 1, onnotice: () => {} });
  try {
    const [exists] = await db`select 1 from pg_roles where rolname = ${READER.user}`;
    // Roles are cluster-wide: another bench or test may create it at the same moment.
    if (!exists) await db.unsafe(`create role ${READER.user} login password '${READER.password}'`).catch((err: { code?: string }) => {
      if (err.code !== '42710' && err.code !== '23505') throw err;
    });
    const [{ current_database: name }] = await db<{ current_database: string }[]>`select current_database()`;
    await db.unsafe(`grant connect on database "${name.replace(/"/g, '""')}" to ${READER.user}`);
    await db.unsafe(`grant usage on schema public to ${READER.user}`);
    await db.unsafe(`grant select (id, name, email) on users to ${READER.user}`);
    await db.unsafe(`grant select (user_id, set_id, expires_at) on user_permission_sets to ${READER.user}`);
    await db.unsafe(`grant select (id, name) on permission_sets to ${READER.user}`);
  } finally {
    await db.end();
  }
}

type Node = { id: string; name: string; email: string; permissionSets: { name: string }[] };

/** Fails loudly unless the three systems return the same page (and ours and the baseline the same `me`). */
export async function checkSameData(api: string, pg: string, base: string, token: string, page: number): Promise<{ users: number }> {
  const ours = await post(api, USERS_QUERY, { first: page }, token);
  const baseline = await post(base, USERS_QUERY, { first: page }, token);
  const graphile = await post(pg, PG_USERS_QUERY, { first: page });
  if (ours.errors || baseline.errors || graphile.errors) {
    throw new Error(`compare bench: errors before measuring: ${JSON.stringify({ ours: ours.errors, baseline: baseline.errors, postgraphile: graphile.errors })}`);
  }
  const nodes: Node[] = ours.data.users.edges.map((e: { node: Node }) => e.node);
  if (nodes.length !== page) throw new Error(`compare bench: our page has ${nodes.length} users, expected ${page}`);
  if (!nodes.some((n) => n.permissionSets.length > 1)) throw new Error('compare bench: no user holds two sets; the seed did not apply');
  deepStrictEqual(baseline, ours, 'compare bench: the baseline answers the users page differently from our API');
  type PgNode = { id: string; name: string; email: string; userPermissionSetsByUserId: { nodes: { permissionSetBySetId: { name: string } }[] } };
  const mapped: Node[] = graphile.data.allUsers.nodes.map((n: PgNode) => ({
    id: n.id,
    name: n.name,
    email: n.email,
    permissionSets: n.userPermissionSetsByUserId.nodes.map((x) => ({ name: x.permissionSetBySetId.name })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
  }));
  deepStrictEqual(mapped, nodes, 'compare bench: PostGraphile answers the users page differently from our API');
  const meOurs = await post(api, ME_QUERY, {}, token);
  const meBase = await post(base, ME_QUERY, {}, token);
  if (!meOurs.data?.me) throw new Error(`compare bench: our me failed: ${JSON.stringify(meOurs.errors)}`);
  deepStrictEqual(meBase, meOurs, 'compare bench: the baseline answers `me` differently from our API');
  return { users: nodes.length };
}

