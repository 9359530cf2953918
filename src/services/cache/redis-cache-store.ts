import type Redis from 'ioredis';
import { freshVersion, type CacheStore } from './cache-store';

/** Tag versions outlive entries by far; a version that expires anyway is re-seeded above itself. */
const TAG_TTL_MS = 7 * 24 * 3600_000;

// Keys arrive with REDIS_PREFIX already applied (ioredis keyPrefix covers KEYS of scripts too), so
// index members are full key names that DEL can use as they are.

/** KEYS: tags then entries; ARGV: number of tags, seed, tag TTL. Missing tags are seeded (SET NX). */
const READ = `
local n = tonumber(ARGV[1])
local out = {}
for i = 1, #KEYS do
  local v = redis.call('GET', KEYS[i])
  if i <= n and not v then
    redis.call('SET', KEYS[i], ARGV[2], 'NX', 'PX', ARGV[3])
    v = redis.call('GET', KEYS[i])
  end
  out[i] = v
end
return out`;

/** KEYS: index then entries; ARGV: now, max entries, then value and TTL per entry. */
const WRITE = `
local index = KEYS[1]
local now = tonumber(ARGV[1])
for i = 2, #KEYS do
  local ttl = tonumber(ARGV[(i - 2) * 2 + 4])
  redis.call('SET', KEYS[i], ARGV[(i - 2) * 2 + 3], 'PX', ttl)
  redis.call('ZADD', index, now + ttl, KEYS[i])
end
redis.call('ZREMRANGEBYSCORE', index, '-inf', now)
local over = redis.call('ZCARD', index) - tonumber(ARGV[2])
local evicted = 0
if over > 0 then
  local victims = redis.call('ZPOPMIN', index, over)
  for j = 1, #victims, 2 do
    redis.call('DEL', victims[j])
    evicted = evicted + 1
  end
end
return evicted`;

/** KEYS: tags; ARGV: seed, tag TTL. INCR where a version exists, a fresh seed where it does not. */
const BUMP = `
for i = 1, #KEYS do
  if redis.call('EXISTS', KEYS[i]) == 1 then
    redis.call('INCR', KEYS[i])
    redis.call('PEXPIRE', KEYS[i], ARGV[2])
  else
    redis.call('SET', KEYS[i], ARGV[1], 'PX', ARGV[2])
  end
end
return #KEYS`;

type Scripted = Redis & {
  cacheRead(numKeys: number, ...args: Array<string | number>): Promise<Array<string | null>>;
  cacheWrite(numKeys: number, ...args: Array<string | number>): Promise<number>;
  cacheBump(numKeys: number, ...args: Array<string | number>): Promise<number>;
};

/**
 * Shared by every node of a deployment, on the command connection (bounded: no offline queue, a
 * timeout per command), so an unreachable Redis fails a read at once and the cache reads through.
 * Entries are indexed by expiry in one sorted set, which bounds their count.
 */
export class RedisCacheStore implements CacheStore {
  readonly backend = 'REDIS' as const;
  private readonly redis: Scripted;

  constructor(
    redis: Redis,
    private readonly maxEntries: number,
  ) {
    redis.defineCommand('cacheRead', { lua: READ });
    redis.defineCommand('cacheWrite', { lua: WRITE });
    redis.defineCommand('cacheBump', { lua: BUMP });
    this.redis = redis as Scripted;
  }

  async read(tags: readonly string[], keys: readonly string[]) {
    const all = [...tags.map(tagKey), ...keys.map(entryKey)];
    const out = await this.redis.cacheRead(all.length, ...all, tags.length, freshVersion(), TAG_TTL_MS);
    return { versions: out.slice(0, tags.length).map(String), entries: out.slice(tags.length) };
  }

  async write(items: ReadonlyArray<{ key: string; value: string; ttlMs: number }>) {
    if (items.length === 0) return { evicted: 0 };
    const keys = [INDEX_KEY, ...items.map((i) => entryKey(i.key))];
    const args = items.flatMap((i) => [i.value, Math.max(1, Math.round(i.ttlMs))]);
    const evicted = await this.redis.cacheWrite(keys.length, ...keys, Date.now(), this.maxEntries, ...args);
    return { evicted: Number(evicted) };
  }

  async bump(tags: readonly string[]) {
    if (tags.length === 0) return;
    await this.redis.cacheBump(tags.length, ...tags.map(tagKey), freshVersion(), TAG_TTL_MS);
  }

  async size() {
    return this.redis.zcount(INDEX_KEY, Date.now(), '+inf');
  }
}

const INDEX_KEY = 'cache:index';
const tagKey = (tag: string) => `cache:t:${tag}`;
const entryKey = (key: string) => `cache:e:${key}`;
