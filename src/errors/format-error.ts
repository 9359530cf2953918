import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AppError, type ErrorCode } from './app-error';
import { badInputSqlState, framesOf, safeErrorForLog } from './safe-error';
import { isDatabaseUnavailable, UNAVAILABLE_RETRY_AFTER_SECONDS } from './unavailable';

export { safeErrorForLog };

/** graphql-js suggests field names on a typo ("Did you mean …?"). */
export function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean .+\?/g, '');
}
import type { Logger } from '../logger';

/** Errors graphql-js and Apollo raise for a request the client got wrong; their messages are safe. */
const CLIENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * The logger of the request an error belongs to (set by the server before formatting), so that
 * error lines carry the request id; errors with none are logged with the base logger.
 */
export const requestLogOf = new WeakMap<object, Logger>();

export function unwrap(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}

/**
 * Errors of a request whose caller may introspect the schema: their field suggestions reveal
 * nothing that caller could not read anyway, so they are kept (marked per request by the server).
 */
export const suggestionsAllowed = new WeakSet<object>();

export interface FormatErrorOptions {
  log: Logger;
  exposeStack: boolean;
  /** "Did you mean …" would leak field names to callers who may not introspect: strip it (unless marked in `suggestionsAllowed`). */
  hideSuggestions?: boolean;
}

/**
 * The one place errors become client-visible. AppErrors keep their code and message; graphql's own
 * request errors become BAD_USER_INPUT; everything else is logged and reported as a bare INTERNAL.
 */
export function createFormatError({ log: baseLog, exposeStack, hideSuggestions = false }: FormatErrorOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    let original = unwrap(error);
    // A dependency being away is not our bug and not the client's: a typed, retryable answer.
    if (!(original instanceof AppError) && isDatabaseUnavailable(original)) {
      const log = (typeof original === 'object' && original !== null && requestLogOf.get(original)) || baseLog;
      log.warn({ dbError: safeErrorForLog(original), path: formatted.path }, 'database unavailable');
      original = AppError.unavailable(UNAVAILABLE_RETRY_AFTER_SECONDS);
    }
    const log = (typeof original === 'object' && original !== null && requestLogOf.get(original)) || baseLog;
    const base = { locations: formatted.locations, path: formatted.path };
    const safeForLog = safeErrorForLog(original);
    const isDbError = safeForLog !== original;
    // A database error's stack header repeats its message (the query's parameters): frames only.
    const stackOf = (e: Error) => (isDbError ? framesOf(e) : e.stack?.split('\n'));
    const withStack = (ext: Record<string, unknown>) =>
      exposeStack && original instanceof Error ? { ...ext, stacktrace: stackOf(original) } : ext;

    if (original instanceof AppError) {
      const { field, retryAfter, challenge, methods } = original.details;
      return {
        ...base,
        message: original.message,
        extensions: withStack({
          code: original.code,
          ...(field && { field }),
          ...(retryAfter && { retryAfter }),
          ...(challenge && { challenge }),
          ...(methods && { methods }),
        }),
      };
    }
    const rawCode = formatted.extensions?.code;
    const isRequestError =
      (typeof rawCode === 'string' && CLIENT_ERROR_CODES.has(rawCode)) ||
      (original instanceof GraphQLError && !formatted.path);
    if (isRequestError) {
      const keep = !hideSuggestions || (typeof error === 'object' && error !== null && suggestionsAllowed.has(error));
      const message = keep ? formatted.message : withoutSuggestions(formatted.message);
      return { ...base, message, extensions: { code: 'BAD_USER_INPUT' satisfies ErrorCode } };
    }
    if (isDbError && badInputSqlState(original)) {
      log.warn({ dbError: safeForLog, path: formatted.path }, 'database rejected an input value');
      return { ...base, message: 'Invalid input value', extensions: withStack({ code: 'BAD_USER_INPUT' satisfies ErrorCode }) };
    }
    log.error(
      isDbError ? { dbError: safeForLog, path: formatted.path } : { err: original, path: formatted.path },
      'unhandled error in GraphQL operation',
    );
    return {
      ...base,
      message: 'Internal server error',
      extensions: withStack({ code: 'INTERNAL' satisfies ErrorCode }),
    };
  };
}
