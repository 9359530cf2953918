import type { Server } from 'node:http';
import { GraphQLError, parse, specifiedRules, validate, type ExecutionArgs, type GraphQLSchema } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Viewer } from '../authz/authorizer';
import type { PermissionMap } from '../authz/rule-spec';
import { AppError, isAppError } from '../errors/app-error';
import type { Logger } from '../logger';
import type { ServiceDeps } from '../services';
import { bearerToken, buildContext, requestMeta, resolveViewer, type AppContext } from './context';
import { recordDenials } from './denials';
import { complexityError, depthLimitRule } from './query-limits';
import { chargeOperation, refusalError } from './rate-limit-plugin';
import { authorizeRootFields } from './ws-authorize';
import { subscribeWithContextPerEvent } from './ws-subscribe';
import { tagWithRequestLog } from './request-log';

type SocketExtra = {
  socket: WebSocket;
  request: { socket: { remoteAddress?: string }; headers: Record<string, string | string[] | undefined> };
};

type ConnCtx = { viewer?: Viewer };

const SESSION_SWEEP_MS = 30_000;

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
  maxDepth: number;
  maxComplexity: number;
  log: Logger;
}) {
  const { deps, log } = opts;
  const wss = new WebSocketServer({ server: opts.httpServer, path: '/graphql', maxPayload: 1024 * 1024 });
  /** Open sockets per user, then per session, so a revocation finds its sockets directly. */
  const socketsByUser = new Map<string, Map<string, Set<WebSocket>>>();
  const track = (viewer: Viewer, socket: WebSocket) => {
    const sessions = socketsByUser.get(viewer.userId) ?? new Map<string, Set<WebSocket>>();
    const sockets = sessions.get(viewer.sessionId) ?? new Set<WebSocket>();
    socketsByUser.set(viewer.userId, sessions.set(viewer.sessionId, sockets.add(socket)));
    socket.once('close', () => {
      sockets.delete(socket);
      if (sockets.size === 0) sessions.delete(viewer.sessionId);
      if (sessions.size === 0) socketsByUser.delete(viewer.userId);
    });
  };

  // Sessions also end without an announcement (idle or absolute expiry) or while Redis was away:
  // sweep open sockets against the session cache.
  const sweep = setInterval(() => {
    for (const sessions of socketsByUser.values()) {
      for (const [sessionId, sockets] of sessions) {
        void deps.sessionCache.isLive(sessionId).then(
          (live) => live || sockets.forEach((socket) => socket.close(CloseCode.Forbidden, 'Session expired')),
          (err: unknown) => log.warn({ err }, 'session sweep failed'),
        );
      }
    }
  }, SESSION_SWEEP_MS);
  sweep.unref();

  deps.sessionCache.onRevoked((userId, sessionIds) => {
    for (const [sessionId, sockets] of socketsByUser.get(userId) ?? []) {
      if (sessionIds !== null && !sessionIds.includes(sessionId)) continue;
      for (const socket of sockets) socket.close(CloseCode.Forbidden, 'Session revoked');
    }
  });

  const serverCleanup = useServer<Record<string, unknown>, SocketExtra>(
    {
      schema: opts.schema,
      connectionInitWaitTimeout: 10_000,
      subscribe: (args) => subscribeWithContextPerEvent(args, deps, log),
      onConnect: async (ctx) => {
        const token = bearerToken(ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization);
        const socket = ctx.extra.socket;
        if (!token) {
          socket.close(4401, 'Unauthorized');
          return false;
        }
        try {
          const meta = requestMeta(ctx.extra.request.socket.remoteAddress, ctx.extra.request.headers['user-agent']);
          const viewer = await resolveViewer(deps, token, meta);
          (ctx as ConnCtx).viewer = viewer;
          track(viewer, socket);
          return true;
        } catch (err) {
          if (!isAppError(err)) log.error({ err }, 'websocket authentication failed');
          socket.close(4401, 'Unauthorized');
          return false;
        }
      },
      onSubscribe: async (ctx, _id, payload) => {
        const viewer = (ctx as ConnCtx).viewer!;
        const meta = requestMeta(ctx.extra.request.socket.remoteAddress, ctx.extra.request.headers['user-agent']);
        // The socket outlives its token: every operation re-checks the session (expiry, revocation).
        if (!(await deps.sessionCache.isLive(viewer.sessionId, { fresh: true }))) {
          ctx.extra.socket.close(CloseCode.Forbidden, 'Session expired or revoked');
          return [new GraphQLError('Session expired or revoked', { originalError: AppError.unauthenticated('Session expired or revoked') })];
        }
        // Permissions may have changed since connect: authorize with the current ones.
        const fresh: Viewer = { ...viewer, permissions: await deps.permissionCache.get(viewer.userId) };
        const contextValue = buildContext(deps, fresh, meta, log);
        let document;
        try {
          document = parse(payload.query);
        } catch (e) {
          // graphql-ws accepts only GraphQLError instances here; onError formats them for the wire.
          return [e as GraphQLError];
        }
        const errors = validate(opts.schema, document, [...specifiedRules, depthLimitRule(opts.maxDepth)]);
        // Counted like HTTP operations; a document that fails validation still costs a request.
        const limited = refusalError(
          await chargeOperation(deps.rateLimits, {
            schema: opts.schema,
            maxComplexity: opts.maxComplexity,
            authz: contextValue.authz,
            meta,
            document: errors.length > 0 ? null : document,
            variables: payload.variables,
            operationName: payload.operationName,
          }),
        );
        if (limited) return [limited];
        if (errors.length > 0) return errors;
        const tooComplex = complexityError(opts.schema, document, payload.variables ?? undefined, payload.operationName, opts.maxComplexity);
        if (tooComplex) return [tooComplex];
        const denial = authorizeRootFields(document, payload.operationName ?? null, opts.permissionMap, contextValue.authz);
        if (denial) {
          await recordDenials(contextValue, [denial], payload.operationName ?? null);
          return [denial];
        }
        const args: ExecutionArgs = {
          schema: opts.schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue,
        };
        return args;
      },
      onNext: (_ctx, _id, _payload, args, result) => {
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
    async close() {
      clearInterval(sweep);
      for (const client of wss.clients) client.close(1001, 'Server shutting down');
      // dispose() also closes the WebSocketServer; closing it again would never call back.
      await serverCleanup.dispose();
    },
  };
}
