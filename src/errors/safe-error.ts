/**
 * SQLSTATEs PostgreSQL raises for a value it cannot take (NUL bytes, dates out of range, malformed
 * text for a type, oversized values). Services validate first; this is the backstop that keeps such
 * input from becoming an INTERNAL.
 */
const BAD_INPUT_SQLSTATES = new Set(['22021', '22P05', '22008', '22007', '22P02', '54000']);

type ErrorRecord = Error & Record<string, unknown>;

/** The error and its `.cause`s, outermost first (bounded, cycle-safe). */
function causeChain(error: unknown): ErrorRecord[] {
  const chain: ErrorRecord[] = [];
  for (let e = error; e instanceof Error && chain.length < 10 && !chain.includes(e as ErrorRecord); e = e.cause) {
    chain.push(e as ErrorRecord);
  }
  return chain;
}

/** drizzle's DrizzleQueryError carries `query`/`params`; postgres.js attaches `query`/`parameters`. */
const isDatabaseError = (e: ErrorRecord) => e.name === 'PostgresError' || 'query' in e || 'params' in e || 'parameters' in e;
/** Only drizzle's wrapper puts the query and its parameters into the message itself. */
const isQueryWrapper = (e: ErrorRecord) => 'params' in e && 'query' in e;
const nameOf = (e: Error) => (e.constructor?.name && e.constructor.name !== 'Error' ? e.constructor.name : e.name);
const stringField = (chain: ErrorRecord[], key: string) =>
  chain.map((e) => e[key]).find((v): v is string => typeof v === 'string');
/** Stack frames only: the header lines of a stack repeat the message, parameters included. */
export const framesOf = (e: Error) => (e.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));

export interface SafeDatabaseErrorLog {
  name: string;
  code?: string;
  constraint_name?: string;
  table_name?: string;
  /** PostgreSQL's own message (or a driver's), never the query wrapper's. */
  message?: string;
  frames: string[];
}

/**
 * What may be logged of an error. A database error (or one wrapping it via `.cause`) carries the
 * query text and its parameters (password hashes on a failed insert) in its message, and PostgreSQL's
 * `detail` can hold the failing row; path-based log redaction cannot see into either. For those only
 * the SQLSTATE, constraint, table, PostgreSQL's own message and the names are kept. Any other error
 * is returned unchanged.
 */
export function safeErrorForLog(error: unknown): unknown {
  const chain = causeChain(error);
  const at = chain.findIndex(isDatabaseError);
  if (at < 0) return error;
  const db = chain.slice(at);
  const innermost = db.at(-1)!;
  const message = isQueryWrapper(innermost) ? undefined : innermost.message;
  const safe: SafeDatabaseErrorLog = {
    name: chain.map(nameOf).join(' <- '),
    code: stringField(db, 'code'),
    constraint_name: stringField(db, 'constraint_name'),
    table_name: stringField(db, 'table_name'),
    message,
    frames: framesOf(chain[0]!).slice(0, 20),
  };
  return Object.fromEntries(Object.entries(safe).filter(([, v]) => v !== undefined));
}

/** The SQLSTATE of a database error in `error`'s cause chain when it is one that bad input causes. */
export function badInputSqlState(error: unknown): string | undefined {
  const chain = causeChain(error);
  const at = chain.findIndex(isDatabaseError);
  if (at < 0) return undefined;
  return chain
    .slice(at)
    .map((e) => e.code)
    .find((code): code is string => typeof code === 'string' && BAD_INPUT_SQLSTATES.has(code));
}
