import { createHash } from 'node:crypto';
import type Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from '../../config';

export type ThreatCounterName = 'loginFailures' | 'stuffingPairs' | 'stuffingAccounts' | 'forbidden';

/**
 * Fixed-window counters for the threat detectors, in Redis when configured (so failures split
 * across nodes add up to one burst) and in memory on a single node, as login throttling does.
 * An increment is atomic and returns the new count, so exactly one caller sees the count reach a
 * threshold: that caller raises the event, once per window, on whichever node it runs.
 */
export class ThreatCounters {
  private readonly counters: Record<ThreatCounterName, RateLimiterAbstract>;

  constructor(config: Config, redis: Redis | null) {
    const make = (keyPrefix: string, duration: number) => {
      const memory = new RateLimiterMemory({ keyPrefix, points: Number.MAX_SAFE_INTEGER, duration });
      return redis
        ? new RateLimiterRedis({
            storeClient: redis,
            keyPrefix,
            points: Number.MAX_SAFE_INTEGER,
            duration,
            useRedisPackage: false,
            // While Redis is away each node counts on its own (bursts split across nodes may then
            // go unnoticed), rather than stalling the login that is being counted.
            rejectIfRedisNotReady: true,
            insuranceLimiter: memory,
          })
        : memory;
    };
    this.counters = {
      loginFailures: make('threat_login_failures', config.SECURITY_LOGIN_BURST_WINDOW_SECONDS),
      stuffingPairs: make('threat_stuffing_pair', config.SECURITY_STUFFING_WINDOW_SECONDS),
      stuffingAccounts: make('threat_stuffing_ip', config.SECURITY_STUFFING_WINDOW_SECONDS),
      forbidden: make('threat_forbidden', config.SECURITY_FORBIDDEN_BURST_WINDOW_SECONDS),
    };
  }

  /** Adds one to `key` in its current window; returns the count so far in that window. */
  async hit(name: ThreatCounterName, key: string): Promise<number> {
    const res = await this.counters[name].penalty(key, 1);
    return res.consumedPoints;
  }
}

/** Emails (and other personal keys) are stored hashed: Redis needs no readable copy of them. */
export const counterKey = (...parts: string[]): string =>
  createHash('sha256').update(parts.join('\u0000')).digest('base64url').slice(0, 32);
