import { GraphQLError } from 'graphql';
import { AppError, type ErrorCode } from './app-error';
import { badInputSqlState, safeErrorForLog, type SafeDatabaseErrorLog } from './safe-error';
import { DatabaseUnavailableError, isConnectionCode, isDatabaseUnavailable } from './unavailable';

/**
 * The one place that says what kind of failure an error is. Retries (unit of work), metrics and
 * error analytics (errorStats) all read this, so an error is classified once, the same way for all.
 * An error carries a set: a serialization failure is `database` + `transient`.
 */
export const ERROR_CLASSES = [
  'transient',
  'permanent',
  'user',
  'system',
  'validation',
  'authorization',
  'network',
  'database',
  'external',
] as const;
export type ErrorClass = (typeof ERROR_CLASSES)[number];

export interface ErrorClassification {
  classes: ErrorClass[];
  /** The code the client sees in extensions.code (as formatError maps it). */
  code: ErrorCode;
  /** SQLSTATE or driver/socket code of the underlying error, when there is one. */
  cause?: string;
  /** A message safe to store and show to operators (no query parameters, no row data). */
  message: string;
}

/** SQLSTATEs after which re-running the whole transaction can succeed (nothing was committed). */
const RETRYABLE_SQLSTATES = new Set(['40001', '40P01']);
/** Mid-session losses: the transaction was rolled back by the server or never reached it. */
const CONNECTION_LOST_CODES = new Set(['ECONNRESET', 'EPIPE', 'CONNECTION_CLOSED', 'CONNECTION_DESTROYED', '57P01']);
const GRAPHQL_CLIENT_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE']);
const MAX_MESSAGE = 300;

/** Errors from calls to systems we do not run (the OIDC provider, later webhooks): tag at the call site. */
const externalErrors = new WeakSet<object>();
export function markExternal<E>(error: E): E {
  if (typeof error === 'object' && error !== null) externalErrors.add(error);
  return error;
}

function* chain(error: unknown): Generator<Record<string, unknown>> {
  const seen = new Set<unknown>();
  for (let e = error; e && typeof e === 'object' && seen.size < 10 && !seen.has(e); e = (e as { cause?: unknown }).cause) {
    seen.add(e);
    yield e as Record<string, unknown>;
    if (e instanceof GraphQLError && e.originalError) yield* chain(e.originalError);
  }
}

/** The first driver/SQLSTATE code in the error or what it wraps. */
export function underlyingCode(error: unknown): string | undefined {
  for (const e of chain(error)) if (typeof e.code === 'string' && e.code !== 'DATABASE_UNAVAILABLE') return e.code;
  return undefined;
}

/**
 * True when the transaction that failed with `error` can be run again from the start: a
 * serialization failure or deadlock (PostgreSQL rolled it back), or a connection lost before the
 * work finished. `committing`: the work had returned, so a lost connection may have lost the
 * answer to COMMIT, not the COMMIT itself; that is not retried.
 */
export function isRetryableTransactionError(error: unknown, committing: boolean): boolean {
  for (const e of chain(error)) {
    if (e instanceof AppError) return false;
    const code = e.code;
    if (typeof code !== 'string') continue;
    if (RETRYABLE_SQLSTATES.has(code)) return true;
    if (CONNECTION_LOST_CODES.has(code)) return !committing;
  }
  return false;
}

const APP_CODE_CLASSES: Record<ErrorCode, ErrorClass[]> = {
  UNAUTHENTICATED: ['authorization', 'user', 'permanent'],
  FORBIDDEN: ['authorization', 'user', 'permanent'],
  STEP_UP_REQUIRED: ['authorization', 'user', 'transient'],
  MFA_REQUIRED: ['authorization', 'user', 'transient'],
  BAD_USER_INPUT: ['validation', 'user', 'permanent'],
  NOT_FOUND: ['user', 'permanent'],
  CONFLICT: ['user', 'permanent'],
  RATE_LIMITED: ['user', 'transient'],
  CURSOR_EXPIRED: ['user', 'permanent'],
  UNAVAILABLE: ['system', 'transient'],
  INTERNAL: ['system', 'permanent'],
};

const clip = (message: string) => (message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message);

const classified = new WeakMap<object, ErrorClassification>();

/**
 * Classifies an error as it reached the GraphQL layer (a GraphQLError or what it wraps). The
 * result is remembered per error object: metrics, analytics and tracing share one classification.
 */
export function classifyError(error: unknown): ErrorClassification {
  if (typeof error !== 'object' || error === null) return classifyOnce(error);
  let result = classified.get(error);
  if (!result) classified.set(error, (result = classifyOnce(error)));
  return result;
}

function classifyOnce(error: unknown): ErrorClassification {
  let original: unknown = error;
  while (original instanceof GraphQLError && original.originalError) original = original.originalError;
  const external = [...chain(error)].some((e) => externalErrors.has(e));
  const withExternal = (c: ErrorClassification): ErrorClassification =>
    external && !c.classes.includes('external') ? { ...c, classes: [...c.classes, 'external'] } : c;

  if (original instanceof AppError) {
    const classes = [...APP_CODE_CLASSES[original.code]];
    return withExternal({ classes, code: original.code, message: clip(original.message) });
  }
  if (original instanceof GraphQLError) {
    // graphql-js's own request errors (parse, validation, variable coercion): the caller's mistake.
    const raw = original.extensions?.code;
    if ((typeof raw === 'string' && GRAPHQL_CLIENT_CODES.has(raw)) || !original.path) {
      return { classes: ['validation', 'user', 'permanent'], code: 'BAD_USER_INPUT', message: clip(original.message) };
    }
  }
  const cause = underlyingCode(original);
  if (isDatabaseUnavailable(original)) {
    const reason = original instanceof DatabaseUnavailableError ? `PostgreSQL unavailable (${original.reason})` : `PostgreSQL unavailable (${cause ?? 'connection'})`;
    return withExternal({ classes: ['database', 'network', 'transient'], code: 'UNAVAILABLE', cause, message: reason });
  }
  const safe = safeErrorForLog(original);
  if (safe !== original) {
    const db = safe as SafeDatabaseErrorLog;
    // Class 22 (data exception) messages quote the offending value: keep the SQLSTATE only.
    const message = db.code?.startsWith('22') || !db.message ? `database error ${db.code ?? ''}`.trim() : `${db.code ?? ''} ${db.message}`.trim();
    if (badInputSqlState(original)) return { classes: ['database', 'validation', 'user', 'permanent'], code: 'BAD_USER_INPUT', cause, message: clip(message) };
    const transient = cause !== undefined && (RETRYABLE_SQLSTATES.has(cause) || cause === '57014' || cause.startsWith('53'));
    return withExternal({ classes: ['database', 'system', transient ? 'transient' : 'permanent'], code: 'INTERNAL', cause, message: clip(message) });
  }
  if (cause !== undefined && isConnectionCode(cause)) {
    return withExternal({ classes: ['network', 'transient'], code: 'INTERNAL', cause, message: clip(`${cause} ${(original as Error)?.message ?? ''}`.trim()) });
  }
  const name = original instanceof Error ? original.name : typeof original;
  const text = original instanceof Error ? original.message : String(original);
  return withExternal({ classes: ['system', 'permanent'], code: 'INTERNAL', cause, message: clip(`${name}: ${text}`) });
}
