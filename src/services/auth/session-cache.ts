import { findSessionWithUserStatus } from '../../db/queries/auth.queries';
import type { Database } from '../../db/client';
import type { EventBus } from '../events/event-bus';
import { SingleFlight } from '../shared/single-flight';

export interface SessionState {
  userId: string;
  live: boolean;
}

const TTL_MS = 15_000;
/** Sessions whose rows one node keeps for HTTP requests; the oldest goes first beyond this. */
const MAX_ROWS = 10_000;

/** A session row as the per-request check reads it (with its user's status and second factor). */
export type SessionRow = NonNullable<Awaited<ReturnType<typeof findSessionWithUserStatus>>>;

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
 * Session liveness for long-lived WebSocket subscriptions (checked on every event), and session
 * rows for HTTP requests (`row`: the per-request check then needs no statement). Revocations
 * (`sessions.revoked`) and authentication changes (`sessions.changed`) come from the event log, on
 * every node, and drop entries at once; the TTL bounds staleness should an announcement ever be
 * late. While this node cannot hear other nodes (Redis subscriber down) the cache is not trusted:
 * every check reads the row (fail closed), and concurrent checks of one session share that read.
 * Reconnecting the subscriber clears everything (node.ts), as for the permission cache.
 */
export class SessionCache {
  private readonly entries = new Map<string, SessionState & { at: number }>();
  private readonly listeners = new Set<(userId: string, sessionIds: string[] | null) => void>();
  private readonly reads = new SingleFlight<boolean>();
  private readonly rows = new Map<string, { row: SessionRow; at: number }>();
  private readonly rowReads = new SingleFlight<SessionRow | undefined>();
  private generation = 0;

  constructor(
    private readonly database: Database,
    private readonly idleMs: number,
    private readonly events: EventBus,
  ) {}

  start(): void {
    this.events.onInvalidation('sessions.revoked', ({ userId, sessionIds }) => {
      this.drop(userId, sessionIds);
      for (const listener of this.listeners) listener(userId, sessionIds);
    });
    this.events.onInvalidation('sessions.changed', ({ userId, sessionIds }) => this.drop(userId, sessionIds));
  }

  private drop(userId: string, sessionIds: string[] | null): void {
    this.generation += 1;
    const hit = (id: string, owner: string) => owner === userId && (sessionIds === null || sessionIds.includes(id));
    for (const [id, entry] of this.entries) if (hit(id, entry.userId)) this.entries.delete(id);
    for (const [id, entry] of this.rows) if (hit(id, entry.row.userId)) this.rows.delete(id);
    // Reads in flight began before this announcement: later callers must not join them.
    if (sessionIds === null) {
      this.reads.forget();
      this.rowReads.forget();
    } else {
      for (const id of sessionIds) {
        this.reads.forget(id);
        this.rowReads.forget(id);
      }
    }
  }

  /** Called for every revocation announcement (the WebSocket server closes sockets with it). */
  onRevoked(listener: (userId: string, sessionIds: string[] | null) => void): void {
    this.listeners.add(listener);
  }

  clear(): void {
    this.generation += 1;
    this.entries.clear();
    this.reads.forget();
    this.rows.clear();
    this.rowReads.forget();
  }

  /**
   * The session row behind an access token, from this node's cache when it can be trusted. The
   * caller decides usability at the time of the request; `fresh` reads the row whatever is cached
   * (before refusing on a cached row: another node may have touched `lastUsedAt` since).
   */
  async row(sessionId: string, opts: { fresh?: boolean } = {}): Promise<SessionRow | undefined> {
    const cached = this.rows.get(sessionId);
    if (!opts.fresh && cached && Date.now() - cached.at < TTL_MS && this.events.hearsInvalidations()) return cached.row;
    if (opts.fresh) return this.readRow(sessionId);
    return this.rowReads.run(sessionId, () => this.readRow(sessionId));
  }

  /** This node just wrote `lastUsedAt`: the cached row follows, so the next request does not write again. */
  touched(sessionId: string, at: Date): void {
    const cached = this.rows.get(sessionId);
    if (cached) cached.row = { ...cached.row, lastUsedAt: at };
  }

  private async readRow(sessionId: string): Promise<SessionRow | undefined> {
    const generation = this.generation;
    const trusted = this.events.hearsInvalidations();
    const row = await findSessionWithUserStatus(this.database.db, sessionId);
    // Not cached when read while deaf to other nodes, nor when a revocation was heard meanwhile.
    if (row && trusted && generation === this.generation) {
      if (this.rows.size >= MAX_ROWS && !this.rows.has(sessionId)) this.rows.delete(this.rows.keys().next().value!);
      this.rows.set(sessionId, { row, at: Date.now() });
    }
    return row;
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
