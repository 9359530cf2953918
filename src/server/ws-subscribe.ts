import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Viewer } from '../authz/authorizer';
import type { Logger } from '../logger';
import type { ServiceDeps } from '../services';
import { buildContext, type AppContext } from './context';

/**
 * graphql-js resolves every event with the one context the subscription was opened with, so field
 * resolvers would keep the permissions of that moment (a withdrawn `users:readEmail` still showing
 * emails) and DataLoader caches as old as the socket. Each event gets a context of its own instead,
 * with the subscriber's current permissions (from cache) and fresh loaders.
 */
export async function subscribeWithContextPerEvent(args: ExecutionArgs, deps: ServiceDeps, log: Logger) {
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
