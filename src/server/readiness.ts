import type Redis from 'ioredis';
import type { Database } from '../db/client';

/** Each probe's bound: together with the HTTP overhead, /readyz answers within a second. */
export const PROBE_TIMEOUT_MS = 800;

export type DependencyState = 'up' | 'down';

export interface Readiness {
  /** False only when PostgreSQL is away: without Redis a node serves on, degraded (README). */
  ready: boolean;
  /** Ready, but Redis is away: caches bypassed, per-node limiters; worth an alert, not a drain. */
  degraded?: boolean;
  /** `redis` is absent when the node runs without Redis. */
  dependencies: { database: DependencyState; redis?: DependencyState };
}

/** Resolves within `timeoutMs` with the probe's answer, or false. */
async function within(timeoutMs: number, probe: () => Promise<boolean>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  try {
    return await Promise.race([probe().catch(() => false), late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Both probes run at once and each is bounded, so the answer comes within PROBE_TIMEOUT_MS
 * whatever is down. Redis must be connected ('ready': not reconnecting, nor queueing commands
 * offline) and answer PING.
 */
export async function checkReadiness(database: Database, redis: Redis | null, timeoutMs = PROBE_TIMEOUT_MS): Promise<Readiness> {
  const [db, kv] = await Promise.all([
    database.ping(timeoutMs),
    redis ? within(timeoutMs, async () => redis.status === 'ready' && (await redis.ping()) === 'PONG') : Promise.resolve(null),
  ]);
  const state = (ok: boolean): DependencyState => (ok ? 'up' : 'down');
  // Draining every node because Redis blinked would turn a degraded mode into an outage: while
  // PostgreSQL answers, the node stays in rotation and says what it lacks.
  return {
    ready: db,
    degraded: db && kv === false,
    dependencies: { database: state(db), ...(kv !== null && { redis: state(kv) }) },
  };
}
