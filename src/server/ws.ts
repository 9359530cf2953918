import type { IncomingMessage, Server } from 'node:http';
import { GraphQLError, parse, specifiedRules, validate, type DocumentNode, type ExecutionArgs, type GraphQLSchema } from 'graphql';
import { CloseCode, type Context, type SubscribePayload } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Viewer } from '../authz/authorizer';
import type { PermissionMap } from '../authz/rule-spec';
import { AppError, isAppError } from '../errors/app-error';
import { isDatabaseUnavailable, UNAVAILABLE_RETRY_AFTER_SECONDS } from '../errors/unavailable';
import type { Logger } from '../logger';
import type { ServiceDeps } from '../services';
import { bearerToken, buildContext, requestMeta, resolveViewer, type AppContext } from './context';
import { recordDenials } from './denials';
import type { Config } from '../config';
import { clientIp, type TrustFn } from './client-ip';
import { documentParseOptions, documentValidationRules } from './document-limits';
import { gateOperation } from './operation-gate';
import { withSuggestionsFor } from './introspection-gate';
import { credentialIsLive, currentPermissions } from '../services/auth/api-key-auth';
import { assertIpAllowed } from '../services/security/ip-access';
import { chargeOperation, refusalError } from './rate-limit-plugin';
import { subscribeWithContextPerEvent } from './ws-subscribe';
import { tagWithRequestLog } from './request-log';

type SocketExtra = {
  socket: WebSocket;
  request: IncomingMessage;
};

/** What a socket keeps from its upgrade request: the request itself is let go (memory per socket). */
type ConnCtx = { viewer?: Viewer; client?: { ip: string | null; userAgent: unknown } };

const SESSION_SWEEP_MS = 30_000;
/** Documented close code: the client fell behind; it reconnects and resumes from its last cursor. */
export const SLOW_CONSUMER_CLOSE_CODE = 4008;
const SLOW_CONSUMER_REASON = 'Slow consumer: resume from your last cursor';
const PARSED_DOCUMENTS = 500;
/** RFC 6455 "Try Again Later": the SDK reconnects after it. */
const TRY_AGAIN_LATER = 1013;

/**
 * GraphQL over WebSocket on the HTTP server's `/graphql`. Authenticates at connect (4401 without a
 * valid token), authorizes each subscription when it is opened with the same rule map shield uses,
 * and closes sockets (4403) whose session is revoked on any node.
 */
export function attachWebSocketServer(opts: {
  httpServer: Server;
  schema: GraphQLSchema;
  deps: ServiceDeps;
  permissionMap: PermissionMap;
  formatError: (error: GraphQLError) => ReturnType<GraphQLError['toJSON']>;
  config: Config;
  trust: TrustFn;
  log: Logger;
}) {
  const { deps, log, config } = opts;
  const parseOptions = documentParseOptions(config);
  const validationRules = [...specifiedRules, ...documentValidationRules(config)];
  const metaOf = (request: IncomingMessage) => requestMeta(clientIp(request, opts.trust), request.headers['user-agent']);
  const wss = new WebSocketServer({ server: opts.httpServer, path: '/graphql', maxPayload: 1024 * 1024 });
  /** Which socket an operation's context belongs to, for closing a slow consumer. */
  const socketOfContext = new WeakMap<object, WebSocket>();
  const closeSlowConsumer = (socket: WebSocket | undefined) => socket?.close(SLOW_CONSUMER_CLOSE_CODE, SLOW_CONSUMER_REASON);
  /**
   * Parsed and validated documents by text: thousands of clients opening the same subscription
   * share one document (less memory, and executions shared per event can recognise each other).
   */
  const documents = new Map<string, { document: DocumentNode; errors: readonly GraphQLError[] }>();
  const parseAndValidate = (query: string) => {
    const known = documents.get(query);
    if (known) return known;
    const document = parse(query, parseOptions);
    // maxErrors: a document of thousands of faults is answered with a few, not located one by one.
    const parsed = { document, errors: validate(opts.schema, document, validationRules, { maxErrors: 10 }) };
    if (documents.size >= PARSED_DOCUMENTS) documents.delete(documents.keys().next().value!);
    documents.set(query, parsed);
    return parsed;
  };
  /**
   * Open sockets per user, then per credential (session id, or `key:<secret id>` for API keys),
   * so a revocation finds its sockets directly.
   */
  type Tracked = { viewer: Viewer; sockets: Set<WebSocket> };
  const socketsByUser = new Map<string, Map<string, Tracked>>();
  const credentialOf = (viewer: Viewer) => viewer.sessionId ?? `key:${viewer.apiKeySecretId}`;
  const track = (viewer: Viewer, socket: WebSocket) => {
    const credential = credentialOf(viewer);
    const credentials = socketsByUser.get(viewer.userId) ?? new Map<string, Tracked>();
    const tracked = credentials.get(credential) ?? { viewer, sockets: new Set<WebSocket>() };
    tracked.sockets.add(socket);
    socketsByUser.set(viewer.userId, credentials.set(credential, tracked));
    socket.once('close', () => {
      tracked.sockets.delete(socket);
      if (tracked.sockets.size === 0) credentials.delete(credential);
      if (credentials.size === 0) socketsByUser.delete(viewer.userId);
    });
  };
  const closeUnlessLive = (tracked: Tracked, fresh: boolean, reason: string) =>
    void credentialIsLive(deps, tracked.viewer, { fresh }).then(
      (live) => live || tracked.sockets.forEach((socket) => socket.close(CloseCode.Forbidden, reason)),
      (err: unknown) => log.warn({ err }, 'credential check failed'),
    );

  // Sessions and keys also end without an announcement (expiry, a rotation's overlap window) or
  // while Redis was away: sweep open sockets against the caches.
  const sweep = setInterval(() => {
    for (const credentials of socketsByUser.values()) {
      for (const tracked of credentials.values()) closeUnlessLive(tracked, false, 'Session expired');
    }
  }, SESSION_SWEEP_MS);
  sweep.unref();

  deps.sessionCache.onRevoked((userId, sessionIds) => {
    for (const [credential, tracked] of socketsByUser.get(userId) ?? []) {
      if (tracked.viewer.sessionId === null || (sessionIds !== null && !sessionIds.includes(credential))) continue;
      for (const socket of tracked.sockets) socket.close(CloseCode.Forbidden, 'Session revoked');
    }
  });

  // A key revoked or rotated, or its owner changed (suspended, deleted): re-read and close if unusable.
  deps.apiKeyCache.onChanged((userId, apiKeyIds) => {
    for (const tracked of socketsByUser.get(userId)?.values() ?? []) {
      const keyId = tracked.viewer.apiKeyId;
      if (!keyId || (apiKeyIds !== null && !apiKeyIds.includes(keyId))) continue;
      closeUnlessLive(tracked, true, 'API key revoked or expired');
    }
  });

  /** Authenticates, limits, parses and authorizes one operation on a socket (graphql-ws onSubscribe). */
  const openOperation = async (ctx: Context<Record<string, unknown>, SocketExtra>, payload: SubscribePayload): Promise<ExecutionArgs | readonly GraphQLError[]> => {
    const viewer = (ctx as ConnCtx).viewer!;
    const client = (ctx as ConnCtx).client!;
    // A fresh request id per operation; the address and agent are the socket's.
    const meta = requestMeta(client.ip, client.userAgent);
    // The socket outlives its token: every operation re-checks the session or key (expiry, revocation).
    if (!(await credentialIsLive(deps, viewer, { fresh: true }))) {
      ctx.extra.socket.close(CloseCode.Forbidden, 'Session expired or revoked');
      return [new GraphQLError('Session expired or revoked', { originalError: AppError.unauthenticated('Session expired or revoked') })];
    }
    // IP allowlists may have changed since connect: every operation is a request.
    try {
      await assertIpAllowed(deps, meta, { userId: viewer.userId, apiKeyId: viewer.apiKeyId, via: 'websocket' });
    } catch (err) {
      if (!isAppError(err)) throw err;
      return [new GraphQLError(err.message, { originalError: err })];
    }
    // Permissions may have changed since connect: authorize with the current ones.
    const fresh: Viewer = { ...viewer, permissions: await currentPermissions(deps, viewer) };
    const contextValue = buildContext(deps, fresh, meta, log);
    let document, errors;
    try {
      ({ document, errors } = parseAndValidate(payload.query));
    } catch (e) {
      // graphql-ws accepts only GraphQLError instances here; onError formats them for the wire.
      return [e as GraphQLError];
    }
    // Counted like HTTP operations; a document that fails validation still costs a request.
    const limited = refusalError(
      await chargeOperation(deps.rateLimits, {
        schema: opts.schema,
        maxComplexity: config.MAX_QUERY_COMPLEXITY,
        authz: contextValue.authz,
        meta,
        document: errors.length > 0 ? null : document,
        variables: payload.variables,
        operationName: payload.operationName,
      }),
    );
    if (limited) return [limited];
    if (errors.length > 0) return withSuggestionsFor(config.introspection, contextValue.authz, errors);
    const refusal = gateOperation({
      schema: opts.schema,
      document,
      operationName: payload.operationName ?? null,
      variables: payload.variables ?? undefined,
      authz: contextValue.authz,
      permissionMap: opts.permissionMap,
      limits: { maxRootFields: config.MAX_ROOT_FIELDS, maxComplexity: config.MAX_QUERY_COMPLEXITY },
      transport: 'ws',
      introspection: config.introspection,
    });
    if (refusal) {
      await recordDenials(contextValue, [refusal], payload.operationName ?? null);
      return [refusal];
    }
    socketOfContext.set(contextValue, ctx.extra.socket);
    const args: ExecutionArgs = {
      schema: opts.schema,
      document,
      operationName: payload.operationName,
      variableValues: payload.variables,
      contextValue,
    };
    return args;
  };

  const serverCleanup = useServer<Record<string, unknown>, SocketExtra>(
    {
      schema: opts.schema,
      connectionInitWaitTimeout: 10_000,
      subscribe: (args) =>
        subscribeWithContextPerEvent(args, deps, log, () => closeSlowConsumer(socketOfContext.get(args.contextValue as object))),
      onConnect: async (ctx) => {
        const token = bearerToken(ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization);
        const socket = ctx.extra.socket;
        if (!token) {
          socket.close(4401, 'Unauthorized');
          return false;
        }
        try {
          const meta = metaOf(ctx.extra.request);
          (ctx as ConnCtx).client = { ip: meta.ip, userAgent: meta.userAgent };
          const viewer = await resolveViewer(deps, token, meta, 'websocket');
          (ctx as ConnCtx).viewer = viewer;
          track(viewer, socket);
          // Headers and the rest of the upgrade request are not needed again: let them be collected.
          (ctx.extra as Partial<SocketExtra>).request = undefined;
          return true;
        } catch (err) {
          // The database is away: not the client's fault, so a close it retries after (1013).
          if (isDatabaseUnavailable(err)) {
            socket.close(TRY_AGAIN_LATER, 'Service temporarily unavailable');
            return false;
          }
          if (!isAppError(err)) log.error({ err }, 'websocket authentication failed');
          socket.close(4401, 'Unauthorized');
          return false;
        }
      },
      onSubscribe: async (ctx, _id, payload) => {
        try {
          return await openOperation(ctx, payload);
        } catch (err) {
          if (!isDatabaseUnavailable(err)) throw err;
          const unavailable = AppError.unavailable(UNAVAILABLE_RETRY_AFTER_SECONDS);
          return [new GraphQLError(unavailable.message, { originalError: unavailable })];
        }
      },
      onNext: (ctx, _id, _payload, args, result) => {
        // A client that does not read fills its socket's buffer: close it before it costs memory.
        if (ctx.extra.socket.bufferedAmount > config.WS_MAX_BUFFERED_BYTES) closeSlowConsumer(ctx.extra.socket);
        if ('errors' in result && result.errors) {
          tagWithRequestLog(result.errors, args.contextValue as AppContext);
          return { ...result, errors: result.errors.map((e) => opts.formatError(e)) } as never;
        }
        return result;
      },
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => opts.formatError(e)) as never,
    },
    wss,
  );

  return {
    openSockets: () => wss.clients.size,
    async close() {
      clearInterval(sweep);
      for (const client of wss.clients) client.close(1001, 'Server shutting down');
      // dispose() also closes the WebSocketServer; closing it again would never call back.
      await serverCleanup.dispose();
    },
  };
}
