import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type Redis from 'ioredis';
import { AppError } from '../../errors/app-error';

export interface LoginThrottleOptions {
  maxPerAccount: number;
  maxPerIp: number;
  windowSeconds: number;
  redis: Redis | null;
}

/**
 * Counts login attempts per account and per IP; shared through Redis when several nodes run.
 * Every attempt takes its point before the password is checked (atomically, so parallel guesses
 * cannot all slip through), and a successful login gives its points back: only failures count.
 */
export class LoginThrottle {
  private readonly byAccount: RateLimiterAbstract;
  private readonly byIp: RateLimiterAbstract;

  constructor(opts: LoginThrottleOptions) {
    const make = (keyPrefix: string, points: number) =>
      opts.redis
        ? new RateLimiterRedis({ storeClient: opts.redis, keyPrefix, points, duration: opts.windowSeconds, useRedisPackage: false })
        : new RateLimiterMemory({ keyPrefix, points, duration: opts.windowSeconds });
    this.byAccount = make('login_fail_account', opts.maxPerAccount);
    this.byIp = make('login_fail_ip', opts.maxPerIp);
  }

  /** Takes one attempt from both budgets; throws RATE_LIMITED when either is spent. */
  async reserve(email: string, ip: string | null): Promise<void> {
    const results = await Promise.allSettled([
      this.byAccount.consume(email.toLowerCase()),
      ip ? this.byIp.consume(ip) : Promise.resolve(null),
    ]);
    let retryAfterMs = 0;
    for (const r of results) {
      if (r.status === 'fulfilled') continue;
      if (!(r.reason instanceof RateLimiterRes)) throw r.reason;
      retryAfterMs = Math.max(retryAfterMs, r.reason.msBeforeNext);
    }
    if (retryAfterMs > 0) throw AppError.rateLimited(Math.ceil(retryAfterMs / 1000));
  }

  /** The password was right: the account's count restarts and the IP gets its point back. */
  async recordSuccess(email: string, ip: string | null): Promise<void> {
    await Promise.all([this.byAccount.delete(email.toLowerCase()), ip ? this.byIp.reward(ip, 1) : null]);
  }
}
