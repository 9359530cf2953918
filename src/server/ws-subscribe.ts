import { createSourceEventStream, execute, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Viewer } from '../authz/authorizer';
import type { Logger } from '../logger';
import type { ServiceDeps } from '../services';
import { SlowConsumerError } from '../services/shared/live-stream';
import { sharedPerEvent } from '../services/shared/shared-per-event';
import { buildContext, type AppContext } from './context';

const documentIds = new WeakMap<DocumentNode, number>();
let nextDocumentId = 0;
const documentId = (document: DocumentNode) => {
  let id = documentIds.get(document);
  if (id === undefined) documentIds.set(document, (id = nextDocumentId++));
  return id;
};

/**
 * graphql-js resolves every event with the one context the subscription was opened with, so field
 * resolvers would keep the permissions of that moment (a withdrawn `users:readEmail` still showing
 * emails) and DataLoader caches as old as the socket. Each event gets a context of its own instead,
 * with the subscriber's current permissions (from cache) and fresh loaders.
 *
 * That execution is shared: subscribers of one credential with the same document and variables
 * receive the same event object (live-stream shares it per permissions), so one execution serves
 * them all. Documents are shared too (the WebSocket server caches parses per text).
 */
export async function subscribeWithContextPerEvent(
  args: ExecutionArgs,
  deps: ServiceDeps,
  log: Logger,
  onSlowConsumer: () => void,
) {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in source)) return source as ExecutionResult;
  const opened = args.contextValue as AppContext;
  const viewer = opened.authz.requireViewer();
  const events = source[Symbol.asyncIterator]();
  const shareKey = [
    'execute',
    documentId(args.document),
    args.operationName ?? '',
    JSON.stringify(args.variableValues ?? {}),
    viewer.sessionId ?? `key:${viewer.apiKeySecretId}`,
  ].join('|');
  const perEvent = async (event: object): Promise<ExecutionResult> => {
    const permissions = await deps.permissionCache.get(viewer.userId);
    return sharedPerEvent(
      event,
      shareKey,
      async () => {
        const current: Viewer = { ...viewer, permissions };
        return execute({ ...args, rootValue: event, contextValue: buildContext(deps, current, opened.meta, log) });
      },
      permissions,
    );
  };
  // Not an async generator: its return() would wait behind a pending next(), keeping the source open.
  const results: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      let item: IteratorResult<unknown>;
      try {
        item = await events.next();
      } catch (err) {
        if (err instanceof SlowConsumerError) {
          onSlowConsumer();
          return { done: true, value: undefined };
        }
        throw err;
      }
      if (item.done) return { done: true, value: undefined };
      try {
        return { done: false, value: await perEvent(item.value as object) };
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
