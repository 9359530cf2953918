import { findSessionWithUserStatus } from '../../db/queries/auth.queries';
import type { Database } from '../../db/client';
import type { EventBus } from '../events/event-bus';
import { SingleFlight } from '../shared/single-flight';

export interface SessionState {
  userId: string;
  live: boolean;
}

const TTL_MS = 15_000;

/** Decides whether a session row is usable right now: not revoked, not expired, not idle, user active. */
export function isSessionUsable(
  row: { revokedAt: Date | null; expiresAt: Date; lastUsedAt: Date; userStatus: string },
  idleMs: number,
  now = Date.now(),
): boolean {
  return (
    row.revokedAt === null &&
    row.expiresAt.getTime() > now &&
    row.lastUsedAt.getTime() + idleMs > now &&
    row.userStatus === 'ACTIVE'
  );
}

/**
 * Session liveness for long-lived WebSocket subscriptions, checked on every event. Revocations come
 * from the event log (`sessions.revoked`, on every node) and drop entries at once; the TTL bounds
 * staleness should an announcement ever be late. While this node cannot hear other nodes (Redis
 * subscriber down) the cache is not trusted: every check reads the row (fail closed), and
 * concurrent checks of one session share that read. HTTP requests always read the row.
 */
export class SessionCache {
  private readonly entries = new Map<string, SessionState & { at: number }>();
  private readonly listeners = new Set<(userId: string, sessionIds: string[] | null) => void>();
  private readonly reads = new SingleFlight<boolean>();
  private generation = 0;

  constructor(
    private readonly database: Database,
    private readonly idleMs: number,
    private readonly events: EventBus,
  ) {}

  start(): void {
    this.events.onInvalidation('sessions.revoked', ({ userId, sessionIds }) => {
      this.generation += 1;
      for (const [id, entry] of this.entries) {
        if (entry.userId === userId && (sessionIds === null || sessionIds.includes(id))) this.entries.delete(id);
      }
      if (sessionIds === null) this.reads.forget();
      else for (const id of sessionIds) this.reads.forget(id);
      for (const listener of this.listeners) listener(userId, sessionIds);
    });
  }

  /** Called for every revocation announcement (the WebSocket server closes sockets with it). */
  onRevoked(listener: (userId: string, sessionIds: string[] | null) => void): void {
    this.listeners.add(listener);
  }

  clear(): void {
    this.generation += 1;
    this.entries.clear();
    this.reads.forget();
  }

  /** `fresh` reads the row whatever the cache holds (a new operation, as opposed to an event). */
  async isLive(sessionId: string, opts: { fresh?: boolean } = {}): Promise<boolean> {
    const cached = this.entries.get(sessionId);
    const trusted = this.events.hearsInvalidations();
    if (!opts.fresh && trusted && cached && Date.now() - cached.at < TTL_MS) return cached.live;
    if (opts.fresh) return this.read(sessionId);
    return this.reads.run(sessionId, () => this.read(sessionId));
  }

  private async read(sessionId: string): Promise<boolean> {
    const generation = this.generation;
    const row = await findSessionWithUserStatus(this.database.db, sessionId);
    const live = !!row && isSessionUsable(row, this.idleMs);
    // A revocation heard while reading may be newer than this row: do not cache it.
    if (row && generation === this.generation) this.entries.set(sessionId, { userId: row.userId, live, at: Date.now() });
    return live;
  }
}
