import { and, desc, lt, sql, type Placeholder, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { CompiledReads, runCompiled, selectionKey } from '../read/compiled-read';
import { isoTimestamp, jsonArray, jsonObject, selectedColumns, selectList, type Expr } from '../read/sql-shape';
import { selectsOnly, type Selection } from '../read/selection';
import { permissionSets, userPermissionSets, users } from '../schema';
import { filterConditions, type UserListFilter } from './users.queries';

/** User fields a lean page can serve from its own columns, by GraphQL field name. */
const USER_COLUMNS: Record<string, Expr> = {
  id: users.id,
  name: users.name,
  status: users.status,
  labels: users.labels,
  createdAt: isoTimestamp(users.createdAt),
  updatedAt: isoTimestamp(users.updatedAt),
  lastLoginAt: isoTimestamp(users.lastLoginAt),
  deletedAt: isoTimestamp(users.deletedAt),
  mfaEnabled: users.mfaEnabled,
};

const SET_COLUMNS: Record<string, Expr> = {
  id: permissionSets.id,
  name: permissionSets.name,
  description: permissionSets.description,
  isBuiltin: permissionSets.isBuiltin,
  requireMfa: permissionSets.requireMfa,
  createdAt: isoTimestamp(permissionSets.createdAt),
  updatedAt: isoTimestamp(permissionSets.updatedAt),
};

const LEAN_USER_FIELDS = new Set([...Object.keys(USER_COLUMNS), 'email', 'permissionSets']);
const LEAN_SET_FIELDS = new Set(Object.keys(SET_COLUMNS));

/**
 * What one lean page reads. `email` is decided by the caller once for the whole page: `true` shows
 * every row's email, `false` none (the column is not even read), a condition shows it where it holds.
 */
export interface UserPageShape {
  fields: Selection;
  email: boolean | SQL;
}

/** A user as a lean page returns it: only the selected fields, timestamps as ISO strings. */
export interface LeanUserRow {
  id: string;
  email?: string | null;
  permissionSets?: Array<Record<string, unknown>>;
  [field: string]: unknown;
}

/**
 * Whether a lean page can serve this node selection. A field it does not know (one added by another
 * domain's field resolver, which may need the full row) sends the caller to the full read instead.
 */
export function leanPageServes(fields: Selection): boolean {
  if (!selectsOnly(fields, LEAN_USER_FIELDS)) return false;
  const sets = fields.get('permissionSets');
  return !sets || selectsOnly(sets, LEAN_SET_FIELDS);
}

/** `p.*` plus, when selected, each row's held sets as a JSON array (a correlated aggregate over `p.id`). */
function withSets(fields: Selection): SQL {
  const setFields = fields.get('permissionSets');
  if (!setFields) return sql`p.*`;
  return sql`p.*, ${jsonArray(
    jsonObject(selectedColumns(setFields, SET_COLUMNS, ['id'])),
    sql`from ${userPermissionSets} join ${permissionSets} on ${permissionSets.id} = ${userPermissionSets.setId}
        where ${userPermissionSets.userId} = p.id
          and (${userPermissionSets.expiresAt} is null or ${userPermissionSets.expiresAt} > now())`,
    sql`${permissionSets.name}`,
  )} as "permissionSets"`;
}

function pageStatement(filter: UserListFilter, after: Placeholder | string | null | undefined, limit: Placeholder | number, shape: UserPageShape): SQL {
  const conditions = filterConditions(filter);
  if (after) conditions.push(lt(users.id, after));
  const columns = selectedColumns(shape.fields, USER_COLUMNS, ['id']);
  if (shape.fields.has('email') && shape.email !== false) {
    columns.push(['email', shape.email === true ? users.email : sql`case when ${shape.email} then ${users.email} end`]);
  }
  const where = conditions.length > 0 ? sql`where ${and(...conditions)}` : sql``;
  const inner = sql`select ${selectList(columns)} from ${users} ${where} order by ${desc(users.id)} limit ${limit}`;
  return sql`select ${withSets(shape.fields)} from (${inner}) p order by p.id desc`;
}

const pages = new CompiledReads();

/**
 * A keyset page of users (newest first, one extra row for `hasNextPage`) with the held permission
 * sets of every row, in one statement whatever the page size: the page is cut first, then each of
 * its rows gets its sets as a JSON array (a correlated aggregate over the indexed assignment table).
 * Readers of every user (no scope, no search) run a statement compiled once per selection and
 * prepared per connection; a scoped or searching reader's statement embeds their own conditions
 * and is built per request.
 */
export async function readUserPage(
  db: Db,
  filter: UserListFilter,
  page: { first: number; afterId?: string | null },
  shape: UserPageShape,
): Promise<LeanUserRow[]> {
  // Cached only when the statement depends on nothing but the selection, the status and the
  // cursor's presence: any other condition (a scope, a search, a filter added later) is built fresh.
  const statusOnly = Object.entries(filter).every(([name, value]) => value === undefined || value === null || name === 'status');
  if (!statusOnly || typeof shape.email !== 'boolean') {
    const statement = pageStatement(filter, page.afterId, page.first + 1, shape);
    return (await db.execute<LeanUserRow>(statement)) as unknown as LeanUserRow[];
  }
  const key = `${filter.status ?? ''}|${page.afterId ? 'after' : ''}|${shape.email}|${selectionKey(shape.fields)}`;
  const read = pages.get(key, () =>
    pageStatement({ status: filter.status }, page.afterId ? sql.placeholder('afterId') : null, sql.placeholder('limit'), shape),
  );
  return runCompiled<LeanUserRow>(db, read, { afterId: page.afterId, limit: page.first + 1 });
}

/** Whether a lean node read can serve this selection (the same fields as a lean page). */
export const leanNodeServes = leanPageServes;

const nodes = new CompiledReads();

/**
 * One user by id with only the selected columns (and `labels` when `withLabels`: permission checks
 * on the row need them), the held sets in the same statement; one prepared statement per shape.
 */
export async function readUserNode(db: Db, id: string, fields: Selection, withLabels: boolean): Promise<LeanUserRow | undefined> {
  const key = `${withLabels}|${selectionKey(fields)}`;
  const read = nodes.get(key, () => {
    const columns = selectedColumns(fields, { ...USER_COLUMNS, email: users.email }, withLabels ? ['id', 'labels'] : ['id']);
    return sql`select ${withSets(fields)} from (select ${selectList(columns)} from ${users} where ${users.id} = ${sql.placeholder('id')}) p`;
  });
  const [row] = await runCompiled<LeanUserRow>(db, read, { id });
  return row;
}
