import { createHash, randomUUID } from 'node:crypto';
import type { Logger } from '../../logger';
import { cacheBypassesTotal, cacheEvictionsTotal, cacheInvalidationsTotal, cacheRequestsTotal } from '../../metrics/cache.metrics';
import type { EventBus } from '../events/event-bus';
import { decodeValue, encodeValue } from './cache-codec';
import type { CacheStore } from './cache-store';

/** Every entry also carries this tag: bumping it drops the whole cache (after Redis was away). */
export const EPOCH_TAG = '*epoch';
const MAX_KEY_CHARS = 200;

export interface CacheSpec {
  /** Unique for what is read: include every argument the load depends on. */
  key: string;
  /** Invalidating any of these drops the entry. */
  tags: readonly string[];
  /** At most CACHE_TTL_SECONDS (the backstop); lower it for reads that expire on their own. */
  ttlSeconds?: number;
}

export interface BatchSpec<K, V> {
  keys: readonly K[];
  keyOf(key: K): string;
  tagsOf(key: K): readonly string[];
  /** Per value: e.g. until the earliest expiry inside it. */
  ttlSeconds?: number | ((value: V) => number);
}

export interface CacheStatsView {
  backend: 'REDIS' | 'MEMORY';
  enabled: boolean;
  trusted: boolean;
  hits: number;
  misses: number;
  bypasses: number;
  evictions: number;
  invalidations: number;
  entries: number | null;
  maxEntries: number;
}

export interface TagCacheOptions {
  ttlSeconds: number;
  maxEntries: number;
  maxEntryBytes: number;
  /**
   * Prefixes every entry key: the database schema's version, so during a rolling deploy nodes on
   * different schemas never read each other's rows (which may lack or carry columns).
   */
  namespace?: string;
}

/**
 * Shared read cache with versioned tags. A read fetches the current version of each of its tags
 * together with the entry (one round trip) and serves the entry only if it was stored under
 * exactly those versions; a miss loads with the versions read *before* the load, so a load that
 * raced with a write is stored under versions the write's invalidation has already replaced (or
 * is about to): it is never served after that invalidation. Invalidation bumps versions after
 * commit, before the writer answers (`invalidateOnCommit`).
 *
 * Fail closed: while this node may have missed invalidations (Redis subscriber down, a bump that
 * failed) or Redis does not answer, reads go straight to PostgreSQL and are counted as bypasses;
 * when it can trust the cache again it first bumps the epoch, dropping every entry.
 */
export class TagCache {
  /** Names this node in invalidation messages. */
  readonly nodeId = randomUUID();
  private readonly counts = { hits: 0, misses: 0, bypasses: 0, evictions: 0, invalidations: 0 };
  /**
   * Epoch bumps asked for and done: a reconnect during a bump in flight asks for another (the one
   * in flight may have run before invalidations that reconnect missed).
   */
  private epochWanted: number;
  private epochDone = 0;
  private epochBump: Promise<boolean> | null = null;
  private readonly flights = new Map<string, Promise<string>>();

  constructor(
    private readonly store: CacheStore,
    private readonly events: Pick<EventBus, 'hearsInvalidations' | 'onInvalidation'>,
    private readonly options: TagCacheOptions,
    private readonly log: Logger,
  ) {
    // Redis may hold entries from before a change this node's predecessor could not announce.
    this.epochWanted = store.backend === 'REDIS' ? 1 : 0;
  }

  get backend(): CacheStore['backend'] {
    return this.store.backend;
  }

  async start(): Promise<void> {
    // Insurance: the committing node bumped already; if it crashed or could not reach Redis after
    // commit, the others still do (the message comes from the event log, so it is never lost).
    this.events.onInvalidation('cache.invalidated', ({ tags, origin }) => {
      if (origin !== this.nodeId) void this.invalidate(tags);
    });
    // With Redis: drop what an earlier run may have left unannounced before the first request.
    await this.readiness();
  }

  /** The subscriber came back: invalidations may have been missed meanwhile. */
  reconnected(): void {
    if (this.store.backend === 'REDIS') this.epochWanted += 1;
  }

  /** `load` once per key and tag versions; its result is shared through the cache. */
  async wrap<T>(spec: CacheSpec, load: () => Promise<T>): Promise<T> {
    const [value] = await this.wrapMany<string, T>(
      { keys: [spec.key], keyOf: (k) => k, tagsOf: () => spec.tags, ttlSeconds: spec.ttlSeconds },
      async () => [await load()],
    );
    return value as T;
  }

  /** A batch (a DataLoader's): one round trip for all keys, one `loadMissing` for the misses, in key order. */
  async wrapMany<K, V>(spec: BatchSpec<K, V>, loadMissing: (keys: K[]) => Promise<V[]>): Promise<V[]> {
    if (spec.keys.length === 0) return [];
    const state = await this.readiness();
    if (state !== 'ok') return this.bypass(state, spec.keys, loadMissing);
    const keys = spec.keys.map((k) => storeKey(`${this.options.namespace ?? ''}${spec.keyOf(k)}`));
    const tagLists = spec.keys.map((k) => [EPOCH_TAG, ...[...new Set(spec.tagsOf(k))].sort()]);
    const allTags = [...new Set(tagLists.flat())];
    let read: Awaited<ReturnType<CacheStore['read']>>;
    try {
      read = await this.store.read(allTags, keys);
    } catch (err) {
      this.log.warn({ err: (err as Error).message }, 'cache read failed; reading through');
      return this.bypass('error', spec.keys, loadMissing);
    }
    const versionOf = new Map(allTags.map((t, i) => [t, read.versions[i]!]));
    const stamps = tagLists.map((tags) => tags.map((t) => versionOf.get(t)).join(','));
    const results: V[] = new Array(spec.keys.length);
    const missing: number[] = [];
    read.entries.forEach((entry, i) => {
      const prefix = `${stamps[i]}\n`;
      if (entry?.startsWith(prefix)) results[i] = decodePayload<V>(entry.slice(prefix.length));
      else missing.push(i);
    });
    this.count('hit', spec.keys.length - missing.length);
    if (missing.length === 0) return results;
    this.count('miss', missing.length);

    const loadAndStore = async (): Promise<string[]> => {
      const values = await loadMissing(missing.map((i) => spec.keys[i]!));
      const payloads = values.map((v) => encodePayload(v));
      const items = missing.flatMap((i, j) => {
        const value = `${stamps[i]}\n${payloads[j]}`;
        const ttlMs = this.ttlMs(spec.ttlSeconds, values[j] as V);
        return Buffer.byteLength(value) <= this.options.maxEntryBytes && ttlMs > 0 ? [{ key: keys[i]!, value, ttlMs }] : [];
      });
      try {
        const { evicted } = await this.store.write(items);
        this.counts.evictions += evicted;
        cacheEvictionsTotal.inc(evicted);
      } catch (err) {
        this.log.warn({ err: (err as Error).message }, 'cache write failed');
      }
      return payloads;
    };
    // One key: concurrent misses under the same versions share one load (never one begun under
    // older versions: those are part of the flight's name).
    let payloads: string[];
    if (missing.length === 1 && spec.keys.length === 1) {
      const flight = `${keys[0]}|${stamps[0]}`;
      let running = this.flights.get(flight);
      if (!running) {
        running = loadAndStore().then((p) => p[0]!).finally(() => this.flights.delete(flight));
        this.flights.set(flight, running);
      }
      payloads = [await running];
    } else {
      payloads = await loadAndStore();
    }
    missing.forEach((i, j) => (results[i] = decodePayload<V>(payloads[j]!)));
    return results;
  }

  /**
   * New versions for `tags` (on every node: versions live in Redis). Should Redis not answer,
   * this node stops trusting the cache until it has dropped all of it (the other nodes bump the
   * same tags when the change reaches them through the event log).
   */
  async invalidate(tags: readonly string[]): Promise<void> {
    const unique = [...new Set(tags)];
    if (unique.length === 0) return;
    try {
      await this.store.bump(unique);
      this.counts.invalidations += unique.length;
      cacheInvalidationsTotal.inc(unique.length);
    } catch (err) {
      this.log.warn({ err: (err as Error).message, tags: unique }, 'cache invalidation failed; bypassing the cache until it can be dropped');
      this.epochWanted += 1;
    }
  }

  async stats(): Promise<CacheStatsView> {
    let entries: number | null = null;
    try {
      entries = await this.store.size();
    } catch {
      // Redis away: the count is unknown, the rest is this node's own.
    }
    return {
      backend: this.store.backend,
      enabled: this.options.ttlSeconds > 0,
      trusted: this.options.ttlSeconds > 0 && this.events.hearsInvalidations() && this.epochDone >= this.epochWanted,
      ...this.counts,
      entries,
      maxEntries: this.options.maxEntries,
    };
  }

  /** For /metrics: entries held, or null when unknown. */
  size(): Promise<number | null> {
    return this.store.size().catch(() => null);
  }

  private async readiness(): Promise<'ok' | 'disabled' | 'untrusted' | 'error'> {
    if (this.options.ttlSeconds === 0) return 'disabled';
    if (!this.events.hearsInvalidations()) {
      this.reconnected();
      return 'untrusted';
    }
    while (this.epochDone < this.epochWanted) {
      const target = this.epochWanted;
      this.epochBump ??= this.store
        .bump([EPOCH_TAG])
        .then(() => ((this.epochDone = Math.max(this.epochDone, target)), true), () => false)
        .finally(() => (this.epochBump = null));
      if (!(await this.epochBump)) return 'error';
    }
    return 'ok';
  }

  private async bypass<K, V>(reason: 'disabled' | 'untrusted' | 'error', keys: readonly K[], load: (keys: K[]) => Promise<V[]>): Promise<V[]> {
    if (reason !== 'disabled') {
      this.count('bypass', keys.length);
      cacheBypassesTotal.inc({ reason }, keys.length);
    }
    return load([...keys]);
  }

  private count(result: 'hit' | 'miss' | 'bypass', n: number): void {
    if (n === 0) return;
    this.counts[result === 'hit' ? 'hits' : result === 'miss' ? 'misses' : 'bypasses'] += n;
    cacheRequestsTotal.inc({ result }, n);
  }

  private ttlMs<V>(ttl: BatchSpec<unknown, V>['ttlSeconds'], value: V): number {
    const wanted = typeof ttl === 'function' ? ttl(value) : (ttl ?? this.options.ttlSeconds);
    return Math.max(0, Math.min(wanted, this.options.ttlSeconds)) * 1000;
  }
}

/** `undefined` (nothing found) is a value worth caching too; JSON has no spelling for it. */
const encodePayload = (value: unknown): string => (value === undefined ? '' : encodeValue(value));
const decodePayload = <V>(payload: string): V => (payload === '' ? (undefined as V) : decodeValue<V>(payload));

/** Long keys (cursors, filters) are hashed: Redis keys stay short and the bound on size holds. */
const storeKey = (key: string) => (key.length <= MAX_KEY_CHARS ? key : `h:${createHash('sha256').update(key).digest('base64url')}`);
