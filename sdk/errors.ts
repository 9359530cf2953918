/**
 * Every failure the client raises is a ControlPlaneError whose `code` is one of CLIENT_ERROR_CODES:
 * the server's own codes pass through, and transport failures (HTTP statuses without a GraphQL
 * body, network errors, WebSocket close codes) are mapped here, once. sdk/README.md lists them.
 */
export const SERVER_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'MFA_REQUIRED',
  'STEP_UP_REQUIRED',
  'CURSOR_EXPIRED',
  'UNAVAILABLE',
  'INTERNAL',
] as const;

export const TRANSPORT_ERROR_CODES = [
  /** The server could not be reached (connection refused, DNS, reset) or the socket dropped (1006). */
  'NETWORK_ERROR',
  /** The answer was not GraphQL (a proxy's HTML page, an empty body) and its status says nothing more. */
  'BAD_RESPONSE',
  /** The server closed a live socket because the session or API key ended (revoked, expired, user suspended): 4403. */
  'SESSION_ENDED',
  /** The server closed the socket of a client that did not read its events fast enough (4008), after the reconnects ran out. */
  'SLOW_CONSUMER',
  /** The socket closed for another reason (normal closure while subscribed, 4499 terminated, unknown codes). */
  'CONNECTION_CLOSED',
  /** The GraphQL over WebSocket protocol failed (4400, 4406, 4409, 4429, 4504, 4408). */
  'PROTOCOL_ERROR',
  /** A subscription was opened with no WebSocket implementation: pass `webSocketImpl`. */
  'WEBSOCKET_UNAVAILABLE',
] as const;

export type ServerErrorCode = (typeof SERVER_ERROR_CODES)[number];
export type ClientErrorCode = ServerErrorCode | (typeof TRANSPORT_ERROR_CODES)[number];
export const CLIENT_ERROR_CODES: readonly ClientErrorCode[] = [...SERVER_ERROR_CODES, ...TRANSPORT_ERROR_CODES];

export interface GraphQLErrorShape {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; field?: string; retryAfter?: number; [key: string]: unknown };
}

export interface ControlPlaneErrorInit {
  code: ClientErrorCode;
  message?: string;
  errors?: GraphQLErrorShape[];
  status?: number | null;
  closeCode?: number | null;
  data?: unknown;
  cause?: unknown;
}

export class ControlPlaneError extends Error {
  readonly code: ClientErrorCode;
  /** The GraphQL errors of the answer (empty for transport failures). */
  readonly errors: GraphQLErrorShape[];
  /** The HTTP status, when the failure came from an HTTP answer. */
  readonly status: number | null;
  /** The WebSocket close code, when the failure is a closed socket. */
  readonly closeCode: number | null;
  /** Partial data that came with the errors, if any. */
  readonly data: unknown;
  /** RATE_LIMITED / UNAVAILABLE: seconds to wait before retrying, when the server said. */
  readonly retryAfter: number | null;

  constructor(init: ControlPlaneErrorInit) {
    const errors = init.errors ?? [];
    super(init.message ?? (errors.map((e) => e.message).join('; ') || init.code), init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'ControlPlaneError';
    this.code = init.code;
    this.errors = errors;
    this.status = init.status ?? null;
    this.closeCode = init.closeCode ?? null;
    this.data = init.data ?? null;
    const retryAfter = errors.find((e) => typeof e.extensions?.retryAfter === 'number')?.extensions?.retryAfter;
    this.retryAfter = typeof retryAfter === 'number' ? retryAfter : null;
  }
}

export const isControlPlaneError = (e: unknown): e is ControlPlaneError => e instanceof ControlPlaneError;

const isServerCode = (code: unknown): code is ServerErrorCode => (SERVER_ERROR_CODES as readonly unknown[]).includes(code);

/** What an HTTP status means when the body carries no GraphQL error code. */
export function codeOfStatus(status: number): ClientErrorCode {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 502 || status === 503 || status === 504) return 'UNAVAILABLE';
  if (status >= 500) return 'INTERNAL';
  if (status >= 400) return 'BAD_USER_INPUT';
  return 'BAD_RESPONSE';
}

/** The first error's server code; a code the SDK does not know is classed by the HTTP status. */
export function fromGraphQLErrors(errors: GraphQLErrorShape[], status: number | null, data: unknown = null): ControlPlaneError {
  const serverCode = errors[0]?.extensions?.code;
  const code: ClientErrorCode = isServerCode(serverCode) ? serverCode : status && status >= 400 ? codeOfStatus(status) : 'INTERNAL';
  return new ControlPlaneError({ code, errors, status, data });
}

/** The documented code for each WebSocket close code (RFC 6455 and graphql-ws's 44xx range). */
export function codeOfClose(closeCode: number): ClientErrorCode {
  switch (closeCode) {
    case 4401:
      return 'UNAUTHENTICATED';
    case 4403:
      return 'SESSION_ENDED';
    case 4008:
      return 'SLOW_CONSUMER';
    case 1001: // going away: the server shuts down
    case 1012: // service restart
    case 1013: // try again later: a dependency is away
      return 'UNAVAILABLE';
    case 1006: // abnormal closure: the connection dropped
      return 'NETWORK_ERROR';
    case 1011:
    case 4500:
      return 'INTERNAL';
    case 4400:
    case 4406:
    case 4408:
    case 4409:
    case 4429:
    case 4504:
      return 'PROTOCOL_ERROR';
    default:
      return 'CONNECTION_CLOSED';
  }
}

export const isCloseEvent = (e: unknown): e is { code: number; reason: string } =>
  !!e && typeof e === 'object' && typeof (e as { code?: unknown }).code === 'number' && 'reason' in e;

export function fromCloseEvent(close: { code: number; reason?: string }): ControlPlaneError {
  return new ControlPlaneError({
    code: codeOfClose(close.code),
    message: `WebSocket closed (${close.code}${close.reason ? `: ${close.reason}` : ''})`,
    closeCode: close.code,
  });
}

/** Anything thrown by fetch, graphql-ws or a socket, as a ControlPlaneError. */
export function toControlPlaneError(e: unknown): ControlPlaneError {
  if (e instanceof ControlPlaneError) return e;
  // graphql-ws rejects refused operations with the array of GraphQL errors.
  if (Array.isArray(e)) return fromGraphQLErrors(e as GraphQLErrorShape[], null);
  if (isCloseEvent(e)) return fromCloseEvent(e);
  // fetch's TypeError, or a WebSocket error event (its `message`, or the `error` it wraps).
  const inner = e && typeof e === 'object' && 'error' in e ? (e as { error: unknown }).error : e;
  const message =
    inner instanceof Error ? inner.message : typeof (e as { message?: unknown })?.message === 'string' && (e as { message: string }).message ? (e as { message: string }).message : 'connection failed';
  return new ControlPlaneError({ code: 'NETWORK_ERROR', message: `Network error: ${message}`, cause: e });
}
