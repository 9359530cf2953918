import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { Kind, OperationTypeNode, print, type DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getSdk, type Requester } from './generated/sdk';
import { LoginDocument, RefreshSessionDocument, type LoginMutation, type LoginMutationVariables } from './generated/graphql';
import { TokenStore, type AuthOptions, type Tokens } from './auth';
import { ControlPlaneError, fromGraphQLErrors, isCloseEvent, toControlPlaneError, codeOfStatus, type GraphQLErrorShape } from './errors';

/** A WebSocket constructor: the browser's, Node ≥ 22's global, or the `ws` package's. */
export type WebSocketImpl = unknown;

export interface ClientOptions extends AuthOptions {
  /** HTTP endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  /** WebSocket endpoint; defaults to the HTTP one with ws(s)://. */
  wsUrl?: string;
  /** Extra headers for every HTTP request. */
  headers?: Record<string, string>;
  /** The fetch to use; defaults to the global one. */
  fetch?: typeof fetch;
  /**
   * The WebSocket implementation for subscriptions; defaults to `globalThis.WebSocket`. On Node 20
   * pass `ws` (the `/node` entry does that by itself when `ws` is installed).
   */
  webSocketImpl?: WebSocketImpl;
  /**
   * Reconnect attempts (randomised exponential backoff) after a socket is lost, the server shuts
   * down or restarts (1001, 1012), is briefly unavailable (1013), or closes a slow consumer (4008).
   * Subscriptions resume after the last event's cursor, so nothing is missed or repeated.
   * Default 5; 0 turns reconnecting off.
   */
  reconnectAttempts?: number;
}

/** Close codes worth reconnecting after: the server went away, or asked us to catch up (4008). */
const RESUMABLE_CLOSE_CODES = [1001, 1006, 1012, 1013, 4008];
/** Close codes after which a renewed access token may help (the socket's credential was refused or ended). */
const AUTH_CLOSE_CODES = [4401, 4403];

/** The `cursor` of a subscription event (its one root field), when the operation selected it. */
function cursorOf(data: unknown): string | null {
  const root = data && typeof data === 'object' ? Object.values(data)[0] : null;
  const cursor = root && typeof root === 'object' ? (root as { cursor?: unknown }).cursor : null;
  return typeof cursor === 'string' ? cursor : null;
}

const operationOf = (doc: DocumentNode) => doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
const isSubscription = (doc: DocumentNode) => operationOf(doc)?.operation === OperationTypeNode.SUBSCRIPTION;

/** Operations that must never trigger a refresh: they are how a session starts or renews. */
const NO_RETRY_OPERATIONS = new Set(['Login', 'RefreshSession', 'VerifyMfa', 'CompleteOidcLogin', 'BeginOidcLogin']);

export interface ClientDefaults {
  /** Resolves the WebSocket implementation when the app passed none (the Node entry loads `ws`). */
  webSocketImpl?: () => Promise<WebSocketImpl | undefined>;
}

/**
 * A typed client: one method per operation in sdk/operations (queries and mutations over HTTP,
 * subscriptions as async iterables over graphql-ws), plus `request`/`subscribe` for any typed
 * document, with the credential handling described on {@link ClientOptions}.
 */
export function createControlPlaneClient(options: ClientOptions, defaults: ClientDefaults = {}): ControlPlaneClient {
  const wsUrl = options.wsUrl ?? options.url.replace(/^http/, 'ws');
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  let ws: WsClient | null = null;
  let wsPending: Promise<WsClient> | null = null;

  const printed = new WeakMap<DocumentNode, string>();
  const text = (doc: DocumentNode) => printed.get(doc) ?? printed.set(doc, print(doc)).get(doc)!;

  async function postOnce<R>(doc: DocumentNode, variables: unknown, credential: string | null): Promise<R> {
    let response: Response;
    try {
      response = await fetchImpl(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...(credential ? { authorization: `Bearer ${credential}` } : {}),
          ...options.headers,
        },
        body: JSON.stringify({ query: text(doc), variables, operationName: operationOf(doc)?.name?.value }),
      });
    } catch (e) {
      throw toControlPlaneError(e);
    }
    const body = (await response.json().catch(() => null)) as { data?: R; errors?: GraphQLErrorShape[] } | null;
    if (!body || typeof body !== 'object') {
      const code = response.ok ? 'BAD_RESPONSE' : codeOfStatus(response.status);
      throw new ControlPlaneError({ code, message: `HTTP ${response.status}: not a GraphQL answer`, status: response.status });
    }
    if (body.errors?.length) throw fromGraphQLErrors(body.errors, response.status, body.data ?? null);
    if (!response.ok) throw new ControlPlaneError({ code: codeOfStatus(response.status), message: `HTTP ${response.status}`, status: response.status });
    return body.data as R;
  }

  const auth = new TokenStore(options, async (refreshToken) => {
    const { refreshSession } = await postOnce<{ refreshSession: Tokens }>(RefreshSessionDocument, { refreshToken }, null);
    return { accessToken: refreshSession.accessToken, refreshToken: refreshSession.refreshToken, expiresAt: refreshSession.expiresAt };
  });

  /** Queries and mutations: on UNAUTHENTICATED with a refreshable session, renew once and retry. */
  async function request<R, V = Record<string, unknown>>(doc: TypedDocumentNode<R, V> | DocumentNode, variables?: V): Promise<R> {
    const name = operationOf(doc)?.name?.value ?? '';
    const credential = NO_RETRY_OPERATIONS.has(name) ? auth.current() : await auth.fresh();
    try {
      return await postOnce<R>(doc, variables, credential);
    } catch (e) {
      const error = toControlPlaneError(e);
      if (error.code !== 'UNAUTHENTICATED' || !credential || !auth.canRefresh() || NO_RETRY_OPERATIONS.has(name)) throw error;
      const renewed = await auth.renew(credential);
      return postOnce<R>(doc, variables, renewed);
    }
  }

  async function socket(): Promise<WsClient> {
    if (ws) return ws;
    wsPending ??= (async () => {
      const impl = options.webSocketImpl ?? (globalThis as { WebSocket?: unknown }).WebSocket ?? (await defaults.webSocketImpl?.());
      if (!impl) {
        throw new ControlPlaneError({
          code: 'WEBSOCKET_UNAVAILABLE',
          message: 'No WebSocket implementation: pass `webSocketImpl` (e.g. the `ws` package on Node 20)',
        });
      }
      ws = createWsClient({
        url: wsUrl,
        webSocketImpl: impl,
        lazy: true,
        retryAttempts: options.reconnectAttempts ?? 5,
        // A failed connection attempt (server restarting, network down) surfaces as an error event,
        // not a close: retried too, within the same bounded, backed-off attempts.
        shouldRetry: (e) => (isCloseEvent(e) ? RESUMABLE_CLOSE_CODES.includes(e.code) : true),
        // Asked at every (re)connect: a reconnect after a long outage authenticates with a fresh token.
        connectionParams: async () => {
          const credential = await auth.fresh();
          return credential ? { authorization: `Bearer ${credential}` } : {};
        },
      });
      return ws;
    })().finally(() => {
      wsPending = null;
    });
    return wsPending;
  }

  /**
   * A subscription as an async iterable. Reconnects (with backoff, inside graphql-ws) resume after
   * the last cursor; a socket refused or ended for its credential (4401, 4403) is opened again once
   * with a renewed access token when the client holds a refresh token.
   */
  async function* subscribe<R, V = Record<string, unknown>>(doc: TypedDocumentNode<R, V> | DocumentNode, variables?: V): AsyncGenerator<R> {
    // graphql-ws sends this very payload again when it reconnects: keeping `after` at the last
    // cursor seen makes the server replay exactly what was missed.
    const payload = { query: text(doc), operationName: operationOf(doc)?.name?.value, variables: { ...variables } as Record<string, unknown> };
    let authRetried = false;
    for (;;) {
      const iterator = (await socket().catch((e: unknown) => Promise.reject(toControlPlaneError(e)))).iterate<R>(payload);
      const sentWith = auth.current();
      try {
        for await (const result of iterator) {
          if (result.errors?.length) throw fromGraphQLErrors(result.errors as GraphQLErrorShape[], null, result.data);
          authRetried = false;
          const cursor = cursorOf(result.data);
          if (cursor) payload.variables.after = cursor;
          yield result.data as R;
        }
        return;
      } catch (e) {
        if (isCloseEvent(e) && AUTH_CLOSE_CODES.includes(e.code) && !authRetried && auth.canRefresh()) {
          authRetried = true;
          try {
            await auth.renew(sentWith);
          } catch {
            throw toControlPlaneError(e);
          }
          continue;
        }
        throw toControlPlaneError(e);
      } finally {
        await iterator.return?.();
      }
    }
  }

  const requester: Requester = <R, V>(doc: DocumentNode, variables?: V): Promise<R> | AsyncIterable<R> =>
    isSubscription(doc) ? subscribe<R, V>(doc, variables) : request<R, V>(doc, variables);

  return {
    ...getSdk(requester),
    /** Runs any query or mutation document (typed documents infer the result and variables). */
    request,
    /** Runs any subscription document as an async iterable. */
    subscribe,
    /** Signs in with a password and adopts the tokens (and calls `onTokens`). MFA_REQUIRED passes through. */
    async login(variables: LoginMutationVariables) {
      const { login } = await request(LoginDocument, variables);
      await auth.set({ accessToken: login.accessToken, refreshToken: login.refreshToken, expiresAt: login.expiresAt });
      return login;
    },
    /** Adopts tokens obtained elsewhere (storage, verifyMfa, OIDC); `null` signs out locally. */
    setTokens: (tokens: Tokens | null) => auth.set(tokens, false),
    /** Uses a new access token; open sockets keep the old one until they reconnect. */
    setToken(next: string | null) {
      void auth.set(next ? { accessToken: next, refreshToken: auth.tokens()?.refreshToken ?? null, expiresAt: null } : null, false);
    },
    /** The session tokens the client holds now (null with an API key or when signed out). */
    tokens: () => auth.tokens(),
    /** How many times the client renewed its access token. */
    get refreshCount() {
      return auth.refreshCount;
    },
    async close() {
      const open = ws ?? (wsPending ? await wsPending.catch(() => null) : null);
      ws = null;
      await open?.dispose();
    },
  };
}

/** One method per operation in sdk/operations, as generated. */
export type OperationMethods = ReturnType<typeof getSdk<object>>;

export interface ControlPlaneClient extends OperationMethods {
  /** Runs any query or mutation document (typed documents infer the result and variables). */
  request<R, V = Record<string, unknown>>(doc: TypedDocumentNode<R, V> | DocumentNode, variables?: V): Promise<R>;
  /** Runs any subscription document as an async iterable (reconnects and resumes as the methods do). */
  subscribe<R, V = Record<string, unknown>>(doc: TypedDocumentNode<R, V> | DocumentNode, variables?: V): AsyncGenerator<R>;
  /** Signs in with a password and adopts the tokens (and calls `onTokens`). MFA_REQUIRED passes through. */
  login(variables: LoginMutationVariables): Promise<LoginMutation['login']>;
  /** Adopts tokens obtained elsewhere (storage, verifyMfa, OIDC); `null` signs out locally. Does not call `onTokens`. */
  setTokens(tokens: Tokens | null): Promise<void>;
  /** Uses a new access token; open sockets keep the old one until they reconnect. */
  setToken(next: string | null): void;
  /** The session tokens the client holds now (null with an API key or when signed out). */
  tokens(): Tokens | null;
  /** How many times the client renewed its access token. */
  readonly refreshCount: number;
  /** Closes the WebSocket (ends open subscriptions). */
  close(): Promise<void>;
}
