import { findSessionWithUserStatus } from '../../db/queries/auth.queries';
import type { Database } from '../../db/client';
import type { AppPubSub } from '../../pubsub/create-pubsub';

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
 * Session liveness for long-lived WebSocket subscriptions, checked on every event. Revocations are
 * announced on `sessions.revoked` (across nodes through Redis) and drop entries at once; the TTL
 * bounds staleness should an announcement ever be lost. HTTP requests always read the row.
 */
export class SessionCache {
  private readonly entries = new Map<string, SessionState & { at: number }>();
  private readonly listeners = new Set<(userId: string, sessionIds: string[] | null) => void>();

  constructor(
    private readonly database: Database,
    private readonly idleMs: number,
  ) {}

  async start(pubsub: AppPubSub, signal: AbortSignal): Promise<void> {
    const stream = pubsub.subscribe('sessions.revoked');
    signal.addEventListener('abort', () => void stream.return?.());
    void (async () => {
      for await (const { userId, sessionIds } of stream) {
        for (const [id, entry] of this.entries) {
          if (entry.userId === userId && (sessionIds === null || sessionIds.includes(id))) this.entries.delete(id);
        }
        for (const listener of this.listeners) listener(userId, sessionIds);
      }
    })();
  }

  /** Called for every revocation announcement (the WebSocket server closes sockets with it). */
  onRevoked(listener: (userId: string, sessionIds: string[] | null) => void): void {
    this.listeners.add(listener);
  }

  clear(): void {
    this.entries.clear();
  }

  /** `fresh` reads the row whatever the cache holds (a new operation, as opposed to an event). */
  async isLive(sessionId: string, opts: { fresh?: boolean } = {}): Promise<boolean> {
    const cached = this.entries.get(sessionId);
    if (!opts.fresh && cached && Date.now() - cached.at < TTL_MS) return cached.live;
    const row = await findSessionWithUserStatus(this.database.db, sessionId);
    const live = !!row && isSessionUsable(row, this.idleMs);
    if (row) this.entries.set(sessionId, { userId: row.userId, live, at: Date.now() });
    return live;
  }
}
