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
  close(): Promise<void>;
}

/**
 * In-process when no Redis is configured (one node); otherwise Redis pub/sub so every node's
 * subscribers receive every node's events. Redis needs a dedicated connection for SUBSCRIBE.
 */
export async function createAppPubSub(redisUrl: string | undefined, log: Logger): Promise<PubSubHandle> {
  if (!redisUrl) {
    return { pubsub: createPubSub<Topics>(), redis: null, close: async () => {} };
  }
  const connect = (role: string) => {
    const client = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 3 });
    client.on('error', (err) => log.warn({ err: err.message, role }, 'redis connection error'));
    return client;
  };
  const publishClient = connect('publish');
  const subscribeClient = connect('subscribe');
  await Promise.all([publishClient.connect(), subscribeClient.connect()]);
  const eventTarget = createRedisEventTarget<any>({ publishClient, subscribeClient });
  return {
    pubsub: createPubSub<Topics>({ eventTarget }),
    redis: publishClient,
    close: async () => {
      await Promise.allSettled([publishClient.quit(), subscribeClient.quit()]);
    },
  };
}
