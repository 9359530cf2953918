import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { Kind, OperationTypeNode, print, type DocumentNode } from 'graphql';
import WebSocket from 'ws';
import { getSdk, type Requester } from './generated/graphql';

export * from './generated/graphql';

export interface GraphQLErrorShape {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; field?: string; retryAfter?: number; [key: string]: unknown };
}

/** Thrown when the server answers with errors; `code` is the first error's `extensions.code`. */
export class ControlPlaneError extends Error {
  readonly code: string | undefined;
  constructor(
    readonly errors: GraphQLErrorShape[],
    readonly status: number | null,
    readonly data: unknown = null,
  ) {
    super(errors.map((e) => e.message).join('; ') || `HTTP ${status}`);
    this.name = 'ControlPlaneError';
    this.code = errors[0]?.extensions?.code;
  }
}

export interface ClientOptions {
  /** HTTP endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  /** WebSocket endpoint; defaults to the HTTP one with ws(s)://. */
  wsUrl?: string;
  /** Access token sent as `Authorization: Bearer` and in the WebSocket connectionParams. */
  token?: string | null;
  headers?: Record<string, string>;
  /**
   * Reconnect attempts (randomised exponential backoff) after a socket is lost, the server shuts
   * down, or it closes a slow consumer (4008). Subscriptions resume after the last event's cursor,
   * so nothing is missed or repeated. Default 5; 0 turns reconnecting off.
   */
  reconnectAttempts?: number;
}

/** Close codes worth reconnecting after: the server went away, or asked us to catch up (4008). */
const RESUMABLE_CLOSE_CODES = [1001, 1006, 1012, 1013, 4008];
const isResumableClose = (e: unknown) =>
  !!e && typeof e === 'object' && 'code' in e && RESUMABLE_CLOSE_CODES.includes((e as { code: number }).code);

/** The `cursor` of a subscription event (its one root field), when the operation selected it. */
function cursorOf(data: unknown): string | null {
  const root = data && typeof data === 'object' ? Object.values(data)[0] : null;
  const cursor = root && typeof root === 'object' ? (root as { cursor?: unknown }).cursor : null;
  return typeof cursor === 'string' ? cursor : null;
}

const isSubscription = (doc: DocumentNode) =>
  doc.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === OperationTypeNode.SUBSCRIPTION);

/**
 * A typed client: one method per operation in sdk/operations, queries and mutations over HTTP,
 * subscriptions as async iterables over graphql-ws that carry the same token.
 */
export function createClient(options: ClientOptions) {
  let token = options.token ?? null;
  let ws: WsClient | null = null;
  const wsUrl = options.wsUrl ?? options.url.replace(/^http/, 'ws');

  const socket = () =>
    (ws ??= createWsClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      lazy: true,
      retryAttempts: options.reconnectAttempts ?? 5,
      shouldRetry: isResumableClose,
      connectionParams: () => (token ? { authorization: `Bearer ${token}` } : {}),
    }));

  const printed = new WeakMap<DocumentNode, string>();
  const text = (doc: DocumentNode) => printed.get(doc) ?? printed.set(doc, print(doc)).get(doc)!;

  const requester: Requester = <R, V>(doc: DocumentNode, variables?: V): Promise<R> | AsyncIterable<R> => {
    if (isSubscription(doc)) return subscribe<R>(text(doc), variables as Record<string, unknown> | undefined);
    return post<R>(text(doc), variables);
  };

  async function post<R>(query: string, variables: unknown): Promise<R> {
    const response = await fetch(options.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...options.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json().catch(() => null)) as { data?: R; errors?: GraphQLErrorShape[] } | null;
    if (!body) throw new ControlPlaneError([{ message: `HTTP ${response.status}` }], response.status);
    if (body.errors?.length) throw new ControlPlaneError(body.errors, response.status, body.data ?? null);
    return body.data as R;
  }

  async function* subscribe<R>(query: string, variables?: Record<string, unknown>): AsyncGenerator<R> {
    // graphql-ws sends this very payload again when it reconnects: keeping `after` at the last
    // cursor seen makes the server replay exactly what was missed.
    const payload = { query, variables: { ...variables } as Record<string, unknown> };
    const iterator = socket().iterate<R>(payload);
    try {
      for await (const result of iterator) {
        if (result.errors?.length) throw new ControlPlaneError(result.errors as GraphQLErrorShape[], null, result.data);
        const cursor = cursorOf(result.data);
        if (cursor) payload.variables.after = cursor;
        yield result.data as R;
      }
    } catch (error) {
      // graphql-ws reports refused subscriptions as an array of errors and closed sockets as a CloseEvent.
      if (Array.isArray(error)) throw new ControlPlaneError(error as GraphQLErrorShape[], null);
      if (error && typeof error === 'object' && 'code' in error && 'reason' in error) {
        const close = error as { code: number; reason: string };
        throw new ControlPlaneError([{ message: close.reason || 'socket closed', extensions: { code: String(close.code) } }], null);
      }
      throw error;
    } finally {
      await iterator.return?.();
    }
  }

  return {
    ...getSdk(requester),
    /** Use a new access token (after login or refresh); open sockets keep the old one until reconnect. */
    setToken(next: string | null) {
      token = next;
    },
    async close() {
      await ws?.dispose();
      ws = null;
    },
  };
}

export type ControlPlaneClient = ReturnType<typeof createClient>;
