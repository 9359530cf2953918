import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type IORedis from 'ioredis';
import type * as TagCacheModule from '../../../src/services/cache/tag-cache';
import type * as StoreModule from '../../../src/services/cache/cache-store';
import type * as RedisStoreModule from '../../../src/services/cache/redis-cache-store';
import type * as LoggerModule from '../../../src/logger';
import type { EventBus } from '../../../src/services/events/event-bus';
import type { LoggedEvent } from '../../../src/pubsub/event-transport';
import type { CacheInvalidatedMessage } from '../../../src/pubsub/topics';
import { loadServerModule } from '../../fixtures/load';
import { freePort } from '../../setup/free-port';

const { TagCache } = loadServerModule<typeof TagCacheModule>('../../src/services/cache/tag-cache.ts');
const { MemoryCacheStore } = loadServerModule<typeof StoreModule>('../../src/services/cache/cache-store.ts');
const { RedisCacheStore } = loadServerModule<typeof RedisStoreModule>('../../src/services/cache/redis-cache-store.ts');
const { createLogger } = loadServerModule<typeof LoggerModule>('../../src/logger.ts');
const Redis = loadServerModule<{ default: typeof IORedis }>('ioredis').default;

const log = createLogger('silent');
const opened: IORedis[] = [];
afterAll(() => opened.forEach((r) => r.disconnect()));

/** What a node tells its caches: whether it hears the others (the event bus's answer, switchable here). */
type Listener = (payload: CacheInvalidatedMessage, event: LoggedEvent) => void;

class Hearing {
  hears = true;
  heard: Listener[] = [];
  hearsInvalidations = () => this.hears;
  onInvalidation = ((_topic: string, listener: Listener) => {
    this.heard.push(listener);
  }) as EventBus['onInvalidation'];
  /** The event log delivering a `cache.invalidated` message to this node. */
  deliver(payload: CacheInvalidatedMessage) {
    for (const listener of this.heard) listener(payload, { position: 0, topic: 'cache.invalidated', payload });
  }
}

const options = { ttlSeconds: 60, maxEntries: 1000, maxEntryBytes: 4096 };

/** A Redis command connection like a node's: bounded, under a prefix of its own. */
function redisConnection(prefix: string, url = inject('redisUrl')): IORedis {
  const redis = new Redis(url, { keyPrefix: prefix, maxRetriesPerRequest: 1, enableOfflineQueue: false, commandTimeout: 1000 });
  redis.on('error', () => {});
  opened.push(redis);
  return redis;
}

async function ready(redis: IORedis): Promise<void> {
  if (redis.status !== 'ready') await new Promise((resolve) => redis.once('ready', resolve));
}

/** Two nodes' caches on one Redis (as two API processes would have). */
async function twoNodes(overrides: Partial<typeof options> = {}) {
  const prefix = `tc-${randomUUID().slice(0, 8)}:`;
  const hearing = [new Hearing(), new Hearing()];
  const caches = await Promise.all(
    hearing.map(async (h) => {
      const redis = redisConnection(prefix);
      await ready(redis);
      const cache = new TagCache(new RedisCacheStore(redis, overrides.maxEntries ?? options.maxEntries), h, { ...options, ...overrides }, log);
      await cache.start();
      return cache;
    }),
  );
  return { a: caches[0]!, b: caches[1]!, hearing, prefix };
}

/** A promise and its resolver: lets a test hold a load open while something else happens. */
function gate<T>() {
  let open!: (v: T) => void;
  const promise = new Promise<T>((resolve) => (open = resolve));
  return { promise, open };
}

describe('versioned tags on a real Redis', () => {
  it('a change invalidated on node A is never served from node B, hits counted', async () => {
    const { a, b } = await twoNodes();
    let row = { name: 'before', at: new Date('2026-01-02T03:04:05Z') };
    const loads: string[] = [];
    const read = (cache: InstanceType<typeof TagCache>) =>
      cache.wrap({ key: 'set:1', tags: ['sets'] }, async () => (loads.push(row.name), structuredClone(row)));

    expect(await read(b)).toEqual(row);
    const cached = await read(b);
    expect(cached.name).toBe('before');
    expect(cached.at).toBeInstanceOf(Date);
    expect(loads).toEqual(['before']);

    row = { ...row, name: 'after' };
    await a.invalidate(['sets']);
    expect((await read(b)).name).toBe('after');
    expect((await read(a)).name).toBe('after');
    expect(loads).toEqual(['before', 'after']);
    expect(await b.stats()).toMatchObject({ backend: 'REDIS', hits: 1, misses: 2, bypasses: 0 });
    expect((await a.stats()).hits).toBe(1);
  });

  it('a slow read that loaded the old rows before the write is not served after the write’s invalidation', async () => {
    const { a, b } = await twoNodes();
    let value = 'old';
    const loaded = gate<void>();
    const release = gate<void>();
    // Node B starts reading: tag versions read, load runs against the old rows, then stalls.
    const slow = b.wrap({ key: 'k', tags: ['t'] }, async () => {
      const seen = value;
      loaded.open();
      await release.promise;
      return seen;
    });
    await loaded.promise;
    // Node A commits and invalidates (bumps) while B's load is in flight.
    value = 'new';
    await a.invalidate(['t']);
    // B's stale load finishes now and stores the old rows, under versions that are no longer current.
    release.open();
    expect(await slow).toBe('old');
    // A read that starts after A's invalidation never sees them, on either node.
    expect(await b.wrap({ key: 'k', tags: ['t'] }, async () => value)).toBe('new');
    expect(await a.wrap({ key: 'k', tags: ['t'] }, async () => value)).toBe('new');
  });

  it('a read that starts after an invalidation does not join a load begun before it', async () => {
    const { a, b } = await twoNodes();
    let value = 'old';
    const release = gate<void>();
    let calls = 0;
    const load = async () => {
      calls += 1;
      const seen = value;
      if (calls === 1) await release.promise;
      return seen;
    };
    const first = b.wrap({ key: 'j', tags: ['t'] }, load);
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = 'new';
    await a.invalidate(['t']);
    const second = b.wrap({ key: 'j', tags: ['t'] }, load);
    release.open();
    expect(await first).toBe('old');
    expect(await second).toBe('new');
    expect(calls).toBe(2);
  });

  it('a node hearing another node’s invalidation from the event log bumps the tags too (the writer may have failed to)', async () => {
    const { a, b, hearing } = await twoNodes();
    let value = 'old';
    await b.wrap({ key: 'i', tags: ['t'] }, async () => value);
    value = 'new';
    // The writer (some third node) committed but never reached Redis; its message reaches A.
    hearing[0]!.deliver({ tags: ['t'], origin: 'a-node-that-crashed' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await b.wrap({ key: 'i', tags: ['t'] }, async () => value)).toBe('new');
    // A node ignores its own messages: it bumped before answering.
    const before = (await a.stats()).invalidations;
    hearing[0]!.deliver({ tags: ['t'], origin: a.nodeId });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await a.stats()).invalidations).toBe(before);
  });

  it('concurrent misses under the same versions share one load', async () => {
    const { b } = await twoNodes();
    let calls = 0;
    const values = await Promise.all(Array.from({ length: 5 }, () => b.wrap({ key: 'shared', tags: ['t'] }, async () => (calls += 1, 'v'))));
    expect(values).toEqual(['v', 'v', 'v', 'v', 'v']);
    expect(calls).toBe(1);
  });

  it('a batch reads all keys in one go and loads only the misses; tags are per key', async () => {
    const { a, b } = await twoNodes();
    const loaded: string[][] = [];
    const batch = (cache: InstanceType<typeof TagCache>, ids: string[]) =>
      cache.wrapMany({ keys: ids, keyOf: (id) => `u:${id}`, tagsOf: (id) => ['all', `user:${id}`] }, async (missing) => {
        loaded.push([...missing]);
        return missing.map((id) => `sets of ${id}`);
      });
    expect(await batch(b, ['1', '2', '3'])).toEqual(['sets of 1', 'sets of 2', 'sets of 3']);
    await a.invalidate(['user:2']);
    expect(await batch(b, ['1', '2', '3'])).toEqual(['sets of 1', 'sets of 2', 'sets of 3']);
    expect(loaded).toEqual([['1', '2', '3'], ['2']]);
    await a.invalidate(['all']);
    await batch(b, ['3', '1']);
    expect(loaded.at(-1)).toEqual(['3', '1']);
  });

  it('a node that may have missed invalidations bypasses the cache, then drops all of it before trusting it again', async () => {
    const { a, b, hearing } = await twoNodes();
    let value = 'v1';
    const read = () => b.wrap({ key: 'x', tags: ['t'] }, async () => value);
    await read();
    hearing[1]!.hears = false;
    value = 'v2';
    // The writer could not bump anything (as if its after-commit bump was lost): only the epoch saves B.
    expect(await read()).toBe('v2');
    expect((await b.stats()).bypasses).toBe(1);
    expect((await b.stats()).trusted).toBe(false);
    hearing[1]!.hears = true;
    expect(await read()).toBe('v2');
    expect(await b.stats()).toMatchObject({ trusted: true, bypasses: 1 });
    // A, which never stopped hearing, sees B's epoch bump too: the entry it would have had is gone.
    expect(await a.wrap({ key: 'x', tags: ['t'] }, async () => value)).toBe('v2');
  });

  it('an unreachable Redis means reads go to the source, counted as bypasses; failed invalidations stop trust', async () => {
    const redis = new Redis({ port: await freePort(), host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => 50 });
    redis.on('error', () => {});
    opened.push(redis);
    redis.connect().catch(() => {});
    const cache = new TagCache(new RedisCacheStore(redis, 10), new Hearing(), options, log);
    expect(await cache.wrap({ key: 'k', tags: ['t'] }, async () => 'from source')).toBe('from source');
    expect(await cache.wrap({ key: 'k', tags: ['t'] }, async () => 'again')).toBe('again');
    await cache.invalidate(['t']);
    expect(await cache.stats()).toMatchObject({ bypasses: 2, hits: 0, misses: 0, trusted: false, entries: null });
  });

  it('keeps at most CACHE_MAX_ENTRIES entries and never stores one over the size bound', async () => {
    const { b, prefix } = await twoNodes({ maxEntries: 3, maxEntryBytes: 300 });
    for (let i = 0; i < 5; i += 1) await b.wrap({ key: `k${i}`, tags: ['t'] }, async () => i);
    const stats = await b.stats();
    expect(stats.entries).toBe(3);
    expect(stats.evictions).toBe(2);
    let loads = 0;
    const big = () => b.wrap({ key: 'big', tags: ['t'] }, async () => (loads += 1, 'x'.repeat(400)));
    await big();
    await big();
    expect(loads).toBe(2);
    // Everything lives under the deployment's prefix.
    const probe = redisConnection('');
    await ready(probe);
    const keys = await probe.keys('*');
    const ours = keys.filter((k) => k.startsWith(prefix));
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.every((k) => k.startsWith(`${prefix}cache:`))).toBe(true);
  });

  it('entries expire after their TTL (a backstop), including a shorter per-value TTL', async () => {
    const { b } = await twoNodes();
    let loads = 0;
    const read = () =>
      b.wrapMany({ keys: ['e'], keyOf: (k) => k, tagsOf: () => ['t'], ttlSeconds: () => 1 }, async (ks) => ks.map(() => (loads += 1)));
    await read();
    await read();
    expect(loads).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await read();
    expect(loads).toBe(2);
  });
});

describe('in-process LRU (one node, no Redis)', () => {
  it('serves hits, invalidates by tag, evicts the least recently used', async () => {
    const cache = new TagCache(new MemoryCacheStore(2), new Hearing(), { ...options, maxEntries: 2 }, log);
    const loads: string[] = [];
    const read = (key: string, tags = ['t']) => cache.wrap({ key, tags }, async () => (loads.push(key), key));
    await read('a');
    await read('b');
    await read('a'); // hit: a is now the most recently used
    await read('c'); // evicts b
    await read('a'); // hit
    await read('b'); // miss
    expect(loads).toEqual(['a', 'b', 'c', 'b']);
    await cache.invalidate(['t']);
    await read('b');
    expect(loads.at(-1)).toBe('b');
    expect(await cache.stats()).toMatchObject({ backend: 'MEMORY', hits: 2, misses: 5, evictions: 2, entries: 2, trusted: true });
  });

  it('CACHE_TTL_SECONDS=0 turns it off: every read loads, nothing is counted as a bypass', async () => {
    const cache = new TagCache(new MemoryCacheStore(10), new Hearing(), { ...options, ttlSeconds: 0 }, log);
    let loads = 0;
    await cache.wrap({ key: 'k', tags: ['t'] }, async () => (loads += 1));
    await cache.wrap({ key: 'k', tags: ['t'] }, async () => (loads += 1));
    expect(loads).toBe(2);
    expect(await cache.stats()).toMatchObject({ enabled: false, hits: 0, misses: 0, bypasses: 0 });
  });
});

describe('in-process LRU bounds', () => {
  it('evicts by total size as well as by count', async () => {
    const store = new MemoryCacheStore(100, 1100); // three values of about 340 characters (versions and the JSON string)
    const cache = new TagCache(store, new Hearing(), { ...options, maxEntries: 100 }, log);
    for (let i = 0; i < 5; i += 1) await cache.wrap({ key: `k${i}`, tags: ['t'] }, async () => 'x'.repeat(300));
    const stats = await cache.stats();
    expect(stats.entries).toBe(3);
    expect(stats.evictions).toBe(2);
  });
});
