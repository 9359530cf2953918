/** The closed list of error codes a client can see in `extensions.code`. */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  /** login: the password was right; complete with verifyMfa(challenge, code). */
  'MFA_REQUIRED',
  /** A sensitive operation needs a recent authentication: call reauthenticate, then retry. */
  'STEP_UP_REQUIRED',
  /** A subscription's `after` cursor is older than the event log keeps: refetch, then subscribe anew. */
  'CURSOR_EXPIRED',
  /** A dependency (PostgreSQL) is away: retry after `retryAfter` seconds (HTTP 503, Retry-After). */
  'UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorDetails {
  /** The input field at fault, e.g. `input.email`. */
  field?: string;
  /** Seconds until a rate-limited call may be retried. */
  retryAfter?: number;
  /** MFA_REQUIRED: the opaque, short-lived challenge to pass to verifyMfa. */
  challenge?: string;
  /** MFA_REQUIRED / STEP_UP_REQUIRED: which factors can satisfy it (PASSWORD, TOTP, RECOVERY_CODE). */
  methods?: string[];
}

/** The only error type services throw on purpose; its message is safe to show to clients. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: AppErrorDetails = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  static unauthenticated(message = 'Authentication required'): AppError {
    return new AppError('UNAUTHENTICATED', message);
  }
  static forbidden(message = 'Not allowed'): AppError {
    return new AppError('FORBIDDEN', message);
  }
  static badInput(message: string, field?: string): AppError {
    return new AppError('BAD_USER_INPUT', message, { field });
  }
  static notFound(what: string): AppError {
    return new AppError('NOT_FOUND', `${what} not found`);
  }
  static conflict(message: string, field?: string): AppError {
    return new AppError('CONFLICT', message, { field });
  }
  static unavailable(retryAfter: number, message = 'Service temporarily unavailable, try again shortly'): AppError {
    return new AppError('UNAVAILABLE', message, { retryAfter });
  }
  static rateLimited(retryAfter: number, message = 'Too many attempts, try again later'): AppError {
    return new AppError('RATE_LIMITED', message, { retryAfter });
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
