import type { Server } from 'node:http';
import {
  createSourceEventStream,
  execute,
  GraphQLError,
  parse,
  validate,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
  Kind,
  OperationTypeNode,
} from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Viewer } from '../authz/authorizer';
import { Authorizer } from '../authz/authorizer';
import type { PermissionMap, RootType } from '../authz/rule-spec';
import { isAppError } from '../errors/app-error';
import type { Logger } from '../logger';
import type { ServiceDeps } from '../services';
import { bearerToken, buildContext, requestMeta, resolveViewer, type AppContext } from './context';
import { recordDenials } from './denials';
import { depthLimitRule } from './query-limits';

type SocketExtra = {
  socket: WebSocket;
  request: { socket: { remoteAddress?: string }; headers: Record<string, string | string[] | undefined> };
};

type ConnCtx = { viewer?: Viewer };

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
  log: Logger;
}) {
  const { deps, log } = opts;
  const wss = new WebSocketServer({ server: opts.httpServer, path: '/graphql', maxPayload: 1024 * 1024 });
  const socketsBySession = new Map<string, Set<WebSocket>>();

  deps.sessionCache.onRevoked((userId, sessionIds) => {
    for (const [sessionId, sockets] of socketsBySession) {
      for (const socket of sockets) {
        const viewer = (socket as WebSocket & { viewer?: Viewer }).viewer;
        if (viewer?.userId === userId && (sessionIds === null || sessionIds.includes(sessionId))) {
          socket.close(CloseCode.Forbidden, 'Session revoked');
        }
      }
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
          (socket as WebSocket & { viewer?: Viewer }).viewer = viewer;
          const set = socketsBySession.get(viewer.sessionId) ?? new Set();
          set.add(socket);
          socketsBySession.set(viewer.sessionId, set);
          socket.once('close', () => {
            set.delete(socket);
            if (set.size === 0) socketsBySession.delete(viewer.sessionId);
          });
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
        const errors = validate(opts.schema, document, undefined, undefined).concat(
          validate(opts.schema, document, [depthLimitRule(opts.maxDepth)]),
        );
        if (errors.length > 0) return errors;
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
      onNext: (_ctx, _id, _payload, _args, result) => {
        if ('errors' in result && result.errors) {
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
      for (const client of wss.clients) client.close(1001, 'Server shutting down');
      // dispose() also closes the WebSocketServer; closing it again would never call back.
      await serverCleanup.dispose();
    },
  };
}

/**
 * graphql-js resolves every event with the one context the subscription was opened with, so field
 * resolvers would keep the permissions of that moment (a withdrawn `users:readEmail` still showing
 * emails) and DataLoader caches as old as the socket. Each event gets a context of its own instead,
 * with the subscriber's current permissions (from cache) and fresh loaders.
 */
async function subscribeWithContextPerEvent(args: ExecutionArgs, deps: ServiceDeps, log: Logger) {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in source)) return source as ExecutionResult;
  const opened = args.contextValue as AppContext;
  const viewer = opened.authz.requireViewer();
  const events = source[Symbol.asyncIterator]();
  const perEvent = async (event: unknown): Promise<ExecutionResult> => {
    const current: Viewer = { ...viewer, permissions: await deps.permissionCache.get(viewer.userId) };
    return execute({ ...args, rootValue: event, contextValue: buildContext(deps, current, opened.meta, log) });
  };
  // Not an async generator: its return() would wait behind a pending next(), keeping the source open.
  const results: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      const item = await events.next();
      if (item.done) return { done: true, value: undefined };
      try {
        return { done: false, value: await perEvent(item.value) };
      } catch (err) {
        await events.return?.();
        throw err;
      }
    },
    return: async () => (await events.return?.(), { done: true, value: undefined }),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return results;
}

/** The same rule map as shield, applied to each root field of the operation before it starts. */
function authorizeRootFields(
  document: ReturnType<typeof parse>,
  operationName: string | null,
  map: PermissionMap,
  authz: Authorizer,
): GraphQLError | null {
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return null;
  const root: RootType =
    operation.operation === OperationTypeNode.SUBSCRIPTION ? 'Subscription' : operation.operation === OperationTypeNode.MUTATION ? 'Mutation' : 'Query';
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || selection.name.value.startsWith('__')) continue;
    const spec = map[root][selection.name.value];
    try {
      if (!spec) throw new GraphQLError('Not allowed');
      authz.assertRule(spec);
    } catch (e) {
      return new GraphQLError((e as Error).message, { path: [selection.name.value], originalError: e as Error });
    }
  }
  return null;
}
