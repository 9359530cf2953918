import { setTimeout as sleep } from 'node:timers/promises';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type Redis from 'ioredis';
import { AppError } from '../../errors/app-error';
import { UNAVAILABLE_RETRY_AFTER_SECONDS } from '../../errors/unavailable';
import { loginDelayedTotal } from '../../metrics/registry';

export interface LoginThrottleOptions {
  /** Failures per (account, client IP) before that pair is refused. */
  maxPerAccountIp: number;
  /** Failures per client IP (any account) before the IP is refused. */
  maxPerIp: number;
  /** Failures per account (all IPs) after which every attempt on it is slowed down, never refused. */
  slowdownAfter: number;
  maxDelayMs: number;
  windowSeconds: number;
  redis: Redis | null;
}

/** The first delayed attempt waits this long; each further failure doubles it, up to maxDelayMs. */
const FIRST_DELAY_MS = 250;

/**
 * Counts failed logins; shared through Redis when several nodes run. Refusal is per (account, IP)
 * and per IP, so a client hammering someone's account locks out only itself; the account as a
 * whole is only slowed down (progressive delay), so its owner can always log in from elsewhere.
 * Every attempt takes its points before the password is checked (atomically, so parallel guesses
 * cannot all slip through), and a successful login gives them back: only failures count.
 */
export class LoginThrottle {
  private readonly byAccountIp: RateLimiterAbstract;
  private readonly byIp: RateLimiterAbstract;
  private readonly byAccount: RateLimiterAbstract;
  /** An unlock bumps the account's generation: every counter keyed under the old one is gone. */
  private readonly generations = new Map<string, number>();

  constructor(private readonly opts: LoginThrottleOptions) {
    const make = (keyPrefix: string, points: number) => {
      const memory = new RateLimiterMemory({ keyPrefix, points, duration: opts.windowSeconds });
      // While Redis is away, each node counts on its own rather than refusing every login.
      return opts.redis
        ? new RateLimiterRedis({
            storeClient: opts.redis,
            keyPrefix,
            points,
            duration: opts.windowSeconds,
            useRedisPackage: false,
            // While Redis is away, count on this node at once instead of waiting behind reconnects.
            rejectIfRedisNotReady: true,
            insuranceLimiter: memory,
          })
        : memory;
    };
    this.byAccountIp = make('login_fail_account_ip', opts.maxPerAccountIp);
    this.byIp = make('login_fail_ip', opts.maxPerIp);
    this.byAccount = make('login_fail_account', Number.MAX_SAFE_INTEGER);
  }

  /**
   * Takes one attempt from each budget; throws RATE_LIMITED when the (account, IP) pair or the IP
   * is spent; waits (bounded) when the account as a whole has seen many failures.
   */
  async reserve(email: string, ip: string | null): Promise<void> {
    const account = await this.accountKey(email);
    const results = await Promise.allSettled([
      this.byAccountIp.consume(`${account}|${ip ?? '-'}`),
      ip ? this.byIp.consume(ip) : Promise.resolve(null),
    ]);
    let retryAfterMs = 0;
    for (const r of results) {
      if (r.status === 'fulfilled') continue;
      if (!(r.reason instanceof RateLimiterRes)) throw r.reason;
      retryAfterMs = Math.max(retryAfterMs, r.reason.msBeforeNext);
    }
    if (retryAfterMs > 0) throw AppError.rateLimited(Math.ceil(retryAfterMs / 1000));

    const { consumedPoints } = await this.byAccount.consume(account);
    const over = consumedPoints - this.opts.slowdownAfter;
    if (over <= 0) return;
    loginDelayedTotal.inc();
    await sleep(Math.min(this.opts.maxDelayMs, FIRST_DELAY_MS * 2 ** Math.min(over - 1, 20)));
  }

  /** The password was right: the pair's and the account's counts restart, the IP gets its point back. */
  async recordSuccess(email: string, ip: string | null): Promise<void> {
    const account = await this.accountKey(email);
    await Promise.all([
      this.byAccountIp.delete(`${account}|${ip ?? '-'}`),
      this.byAccount.delete(account),
      ip ? this.byIp.reward(ip, 1) : null,
    ]);
  }

  /** Lifts every (account, IP) refusal and the slowdown on one account, on every node. */
  async unlock(email: string): Promise<void> {
    const account = email.toLowerCase();
    if (this.opts.redis) {
      // Every node must hear of it: without Redis that cannot be promised, so nothing changes and
      // the caller is told so (typed, retryable).
      const unavailable = () => AppError.unavailable(UNAVAILABLE_RETRY_AFTER_SECONDS, 'Redis is unavailable; try again shortly');
      if (this.opts.redis.status !== 'ready') throw unavailable();
      await this.opts.redis.incr(`login_gen:${account}`).catch(() => {
        throw unavailable();
      });
    }
    // This node's own counts (the insurance limiters while Redis was away) go with it too.
    this.generations.set(account, (this.generations.get(account) ?? 0) + 1);
  }

  private async accountKey(email: string): Promise<string> {
    const account = email.toLowerCase();
    const local = this.generations.get(account) ?? 0;
    let generation = local;
    if (this.opts.redis) {
      // A Redis fault must not stop or stall logins: not connected, no question asked; either
      // way the count goes on under this node's own generation (the insurance limiter's turf).
      const shared = this.opts.redis.status === 'ready' ? await this.opts.redis.get(`login_gen:${account}`).catch(() => null) : null;
      generation = shared === null ? local : Number(shared) || 0;
    }
    return generation ? `${account}#${generation}` : account;
  }
}
