import type Redis from 'ioredis';
import type { Logger } from '../../logger';
import type { LimitKind } from './limit-plan';

/** Buckets of one minute, kept for an hour: `rateLimitStats` looks back at most that far. */
export const MAX_STATS_WINDOW_MINUTES = 60;
const BUCKET_MS = 60_000;
/** Bounds what a flood of distinct callers (many IPs) can cost a stats read or a node's memory. */
const MAX_MEMBERS_READ = 1000;
const MAX_MEMBERS_KEPT = 10_000;

export interface RefusalStat {
  limit: LimitKind;
  policy: string;
  /** `u:<userId>` or `ip:<address>`. */
  key: string;
  refusals: number;
  lastRefusedAt: Date;
}

interface Entry {
  limit: LimitKind;
  policy: string;
  key: string;
}

const encode = (e: Entry) => JSON.stringify([e.limit, e.policy, e.key]);
const decode = (member: string): Entry => {
  const [limit, policy, key] = JSON.parse(member) as [LimitKind, string, string];
  return { limit, policy, key };
};

/**
 * Who was refused recently: per (limit, policy, key) counts in minute buckets. In Redis (sorted set
 * per minute, hash of last refusal times) when there is one, so every node sees every node's
 * refusals; in memory otherwise. Best effort: a failure to count never fails the request.
 */
export class RefusalStats {
  private readonly buckets = new Map<number, Map<string, number>>();
  private readonly last = new Map<string, number>();

  constructor(
    private readonly redis: Redis | null,
    private readonly log: Logger,
  ) {}

  async record(entries: Entry[], now = Date.now()): Promise<void> {
    const bucket = Math.floor(now / BUCKET_MS);
    if (this.redis) {
      const pipeline = this.redis.multi();
      for (const entry of entries) {
        pipeline.zincrby(`rl:refusals:${bucket}`, 1, encode(entry));
        pipeline.hset('rl:refused-at', encode(entry), String(now));
      }
      pipeline.expire(`rl:refusals:${bucket}`, (MAX_STATS_WINDOW_MINUTES + 1) * 60);
      pipeline.expire('rl:refused-at', (MAX_STATS_WINDOW_MINUTES + 1) * 60);
      await pipeline.exec().catch((err: Error) => this.log.warn({ err: err.message }, 'could not record a rate-limit refusal'));
      return;
    }
    const counts = this.buckets.get(bucket) ?? new Map<string, number>();
    this.buckets.set(bucket, counts);
    for (const entry of entries) {
      const member = encode(entry);
      if (!counts.has(member) && counts.size >= MAX_MEMBERS_KEPT) continue;
      counts.set(member, (counts.get(member) ?? 0) + 1);
      this.last.set(member, now);
    }
    for (const b of this.buckets.keys()) if (b <= bucket - MAX_STATS_WINDOW_MINUTES) this.buckets.delete(b);
    if (this.last.size > MAX_MEMBERS_KEPT * 2) this.last.clear();
  }

  /** The most refused first (then the most recently refused), over the last `windowMinutes`. */
  async top(windowMinutes: number, first: number, now = Date.now()): Promise<RefusalStat[]> {
    const current = Math.floor(now / BUCKET_MS);
    const bucketIds = Array.from({ length: windowMinutes }, (_, i) => current - i);
    const totals = new Map<string, number>();
    const add = (member: string, n: number) => totals.set(member, (totals.get(member) ?? 0) + n);
    let lastAt: (member: string) => number | undefined = (m) => this.last.get(m);
    if (this.redis) {
      const pipeline = this.redis.multi();
      for (const b of bucketIds) pipeline.zrevrange(`rl:refusals:${b}`, 0, MAX_MEMBERS_READ - 1, 'WITHSCORES');
      const results = (await pipeline.exec()) ?? [];
      for (const [err, flat] of results) {
        if (err) throw err;
        const list = flat as string[];
        for (let i = 0; i < list.length; i += 2) add(list[i]!, Number(list[i + 1]));
      }
      const members = [...totals.keys()];
      const times = members.length > 0 ? await this.redis.hmget('rl:refused-at', ...members) : [];
      const byMember = new Map(members.map((m, i) => [m, Number(times[i] ?? 0)]));
      lastAt = (m) => byMember.get(m);
    } else {
      for (const b of bucketIds) for (const [member, n] of this.buckets.get(b) ?? []) add(member, n);
    }
    return [...totals]
      .map(([member, refusals]) => ({ ...decode(member), refusals, lastRefusedAt: new Date(lastAt(member) ?? now) }))
      .sort((a, b) => b.refusals - a.refusals || b.lastRefusedAt.getTime() - a.lastRefusedAt.getTime())
      .slice(0, first);
  }
}
