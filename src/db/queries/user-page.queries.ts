import { and, desc, lt, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client';
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

/**
 * A keyset page of users (newest first, one extra row for `hasNextPage`) with the held permission
 * sets of every row, in one statement whatever the page size: the page is cut first, then each of
 * its rows gets its sets as a JSON array (a correlated aggregate over the indexed assignment table).
 */
export async function readUserPage(
  db: DbOrTx,
  filter: UserListFilter,
  page: { first: number; afterId?: string | null },
  shape: UserPageShape,
): Promise<LeanUserRow[]> {
  const conditions = filterConditions(filter);
  if (page.afterId) conditions.push(lt(users.id, page.afterId));
  const columns = selectedColumns(shape.fields, USER_COLUMNS, ['id']);
  if (shape.fields.has('email') && shape.email !== false) {
    columns.push(['email', shape.email === true ? users.email : sql`case when ${shape.email} then ${users.email} end`]);
  }
  const where = conditions.length > 0 ? sql`where ${and(...conditions)}` : sql``;
  const inner = sql`select ${selectList(columns)} from ${users} ${where} order by ${desc(users.id)} limit ${page.first + 1}`;
  const setFields = shape.fields.get('permissionSets');
  const outer = setFields
    ? sql`p.*, ${jsonArray(
        jsonObject(selectedColumns(setFields, SET_COLUMNS, ['id'])),
        sql`from ${userPermissionSets} join ${permissionSets} on ${permissionSets.id} = ${userPermissionSets.setId}
            where ${userPermissionSets.userId} = p.id
              and (${userPermissionSets.expiresAt} is null or ${userPermissionSets.expiresAt} > now())`,
        sql`${permissionSets.name}`,
      )} as "permissionSets"`
    : sql`p.*`;
  const rows = await db.execute<LeanUserRow>(sql`select ${outer} from (${inner}) p order by p.id desc`);
  return rows as unknown as LeanUserRow[];
}
