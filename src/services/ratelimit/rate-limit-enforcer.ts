import type Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Viewer } from '../../authz/authorizer';
import { holdsAnywhere } from '../../authz/engine';
import type { Database } from '../../db/client';
import { listAllPolicies } from '../../db/queries/ratelimit.queries';
import type { RateLimitPolicyRow } from '../../db/schema';
import { AppError } from '../../errors/app-error';
import type { Logger } from '../../logger';
import { rateLimitedTotal } from '../../metrics/registry';
import type { EventBus } from '../events/event-bus';
import type { RateLimitPolicyChangedMessage } from '../../pubsub/topics';
import { compilePolicies, planLimits, type CompiledPolicies, type Defaults, type PlannedLimit } from './limit-plan';
import { RefusalStats } from './refusal-stats';

/** A counter after this request: what the RateLimit headers report. */
export interface LimitState {
  limit: PlannedLimit;
  /** Points taken in the window, this request included. */
  consumed: number;
  remaining: number;
  resetSeconds: number;
}

export interface LimitOutcome {
  /** Every counter charged, tightest first; empty for callers holding ratelimit:bypass. */
  states: LimitState[];
  /** Set when the request is refused. */
  refusal: AppError | null;
}

export interface CheckInput {
  viewer: Viewer | null;
  ip: string | null;
  rootFields: readonly string[];
  cost: number | null;
}

export function policyFromMessage(p: NonNullable<RateLimitPolicyChangedMessage['policy']>): RateLimitPolicyRow {
  return { ...p, createdAt: new Date(p.createdAt), updatedAt: new Date(p.updatedAt) };
}

/** The sets a viewer holds right now (assigned or inherited; expired assignments excluded). */
function heldSets(viewer: Viewer, now: number): Set<string> {
  const ids = new Set<string>();
  for (const g of viewer.permissions.grants) {
    if (g.source.kind !== 'SET') continue;
    const expires = g.source.assignmentExpiresAt;
    if (!expires || expires.getTime() > now) ids.add(g.source.setId);
  }
  return ids;
}

/**
 * Per-node entry point of rate limiting, shared by HTTP and WebSocket operations. Counters live in
 * Redis (shared by every node) with a per-node memory limiter as insurance while Redis fails, or
 * in memory when there is no Redis. Policies are copied per node: loaded at start, patched by
 * `ratelimit.policy.changed` messages, and reloaded whole when the subscriber reconnects.
 */
export class RateLimitEnforcer {
  readonly stats: RefusalStats;
  private policies: CompiledPolicies = compilePolicies([]);
  private rows = new Map<string, RateLimitPolicyRow>();
  /** Ids never come back (UUIDv7), so a late message about a deleted policy cannot revive it. */
  private readonly deleted = new Set<string>();
  private loading: Promise<void> | null = null;
  /** The last load failed: the next request starts another. */
  private pendingReload = false;
  private generation = 0;
  private readonly limiters = new Map<string, RateLimiterAbstract>();

  constructor(
    private readonly opts: { database: Database; redis: Redis | null; log: Logger; defaults: Defaults },
  ) {
    this.stats = new RefusalStats(opts.redis, opts.log);
  }

  async start(events: EventBus): Promise<void> {
    events.onInvalidation('ratelimit.policy.changed', (message) => this.apply(message));
    await this.reload();
  }

  /** Messages were missed (subscriber reconnect): the copy is reloaded before it is used again. */
  reload(): Promise<void> {
    const generation = ++this.generation;
    const loading = listAllPolicies(this.opts.database.db).then(
      (rows) => {
        // A message applied while loading may be newer than these rows: load again.
        if (generation !== this.generation) return this.reload();
        this.rows = new Map(rows.map((r) => [r.id, r]));
        this.policies = compilePolicies(rows);
        this.loading = null;
      },
      (err: unknown) => {
        this.opts.log.warn({ err }, 'could not load rate-limit policies; retrying on the next request');
        this.loading = null;
        this.pendingReload = true;
      },
    );
    this.loading = loading;
    return loading;
  }

  /**
   * Applies one change. The editing node applies its change directly and hears it again through
   * Redis, possibly after a newer one: older versions (by updatedAt) and deleted ids are ignored.
   */
  apply(message: RateLimitPolicyChangedMessage): void {
    this.generation += 1;
    const { policyId, policy } = message;
    if (!policy) {
      this.rows.delete(policyId);
      if (this.deleted.size >= 10_000) this.deleted.clear();
      this.deleted.add(policyId);
    } else {
      const current = this.rows.get(policyId);
      const incoming = policyFromMessage(policy);
      if (this.deleted.has(policyId) || (current && current.updatedAt > incoming.updatedAt)) return;
      this.rows.set(policyId, incoming);
    }
    this.policies = compilePolicies([...this.rows.values()]);
  }

  /** Charges every applicable counter; the outcome says whether the request may run. */
  async check(input: CheckInput): Promise<LimitOutcome> {
    const { viewer } = input;
    const now = Date.now();
    if (viewer && holdsAnywhere(viewer.permissions, 'ratelimit:bypass')) return { states: [], refusal: null };
    if (this.pendingReload) {
      this.pendingReload = false;
      void this.reload();
    }
    if (this.loading) await this.loading;
    const plan = planLimits(
      this.policies,
      { userId: viewer?.userId ?? null, setIds: viewer ? heldSets(viewer, now) : new Set(), ip: input.ip, rootFields: input.rootFields, cost: input.cost },
      this.opts.defaults,
    );
    const results = await Promise.all(plan.map((limit) => this.charge(limit)));
    const states: LimitState[] = [];
    const refused: Array<{ limit: PlannedLimit; retryMs: number }> = [];
    results.forEach((r, i) => {
      const limit = plan[i]!;
      if (!r) return;
      states.push({ limit, consumed: r.res.consumedPoints, remaining: Math.max(0, r.res.remainingPoints), resetSeconds: Math.max(1, Math.ceil(r.res.msBeforeNext / 1000)) });
      if (!r.ok) refused.push({ limit, retryMs: r.res.msBeforeNext });
    });
    const tightestFirst = () => states.sort((a, b) => a.remaining / a.limit.points - b.remaining / b.limit.points);
    if (refused.length === 0) return { states: tightestFirst(), refusal: null };

    // The query will not run: its cost goes back to every budget it was charged to (a refused
    // request still counts as a request, so floods stay refused).
    await Promise.all(
      plan.map((limit, i) =>
        limit.kind === 'cost' && results[i] ? this.limiter(limit).reward(limit.key, limit.charge).catch(() => undefined) : undefined,
      ),
    );
    for (const state of states) {
      if (state.limit.kind === 'cost') state.remaining = Math.max(0, state.limit.points - (state.consumed - state.limit.charge));
    }
    tightestFirst();
    refused.sort((a, b) => b.retryMs - a.retryMs);
    const binding = refused[0]!;
    rateLimitedTotal.inc({ limit: binding.limit.kind });
    await this.stats.record(refused.map(({ limit }) => ({ limit: limit.kind, policy: limit.policy, key: limit.key })));
    const retryAfter = Math.max(1, Math.ceil(binding.retryMs / 1000));
    const what = binding.limit.kind === 'cost' ? 'Query cost budget exhausted' : 'Rate limit exceeded';
    return { states, refusal: AppError.rateLimited(retryAfter, `${what} (${binding.limit.policy}); retry after ${retryAfter}s`) };
  }

  private async charge(limit: PlannedLimit): Promise<{ ok: boolean; res: RateLimiterRes } | null> {
    const limiter = this.limiter(limit);
    try {
      return { ok: true, res: await limiter.consume(limit.key, limit.charge) };
    } catch (e) {
      if (e instanceof RateLimiterRes) return { ok: false, res: e };
      // Both Redis and the insurance limiter failed: better to serve than to fail every request.
      this.opts.log.warn({ err: e, counter: limit.counter }, 'rate limiter unavailable; request not counted');
      return null;
    }
  }

  private limiter(limit: PlannedLimit): RateLimiterAbstract {
    const id = `${limit.counter}:${limit.points}:${limit.windowSeconds}`;
    let limiter = this.limiters.get(id);
    if (limiter) return limiter;
    const keyPrefix = `rl:${limit.counter}`;
    const memory = new RateLimiterMemory({ keyPrefix, points: limit.points, duration: limit.windowSeconds });
    limiter = this.opts.redis
      ? new RateLimiterRedis({
          storeClient: this.opts.redis,
          useRedisPackage: false,
          keyPrefix,
          points: limit.points,
          duration: limit.windowSeconds,
          // While Redis is away, count per node at once instead of queueing behind reconnects.
          rejectIfRedisNotReady: true,
          insuranceLimiter: memory,
        })
      : memory;
    // Edited policies leave their old limiters behind; policies are few, but keep the map bounded.
    if (this.limiters.size >= 1000) this.limiters.clear();
    this.limiters.set(id, limiter);
    return limiter;
  }
}
