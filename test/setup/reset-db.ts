import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

export interface IsolatedDatabase {
  /** postgres:// URL of the new, empty database (same server and credentials as the base URL). */
  url: string;
  /** Ends every connection to it and drops it. Safe to call more than once. */
  drop(): Promise<void>;
}

const CREATE_ATTEMPTS = 5;

/**
 * Creates a brand-new empty database on the server of `baseUrl`, for one test file.
 *
 * Why not truncate between files: audit_logs is append-only (a trigger refuses DELETE and TRUNCATE),
 * and a fresh database also proves that the server applies its migrations from nothing.
 */
export async function createIsolatedDatabase(baseUrl: string): Promise<IsolatedDatabase> {
  const name = `cp_${randomBytes(8).toString('hex')}`;
  await withAdmin(baseUrl, async (sql) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await sql.unsafe(`create database "${name}"`);
        return;
      } catch (err) {
        // 55006: "source database template1 is being accessed by other users" when files start at once.
        if ((err as { code?: string }).code !== '55006' || attempt >= CREATE_ATTEMPTS) throw err;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  });

  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    url: url.toString(),
    async drop() {
      if (dropped) return;
      dropped = true;
      // WITH (FORCE) terminates the sessions a still-running server or pool holds on it.
      await withAdmin(baseUrl, (sql) => sql.unsafe(`drop database if exists "${name}" with (force)`));
    },
  };
}

async function withAdmin<T>(baseUrl: string, fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(baseUrl, { max: 1, connect_timeout: 10, onnotice: () => undefined });
  try {
    return await fn(sql);
  } finally {
    await sql.end({ timeout: 1 });
  }
}
