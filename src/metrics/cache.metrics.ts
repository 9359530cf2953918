import { Counter, Gauge } from 'prom-client';
import { metricsRegistry } from './registry';

/** Cached reads by outcome: served from the cache, loaded and stored, or read through (bypass). */
export const cacheRequestsTotal = new Counter({
  name: 'control_plane_cache_requests_total',
  help: 'Cached reads by result: hit, miss (loaded from PostgreSQL and stored), bypass (cache not trusted or unreachable)',
  labelNames: ['result'] as const,
  registers: [metricsRegistry],
});

/** Why reads went straight to PostgreSQL: `untrusted` (invalidations may be missed) or `error` (Redis failed). */
export const cacheBypassesTotal = new Counter({
  name: 'control_plane_cache_bypasses_total',
  help: 'Cached reads that went straight to PostgreSQL, by reason',
  labelNames: ['reason'] as const,
  registers: [metricsRegistry],
});

export const cacheEvictionsTotal = new Counter({
  name: 'control_plane_cache_evictions_total',
  help: 'Cache entries evicted to stay within CACHE_MAX_ENTRIES',
  registers: [metricsRegistry],
});

/** Tags invalidated (each bump of a tag's version counts once, on the node that made it). */
export const cacheInvalidationsTotal = new Counter({
  name: 'control_plane_cache_invalidations_total',
  help: 'Cache tags invalidated by this process',
  registers: [metricsRegistry],
});

/** Entries held, as last seen by this process (shared by the deployment with Redis). */
export const cacheEntries = new Gauge({
  name: 'control_plane_cache_entries',
  help: 'Entries in the read cache (Redis: the whole deployment; memory: this process)',
  registers: [metricsRegistry],
  async collect() {
    const size = sizeSource ? await sizeSource() : null;
    if (size !== null) this.set(size);
  },
});

let sizeSource: (() => Promise<number | null>) | null = null;

/** The process's cache reports its size at scrape time (the last one started, when tests run several). */
export function trackCacheSize(source: () => Promise<number | null>): void {
  sizeSource = source;
}
