import { RedisPubSub } from 'graphql-redis-subscriptions';
import Redis, { type RedisOptions } from 'ioredis';
import type { Logger } from '../logger';
import { watchRedisClient } from '../metrics/registry';
import type { EventTransport, LoggedEvent } from './event-transport';

export interface RedisConnections {
  transport: EventTransport;
  /** The command connection, shared by rate limiters and counters (keys carry the prefix). */
  commands: Redis;
}

const PUBLISH_TIMEOUT_MS = 500;

/**
 * Options that keep a Redis outage from stalling callers: no offline queue (a command fails at
 * once while disconnected, so rate limiters fall back to their per-node insurance), a bound on
 * every command, and reconnect attempts that never stop but never wait more than two seconds.
 */
function boundedOptions(role: string, prefix: string): RedisOptions {
  return {
    lazyConnect: true,
    enableOfflineQueue: role === 'subscribe',
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    commandTimeout: role === 'subscribe' ? undefined : 1_000,
    retryStrategy: (attempt) => Math.min(50 * 2 ** attempt, 2_000),
    keyPrefix: role === 'command' ? prefix : undefined,
    // Visible in CLIENT LIST, so operators can tell deployments and roles apart.
    connectionName: `${prefix}${role}`,
  };
}

/**
 * Committed events travel between nodes on one Redis channel through graphql-redis-subscriptions'
 * RedisPubSub (as the design card names it); one message per transaction, in the order written.
 */
export async function connectRedis(url: string, prefix: string, log: Logger): Promise<RedisConnections> {
  const unwatch: Array<() => void> = [];
  const connect = (role: string) => {
    const client = new Redis(url, boundedOptions(role, prefix));
    client.on('error', (err) => log.warn({ err: err.message, role }, 'redis connection error'));
    unwatch.push(watchRedisClient(role, () => client.status === 'ready'));
    return client;
  };
  const publisher = connect('publish');
  const subscriber = connect('subscribe');
  const commands = connect('command');
  await Promise.all([publisher.connect(), subscriber.connect(), commands.connect()]);

  const channel = `${prefix}events`;
  const pubsub = new RedisPubSub({ publisher, subscriber });
  const eventListeners: Array<(events: LoggedEvent[]) => void> = [];
  const reconnectListeners: Array<() => void> = [];
  await pubsub.subscribe<LoggedEvent[]>(channel, (events) => {
    for (const listener of eventListeners) listener(events);
  });

  let lost = false;
  subscriber.on('close', () => (lost = true));
  subscriber.on('ready', () => {
    if (!lost) return;
    lost = false;
    log.warn('redis subscriber reconnected; catching up from the event log and dropping caches');
    for (const listener of reconnectListeners) listener();
  });

  const transport: EventTransport = {
    publish: (events) =>
      new Promise<void>((done) => {
        const timer = setTimeout(done, PUBLISH_TIMEOUT_MS);
        pubsub.publish(channel, events).then(
          () => (clearTimeout(timer), done()),
          (err: Error) => {
            clearTimeout(timer);
            log.warn({ err: err.message }, 'redis publish failed; other nodes will read the event log');
            done();
          },
        );
      }),
    onEvents: (listener) => eventListeners.push(listener),
    // 'ready' is also the state while ioredis re-subscribes: until then a message could be missed.
    hearsOtherNodes: () => subscriber.status === 'ready' && !lost,
    onReconnect: (listener) => reconnectListeners.push(listener),
    close: async () => {
      for (const client of [subscriber, publisher, commands]) client.disconnect();
      for (const stop of unwatch) stop();
    },
  };
  return { transport, commands };
}
