import { readFileSync } from 'node:fs';
import path from 'node:path';
import type Redis from 'ioredis';
import type { Config } from '../../config';
import { MIGRATIONS_DIR } from '../../db/migrate';
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
    {
      ttlSeconds: config.CACHE_TTL_SECONDS,
      maxEntries: config.CACHE_MAX_ENTRIES,
      maxEntryBytes: config.CACHE_MAX_ENTRY_BYTES,
      namespace: `${schemaVersion()}:`,
    },
    log.child({ component: 'cache' }),
  );
  trackCacheSize(() => cache.size());
  return cache;
}

/** The latest migration this build knows: cached rows have that schema's shape. */
function schemaVersion(): string {
  try {
    const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as { entries: Array<{ idx: number }> };
    return `s${Math.max(-1, ...journal.entries.map((e) => e.idx))}`;
  } catch {
    return 's?';
  }
}
