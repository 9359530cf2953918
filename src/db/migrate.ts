import path from 'node:path';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { ADVISORY_LOCKS } from './queries/locks.queries';


export const MIGRATIONS_DIR = path.resolve(__dirname, '../../drizzle');

/**
 * Applies pending drizzle-kit migrations. Several nodes may start at once, so the work runs under a
 * session-level advisory lock on one dedicated connection.
 */
export async function runMigrations(url: string, migrationsFolder = MIGRATIONS_DIR): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql`select pg_advisory_lock(${ADVISORY_LOCKS.migrations})`;
    await migrate(drizzle(sql), { migrationsFolder });
  } finally {
    await sql`select pg_advisory_unlock(${ADVISORY_LOCKS.migrations})`.catch(() => {});
    await sql.end({ timeout: 5 });
  }
}
