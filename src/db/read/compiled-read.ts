import { fillPlaceholders, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type postgres from 'postgres';
import type { Db } from '../client';
import type { Selection } from './selection';

/** Turns drizzle's SQL objects into text; the same dialect (no casing) the app's `db` uses. */
const dialect = new PgDialect();

/** A lean read's statement, compiled: its text and its parameters (placeholders where they vary). */
export interface CompiledRead {
  text: string;
  params: unknown[];
}

/**
 * Lean statements compiled once per shape (selection, options), not per request: building a
 * statement with drizzle's query builder and turning it into text cost more CPU than PostgreSQL
 * took to run it. The values that vary between requests (ids, cursors, limits) are
 * `sql.placeholder`s filled per call. Bounded: the shapes clients can ask for are many, the hot
 * ones few, so a full cache starts again rather than evict one by one.
 */
export class CompiledReads {
  private readonly reads = new Map<string, CompiledRead>();

  constructor(private readonly max = 256) {}

  get(key: string, build: () => SQL): CompiledRead {
    let read = this.reads.get(key);
    if (!read) {
      if (this.reads.size >= this.max) this.reads.clear();
      const query = dialect.sqlToQuery(build());
      read = { text: query.sql, params: query.params };
      this.reads.set(key, read);
    }
    return read;
  }

  get size(): number {
    return this.reads.size;
  }
}

/**
 * Runs a compiled read as a named prepared statement (postgres.js prepares it once per connection
 * and then only binds): the rows come back as the driver's objects, with no ORM mapping pass.
 * Goes through `db`'s client, so the connection gate, timeouts and statement counting apply.
 */
export async function runCompiled<T>(db: Db, read: CompiledRead, values: Record<string, unknown> = {}): Promise<T[]> {
  const client = (db as Db & { $client: postgres.Sql }).$client;
  const params = fillPlaceholders(read.params, values) as postgres.ParameterOrJSON<never>[];
  return (await client.unsafe(read.text, params, { prepare: true })) as unknown as T[];
}

/** A selection as a string that tells shapes apart (`id,name,permissionSets{name}`). */
export function selectionKey(selection: Selection): string {
  let out = '';
  for (const [name, sub] of selection) {
    if (out) out += ',';
    out += sub.size ? `${name}{${selectionKey(sub)}}` : name;
  }
  return out;
}
