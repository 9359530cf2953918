/**
 * Which errors mean "a dependency is away" rather than "this request is wrong" or "our bug": the
 * client should retry later (UNAVAILABLE, HTTP 503 with Retry-After), and nothing is logged as an
 * internal error.
 */

/** Seconds a client is told to wait before retrying after UNAVAILABLE. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 1;

/** postgres.js's own connection error codes (Errors.connection) and Node's socket errors. */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
]);

/**
 * SQLSTATEs of a server going away or refusing sessions: admin_shutdown, crash_shutdown,
 * cannot_connect_now (starting up / shutting down), too_many_connections; class 08 is
 * "connection exception".
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

/** Thrown by the database client when it will not (or could not in time) hand out a connection. */
export class DatabaseUnavailableError extends Error {
  readonly code = 'DATABASE_UNAVAILABLE';
  constructor(readonly reason: 'down' | 'timeout') {
    super(reason === 'down' ? 'PostgreSQL is unreachable' : 'Timed out waiting for a PostgreSQL connection');
    this.name = 'DatabaseUnavailableError';
  }
}

/** The error and its `.cause`s (drizzle wraps the driver's error), bounded and cycle-safe. */
function* chain(error: unknown): Generator<Record<string, unknown>> {
  const seen = new Set<unknown>();
  for (let e = error; e && typeof e === 'object' && seen.size < 10 && !seen.has(e); e = (e as { cause?: unknown }).cause) {
    seen.add(e);
    yield e as Record<string, unknown>;
  }
}

export const isConnectionCode = (code: unknown): boolean =>
  typeof code === 'string' && (CONNECTION_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code));

/** True when `error` (or what it wraps) says PostgreSQL cannot be reached or refuses sessions now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of chain(error)) {
    if (e instanceof DatabaseUnavailableError) return true;
    if (isConnectionCode(e.code)) return true;
  }
  return false;
}

/**
 * Errors raised while *opening* a connection: the server is not there (as opposed to one session
 * being terminated). The database client stops queueing queries on these.
 */
export function isConnectFailure(error: unknown): boolean {
  for (const e of chain(error)) {
    const code = e.code;
    if (typeof code !== 'string') continue;
    if (['ECONNREFUSED', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'CONNECT_TIMEOUT', '57P03'].includes(code)) return true;
    if (/^08(001|004|006)$/.test(code)) return true;
  }
  return false;
}
