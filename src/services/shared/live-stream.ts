import { Repeater } from '@graphql-yoga/subscription';
import type { Authorizer } from '../../authz/authorizer';
import type { TopicName, Topics } from '../../pubsub/topics';
import type { ServiceDeps } from '../deps';
import type { ServiceContext } from './service-context';

export interface LiveStreamSpec<K extends TopicName, Out> {
  topic: K;
  /** Throws the typed error when the subscriber may not have this stream at all. */
  authorize(authz: Authorizer): void;
  /** Per-event filter: the subscriber's own scope and arguments. */
  accept(message: Topics[K][0], authz: Authorizer): boolean | Promise<boolean>;
  map(message: Topics[K][0], authz: Authorizer): Out | Promise<Out>;
}

/**
 * A subscription that is authorized when opened (shield does not see `subscribe`), re-checks the
 * session and permissions for every event, and ends itself when the subscriber loses the right,
 * as soon as a permission change for them is announced rather than at the next event.
 */
export function liveStream<K extends TopicName, Out>(
  deps: ServiceDeps,
  ctx: ServiceContext,
  spec: LiveStreamSpec<K, Out>,
): AsyncIterable<Out> {
  spec.authorize(ctx.authz);
  const userId = ctx.authz.requireViewer().userId;

  return new Repeater<Out>(async (push, stop) => {
    // The topic map pairs each topic with one payload; the generic signature cannot see that.
    const events = (deps.pubsub.subscribe as (t: K) => AsyncIterableIterator<Topics[K][0]>)(spec.topic);
    const changes = deps.pubsub.subscribe('permissions.invalidated');
    stop.then(() => {
      void events.return?.();
      void changes.return?.();
    });

    /** Null when the session ended or the right is gone: the stream must end. */
    const currentAuthz = async (): Promise<Authorizer | null> => {
      const authz = await ctx.revalidate();
      if (!authz) return null;
      try {
        spec.authorize(authz);
        return authz;
      } catch {
        return null;
      }
    };

    void (async () => {
      for await (const change of changes) {
        if (change.userIds !== null && !change.userIds.includes(userId)) continue;
        // The cache hears the same message; drop our entry first so the re-check is not stale.
        deps.permissionCache.invalidate(change.userIds === null ? null : [userId]);
        if (!(await currentAuthz())) return stop();
      }
    })();

    for await (const message of events) {
      const authz = await currentAuthz();
      if (!authz) return stop();
      if (await spec.accept(message, authz)) await push(await spec.map(message, authz));
    }
  });
}
