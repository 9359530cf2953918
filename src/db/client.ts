import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { dbStatementsTotal } from '../metrics/registry';
import * as schema from './schema';

export type Db = PostgresJsDatabase<typeof schema>;
/** A transaction handle; query functions accept either (`db | tx`). */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  sql: postgres.Sql;
  /** Statements sent since start; tests read it to prove a request runs a fixed number of queries. */
  statementCount(): number;
  close(): Promise<void>;
}

export function connectDatabase(url: string, opts: { max?: number } = {}): Database {
  let statements = 0;
  const sql = postgres(url, {
    max: opts.max ?? 10,
    onnotice: () => {},
    debug: () => {
      statements += 1;
      dbStatementsTotal.inc();
    },
    connection: { application_name: 'control-plane' },
  });
  const db = drizzle(sql, { schema });
  return {
    db,
    sql,
    statementCount: () => statements,
    close: () => sql.end({ timeout: 5 }),
  };
}
