import { RedisPubSub } from 'graphql-redis-subscriptions';
import Redis, { type RedisOptions } from 'ioredis';
import { StartupError } from '../errors/startup-error';
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

/** Bound on the first connection at start-up (connectTimeout is 2 s; the rest covers a slow name lookup). */
export const REDIS_START_TIMEOUT_MS = 3_000;

/**
 * The first connection of every client, bounded. On failure the clients are disconnected (they
 * would otherwise retry forever and keep the process alive) and a StartupError names REDIS_URL.
 */
async function connectAll(url: string, clients: Redis[]): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })), REDIS_START_TIMEOUT_MS);
  });
  // connect() rejects with "Connection is closed."; the reason (ECONNREFUSED...) came as an 'error' event.
  let cause: { code?: string } | undefined;
  const remember = (err: { code?: string }) => (cause ??= err);
  for (const client of clients) client.on('error', remember);
  try {
    await Promise.race([Promise.all(clients.map((c) => c.connect())), deadline]);
  } catch (err) {
    for (const client of clients) client.disconnect();
    const code = cause?.code ?? (err as { code?: string }).code;
    let where = url;
    try {
      const u = new URL(url);
      where = `${u.hostname}:${u.port || '6379'}`;
    } catch {
      // keep the raw value; zod already checked it is a URL
    }
    const why =
      code === 'ECONNREFUSED'
        ? 'refused the connection; start Redis there, fix REDIS_URL, or unset it to run one node without Redis'
        : code === 'ETIMEDOUT'
          ? `did not answer within ${REDIS_START_TIMEOUT_MS / 1000} s; check the host in REDIS_URL and the network, or unset it`
          : code === 'ENOTFOUND' || code === 'EAI_AGAIN'
            ? 'has a host name that does not resolve; fix REDIS_URL'
            : `could not be used (${code ?? (err instanceof Error ? err.message : String(err))}); check REDIS_URL (and its password)`;
    throw new StartupError('REDIS_URL', `Redis at ${where} ${why}`);
  } finally {
    clearTimeout(timer);
    for (const client of clients) client.off('error', remember);
  }
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
  await connectAll(url, [publisher, subscriber, commands]);

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

  // Acknowledgements: PUBLISH answers how many subscribers (nodes, this one included) got the
  // message; a publish with positions to confirm resolves once that many nodes acknowledged them.
  const ackChannel = `${prefix}acks`;
  const awaiting = new Map<number, { needed: number; seen: number; settle: () => void }>();
  await pubsub.subscribe<number[]>(ackChannel, (positions) => {
    for (const position of positions) {
      const wait = awaiting.get(position);
      if (wait && ++wait.seen >= wait.needed) wait.settle();
    }
  });

  const transport: EventTransport = {
    publish: (events, confirm = []) =>
      new Promise<void>((done) => {
        const settled = new Set<number>();
        const finish = () => {
          clearTimeout(timer);
          for (const position of confirm) awaiting.delete(position);
          done();
        };
        const timer = setTimeout(finish, PUBLISH_TIMEOUT_MS);
        // Registered before sending: an acknowledgement may come back before PUBLISH answers.
        for (const position of confirm) {
          awaiting.set(position, { needed: Infinity, seen: 0, settle: () => settled.add(position) && settled.size === confirm.length && finish() });
        }
        publisher.publish(channel, JSON.stringify(events)).then(
          (receivers) => {
            if (confirm.length === 0 || receivers === 0) return finish();
            for (const position of confirm) {
              const wait = awaiting.get(position);
              if (!wait) continue;
              wait.needed = receivers;
              if (wait.seen >= receivers) wait.settle();
            }
          },
          (err: Error) => {
            log.warn({ err: err.message }, 'redis publish failed; other nodes will read the event log');
            finish();
          },
        );
      }),
    onEvents: (listener) => eventListeners.push(listener),
    acknowledge: (positions) => {
      if (positions.length > 0) publisher.publish(ackChannel, JSON.stringify(positions)).catch(() => undefined);
    },
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
