import { createPubSub, type PubSub } from '@graphql-yoga/subscription';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import Redis from 'ioredis';
import type { Logger } from '../logger';
import type { Topics } from './topics';

export type AppPubSub = PubSub<Topics>;

export interface PubSubHandle {
  pubsub: AppPubSub;
  /** The command connection, shared by rate limiters; null when running in-process. */
  redis: Redis | null;
  /**
   * Called when the subscriber connection comes back after a loss: messages sent meanwhile were
   * missed, so caches kept fresh by them must be dropped.
   */
  onReconnect(listener: () => void): void;
  close(): Promise<void>;
}

/** Prefixes every topic so deployments sharing a Redis never hear each other's events. */
function withTopicPrefix(inner: PubSub<Record<string, [unknown]>>, prefix: string): AppPubSub {
  return {
    publish: (topic: string, payload: unknown) => inner.publish(`${prefix}${topic}`, payload),
    subscribe: (topic: string) => inner.subscribe(`${prefix}${topic}`),
  } as AppPubSub;
}

/**
 * In-process when no Redis is configured (one node); otherwise Redis pub/sub so every node's
 * subscribers receive every node's events. Redis needs a dedicated connection for SUBSCRIBE.
 */
export async function createAppPubSub(redisUrl: string | undefined, prefix: string, log: Logger): Promise<PubSubHandle> {
  if (!redisUrl) {
    return { pubsub: createPubSub<Topics>(), redis: null, onReconnect: () => {}, close: async () => {} };
  }
  const connect = (role: string) => {
    const client = new Redis(redisUrl, {
      lazyConnect: true,
      maxRetriesPerRequest: 3,
      keyPrefix: role === 'command' ? prefix : undefined,
      // Visible in CLIENT LIST, so operators can tell deployments and roles apart.
      connectionName: `${prefix}${role}`,
    });
    client.on('error', (err) => log.warn({ err: err.message, role }, 'redis connection error'));
    return client;
  };
  const publishClient = connect('publish');
  const subscribeClient = connect('subscribe');
  const commandClient = connect('command');
  await Promise.all([publishClient.connect(), subscribeClient.connect(), commandClient.connect()]);
  const reconnectListeners: Array<() => void> = [];
  subscribeClient.on('ready', () => {
    log.warn('redis subscriber reconnected; dropping caches that depend on missed messages');
    for (const listener of reconnectListeners) listener();
  });
  const eventTarget = createRedisEventTarget<any>({ publishClient, subscribeClient });
  const prefixed = withTopicPrefix(createPubSub({ eventTarget }), prefix);
  // The event target's publish does not wait for Redis. Callers that await publish (permission
  // invalidation) must know Redis has pushed the message to every node before the mutation
  // answers, or the caller's next request on another node races it. Same wire format; never throws.
  const publish = (topic: string, payload: unknown) =>
    publishClient.publish(`${prefix}${topic}`, JSON.stringify(payload)).then(
      () => undefined,
      (err: Error) => log.warn({ err: err.message, topic }, 'redis publish failed'),
    );
  return {
    pubsub: { subscribe: prefixed.subscribe, publish } as AppPubSub,
    redis: commandClient,
    onReconnect: (listener) => reconnectListeners.push(listener),
    close: async () => {
      // The event target fires UNSUBSCRIBE/PUBLISH without handling their promises; disconnecting
      // under them rejects them unhandled. Let streams ended by shutdown issue theirs, then wait
      // for a reply queued behind them (replies come in order) before cutting the connections.
      await new Promise((resolve) => setImmediate(resolve));
      await Promise.allSettled([subscribeClient.unsubscribe(), publishClient.ping()]);
      // disconnect, not quit: pending subscriber reads end at once instead of erroring later.
      for (const client of [subscribeClient, publishClient, commandClient]) client.disconnect();
    },
  };
}
