/**
 * Where cached reads live. Values are opaque strings (see cache-codec.ts); freshness is decided by
 * tag versions: a tag's version changes on every invalidation and never returns to an earlier
 * value, so an entry stored with the versions it was computed under is valid exactly while they
 * are all current. Both stores keep that contract; the cache logic is shared (tag-cache.ts).
 */
export interface CacheStore {
  readonly backend: 'REDIS' | 'MEMORY';
  /**
   * Current versions of `tags` (same order) and the raw entries of `keys`, in one round trip. A
   * tag without a version gets a fresh one (never one it had before).
   */
  read(tags: readonly string[], keys: readonly string[]): Promise<{ versions: string[]; entries: Array<string | null> }>;
  /** Stores entries; returns how many older ones were evicted to stay within the bound. */
  write(items: ReadonlyArray<{ key: string; value: string; ttlMs: number }>): Promise<{ evicted: number }>;
  /** New versions for `tags`: every entry computed under an older one is no longer served. */
  bump(tags: readonly string[]): Promise<void>;
  /** Entries currently held. */
  size(): Promise<number>;
}

/**
 * A seed for a tag that has no version (never bumped, or its key expired): time-based, so it is
 * above any version the tag had before, and an entry stored under an old version never matches.
 */
/** The in-process LRU holds at most about 64 MiB of values, whatever CACHE_MAX_ENTRIES allows. */
export const MAX_MEMORY_CHARS = 32 * 1024 * 1024;

export const freshVersion = (): number => Date.now() * 1000 + Math.floor(Math.random() * 1000);

/**
 * One node, no Redis: an LRU in this process. Map order is recency order (a hit moves the entry
 * to the end), so eviction takes the first key.
 */
export class MemoryCacheStore implements CacheStore {
  readonly backend = 'MEMORY' as const;
  private readonly entries = new Map<string, { value: string; expiresAt: number }>();
  private readonly versions = new Map<string, number>();
  private counter = freshVersion();
  /** UTF-16 code units held (about the heap the values take): bounded as well as the count. */
  private chars = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxChars = MAX_MEMORY_CHARS,
  ) {}

  async read(tags: readonly string[], keys: readonly string[]) {
    const versions = tags.map((tag) => {
      let v = this.versions.get(tag);
      if (v === undefined) {
        v = this.next();
        this.versions.set(tag, v);
      }
      return String(v);
    });
    const now = Date.now();
    const entries = keys.map((key) => {
      const entry = this.entries.get(key);
      if (!entry) return null;
      this.entries.delete(key);
      if (entry.expiresAt <= now) {
        this.chars -= entry.value.length;
        return null;
      }
      this.entries.set(key, entry);
      return entry.value;
    });
    this.trimVersions();
    return { versions, entries };
  }

  async write(items: ReadonlyArray<{ key: string; value: string; ttlMs: number }>) {
    const now = Date.now();
    let evicted = 0;
    for (const item of items) {
      this.chars -= this.entries.get(item.key)?.value.length ?? 0;
      this.entries.delete(item.key);
      this.entries.set(item.key, { value: item.value, expiresAt: now + item.ttlMs });
      this.chars += item.value.length;
    }
    while (this.entries.size > this.maxEntries || (this.chars > this.maxChars && this.entries.size > 0)) {
      const [key, entry] = this.entries.entries().next().value!;
      this.entries.delete(key);
      this.chars -= entry.value.length;
      evicted += 1;
    }
    return { evicted };
  }

  async bump(tags: readonly string[]) {
    for (const tag of tags) this.versions.set(tag, this.next());
  }

  async size() {
    return this.entries.size;
  }

  /** Strictly increasing in this process, so a forgotten tag's next version is new too. */
  private next(): number {
    this.counter = Math.max(this.counter + 1, freshVersion());
    return this.counter;
  }

  /**
   * Per-user tags would grow without end; forgetting a version is safe (the next one is new, so
   * entries under the old one stop matching), it only costs misses.
   */
  private trimVersions(): void {
    const cap = this.maxEntries * 4;
    if (this.versions.size <= cap) return;
    for (const tag of [...this.versions.keys()].slice(0, this.versions.size - cap)) this.versions.delete(tag);
  }
}
