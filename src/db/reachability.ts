import postgres from 'postgres';
import { StartupError } from '../errors/startup-error';

/** Host and port of a postgres URL, for messages (never the password). */
export function describeDatabaseUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return '(unparseable URL)';
  }
}

/**
 * One `select 1` before start-up goes on, bounded: postgres.js's connect timeout covers a host that
 * never answers, the outer deadline (one second more) a name lookup that hangs. A failure is a
 * StartupError naming DATABASE_URL and saying what went wrong (refused, timed out, credentials).
 */
export async function assertDatabaseReachable(url: string, timeoutSeconds: number): Promise<void> {
  const sql = postgres(url, { max: 1, connect_timeout: timeoutSeconds, onnotice: () => {}, connection: { application_name: 'control-plane' } });
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error('timeout'), { code: 'CONNECT_TIMEOUT' })), (timeoutSeconds + 1) * 1000);
  });
  try {
    await Promise.race([sql`select 1`, deadline]);
  } catch (err) {
    throw new StartupError('DATABASE_URL', `PostgreSQL at ${describeDatabaseUrl(url)} ${reason(err, timeoutSeconds)}`);
  } finally {
    clearTimeout(timer);
    await sql.end({ timeout: 1 }).catch(() => undefined);
  }
}

function reason(err: unknown, timeoutSeconds: number): string {
  const code = (err as { code?: string }).code;
  switch (code) {
    case 'ECONNREFUSED':
      return 'refused the connection; start PostgreSQL there, or fix the host/port in DATABASE_URL (unset it for the embedded one)';
    case 'CONNECT_TIMEOUT':
    case 'ETIMEDOUT':
      return `did not answer within ${timeoutSeconds} s (DATABASE_CONNECT_TIMEOUT_SECONDS); check the host in DATABASE_URL and the network`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'has a host name that does not resolve; fix the host in DATABASE_URL';
    case '28P01':
    case '28000':
      return 'refused the user name or password; fix the credentials in DATABASE_URL';
    case '3D000':
      return 'has no such database; create it, or fix the database name in DATABASE_URL';
    default:
      return `could not be used (${code ?? (err instanceof Error ? err.message : String(err))}); check DATABASE_URL`;
  }
}
