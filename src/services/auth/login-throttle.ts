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
 * Counts failed logins per account and per IP; shared through Redis when several nodes run.
 * Only failures consume points, so a user who types the right password is never slowed down.
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

  /** Throws RATE_LIMITED when either budget is spent. */
  async assertAllowed(email: string, ip: string | null): Promise<void> {
    const [account, byIp] = await Promise.all([
      this.byAccount.get(email.toLowerCase()),
      ip ? this.byIp.get(ip) : Promise.resolve(null),
    ]);
    for (const [res, limiter] of [[account, this.byAccount], [byIp, this.byIp]] as const) {
      if (res && res.consumedPoints >= limiter.points) {
        throw AppError.rateLimited(Math.ceil(res.msBeforeNext / 1000));
      }
    }
  }

  async recordFailure(email: string, ip: string | null): Promise<void> {
    const consume = (limiter: RateLimiterAbstract, key: string) =>
      limiter.consume(key).catch((e) => {
        if (!(e instanceof RateLimiterRes)) throw e;
      });
    await Promise.all([consume(this.byAccount, email.toLowerCase()), ip ? consume(this.byIp, ip) : null]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.byAccount.delete(email.toLowerCase());
  }
}
