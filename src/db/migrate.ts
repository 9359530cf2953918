import path from 'node:path';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';

/** Any constant works; it only has to be the same on every node so concurrent starts take turns. */
const MIGRATION_LOCK_KEY = 727_001;

export const MIGRATIONS_DIR = path.resolve(__dirname, '../../drizzle');

/**
 * Applies pending drizzle-kit migrations. Several nodes may start at once, so the work runs under a
 * session-level advisory lock on one dedicated connection.
 */
export async function runMigrations(url: string, migrationsFolder = MIGRATIONS_DIR): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migrate(drizzle(sql), { migrationsFolder });
  } finally {
    await sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.catch(() => {});
    await sql.end({ timeout: 5 });
  }
}
