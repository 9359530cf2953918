import type Redis from 'ioredis';
import type { Config } from '../../config';
import type { Logger } from '../../logger';
import { trackCacheSize } from '../../metrics/cache.metrics';
import type { EventBus } from '../events/event-bus';
import { MemoryCacheStore } from './cache-store';
import { RedisCacheStore } from './redis-cache-store';
import { TagCache } from './tag-cache';

/** Redis (shared by every node, keys under REDIS_PREFIX) when there is one, else this process's LRU. */
export function createTagCache(config: Config, redis: Redis | null, events: EventBus, log: Logger): TagCache {
  const store = redis ? new RedisCacheStore(redis, config.CACHE_MAX_ENTRIES) : new MemoryCacheStore(config.CACHE_MAX_ENTRIES);
  const cache = new TagCache(
    store,
    events,
    { ttlSeconds: config.CACHE_TTL_SECONDS, maxEntries: config.CACHE_MAX_ENTRIES, maxEntryBytes: config.CACHE_MAX_ENTRY_BYTES },
    log.child({ component: 'cache' }),
  );
  trackCacheSize(() => cache.size());
  return cache;
}
