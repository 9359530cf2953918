import type Redis from 'ioredis';
import type { Database } from '../db/client';

/** Each probe's bound: together with the HTTP overhead, /readyz answers within a second. */
export const PROBE_TIMEOUT_MS = 800;

export type DependencyState = 'up' | 'down';

export interface Readiness {
  ready: boolean;
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
  return {
    ready: db && kv !== false,
    dependencies: { database: state(db), ...(kv !== null && { redis: state(kv) }) },
  };
}
