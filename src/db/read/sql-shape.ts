import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Selection } from './selection';

/**
 * Pieces of a lean read: SQL that returns rows already shaped for GraphQL, so the driver's row
 * objects go straight to the resolvers (no ORM mapping pass, no Date objects built per row).
 */
export type Expr = SQL | AnyColumn;

/**
 * A timestamptz as the string `Date#toISOString()` would print (ms, UTC, `Z`): the DateTime scalar
 * parses it to the same value, so responses are identical to those built from Date objects.
 */
export const isoTimestamp = (col: Expr): SQL =>
  sql`to_char(${col} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** One select-list entry per selected field that `columns` knows, aliased by the GraphQL field name. */
export function selectedColumns(selection: Selection, columns: Record<string, Expr>, always: readonly string[]): Array<[string, Expr]> {
  const names = new Set(always);
  for (const name of selection.keys()) if (name in columns) names.add(name);
  return [...names].map((name) => [name, columns[name]!]);
}

export const selectList = (entries: ReadonlyArray<readonly [string, Expr]>): SQL =>
  sql.join(entries.map(([alias, expr]) => sql`${expr} as ${sql.identifier(alias)}`), sql`, `);

/** `json_build_object('a', a, …)`: one JSON object per related row, keyed by GraphQL field name. */
export const jsonObject = (entries: ReadonlyArray<readonly [string, Expr]>): SQL =>
  sql`json_build_object(${sql.join(entries.map(([key, expr]) => sql`${sql.raw(`'${key.replace(/'/g, "''")}'`)}, ${expr}`), sql`, `)})`;

/**
 * A one-to-many relation as a JSON array in the parent's row (never null): the related rows of a
 * whole page come in the page's own statement instead of one statement per parent.
 */
export const jsonArray = (object: SQL, from: SQL, orderBy: SQL): SQL =>
  sql`coalesce((select json_agg(${object} order by ${orderBy}) ${from}), '[]'::json)`;
