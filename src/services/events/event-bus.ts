import type { Database } from '../../db/client';
import { readEventsAfter, readHead } from '../../db/queries/events.queries';
import type { Logger } from '../../logger';
import { eventsDeliveredTotal, eventsPublishedTotal } from '../../metrics/registry';
import type { EventTransport, LoggedEvent } from '../../pubsub/event-transport';
import type { TopicName, Topics } from '../../pubsub/topics';

/** How long an out-of-order arrival waits for the missing one to come by Redis before reading it. */
const GAP_WAIT_MS = 25;
/** A NOTIFY usually arrives with (or after) the Redis message: read the log only if Redis is late. */
const NOTIFY_WAIT_MS = 50;
const READ_BATCH = 500;
const RETRY_READ_MS = 1_000;
/** Listeners called per turn of the event loop. */
const DELIVERY_SLICE = 500;
/** Arrivals held while the log cannot be read; past this they are dropped and read again later. */
const MAX_HELD = 10_000;

export type EventListener<K extends TopicName> = (payload: Topics[K][0], event: LoggedEvent) => void;

/**
 * This node's view of the event log. Events reach it from this node's commits, from other nodes
 * through the transport (Redis), and from the log itself (woken by LISTEN/NOTIFY);
 * whichever comes first, each position is dispatched once, in order, with nothing skipped.
 */
/**
 * Topics whose invalidation listeners are safe to run early, twice and out of order: they only
 * drop cache entries, or (rate-limit policies) apply versioned changes that ignore older ones.
 */
const EARLY_TOPICS = new Set<string>(['permissions.invalidated', 'sessions.revoked', 'sessions.changed', 'apiKeys.changed', 'ratelimit.policy.changed']);

/** The positions of those events: what the publishing node waits for every node to confirm. */
const earlyPositions = (events: readonly LoggedEvent[]) => events.filter((e) => EARLY_TOPICS.has(e.topic)).map((e) => e.position);

export class EventBus {
  /** The last position dispatched on this node. */
  private last = 0;
  private readonly held = new Map<number, LoggedEvent>();
  private readonly listeners = new Map<TopicName, Set<EventListener<never>>>();
  private readonly invalidationListeners = new Map<TopicName, Set<EventListener<never>>>();
  private reading: Promise<void> | null = null;
  private readAgain = false;
  private wakeTimer: NodeJS.Timeout | null = null;
  /** The highest position a NOTIFY announced: a read is needed only while we are behind it. */
  private announced = 0;
  private unlisten: (() => Promise<void>) | null = null;
  private stopped = false;
  private readonly deliveries: Array<{ event: LoggedEvent; listeners: Array<EventListener<never>>; next: number }> = [];
  private delivering = false;

  constructor(
    private readonly database: Database,
    private readonly transport: EventTransport,
    private readonly log: Logger,
    /** The NOTIFY channel appends wake nodes on; per Redis prefix, so deployments stay apart. */
    readonly channel: string,
  ) {}

  async start(): Promise<void> {
    this.last = (await readHead(this.database.db)).position;
    this.transport.onEvents((events) => {
      this.arrived(events);
      // Applied here (the early listeners ran in `arrived`, or ran before for a repeat): the
      // publishing node may answer its caller now.
      this.transport.acknowledge(earlyPositions(events));
    });
    this.transport.onReconnect(() => this.wake(0));
    const listener = await this.database.sql.listen(
      this.channel,
      (position) => {
        this.announced = Math.max(this.announced, Number(position));
        if (this.announced > this.last) this.wake(NOTIFY_WAIT_MS, true);
      },
      // Called again after every reconnect of the LISTEN connection: catch up on what it missed.
      () => this.wake(0),
    );
    // No periodic poll: every way to miss an event ends in a catch-up (a LISTEN or Redis
    // reconnect, a gap in positions), and a poll would cost statements on every idle node.
    this.unlisten = listener.unlisten;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.wakeTimer) clearTimeout(this.wakeTimer);
    await this.unlisten?.().catch(() => {});
    await this.reading;
  }

  /** Calls `listener` for every event of `topic` dispatched on this node; returns the unsubscribe. */
  on<K extends TopicName>(topic: K, listener: EventListener<K>): () => void {
    const set = this.listeners.get(topic) ?? new Set();
    this.listeners.set(topic, set.add(listener as EventListener<never>));
    return () => set.delete(listener as EventListener<never>);
  }

  /**
   * For caches: called as soon as the event is dispatched, ahead of subscriber deliveries still
   * queued, so a revocation never waits behind a large fan-out. (Invalidating early is always
   * safe: queued events are then filtered with permissions at least as new as the change.)
   */
  onInvalidation<K extends TopicName>(topic: K, listener: EventListener<K>): void {
    const set = this.invalidationListeners.get(topic) ?? new Set();
    this.invalidationListeners.set(topic, set.add(listener as EventListener<never>));
  }

  /** The position of the last event this node has dispatched. */
  position(): number {
    return this.last;
  }

  /**
   * Whether caches that other nodes invalidate can be trusted: only while this node hears every
   * node at once. Otherwise they read through to PostgreSQL (fail closed).
   */
  hearsInvalidations(): boolean {
    return this.transport.hearsOtherNodes();
  }

  /**
   * Events this node has just committed: sent to the other nodes first (the write to Redis starts
   * before any local work), then dispatched here. The caller waits only for the bounded publish:
   * local subscribers are served in the following turns, after its response is on its way.
   */
  async committed(events: LoggedEvent[]): Promise<void> {
    // Revocations are confirmed by every node that hears them before the caller gets its answer,
    // so its very next request, to any node, is decided without what was revoked.
    const published = this.transport.publish(events, earlyPositions(events));
    for (const event of events) eventsPublishedTotal.inc({ topic: event.topic });
    this.arrived(events);
    await published;
  }

  private arrived(events: LoggedEvent[]): void {
    for (const event of events) {
      if (event.position <= this.last || this.held.has(event.position)) continue;
      // A revocation must hold on this node as soon as it is heard, even while it waits behind a
      // gap in positions (commits on one node can reach Redis out of order): the in-order dispatch
      // calls these listeners again, which is harmless for these topics.
      if (EARLY_TOPICS.has(event.topic)) {
        for (const listener of this.invalidationListeners.get(event.topic) ?? []) this.call(listener, event);
      }
      if (this.held.size < MAX_HELD) this.held.set(event.position, event);
    }
    this.drain();
    if (this.held.size > 0) this.wake(GAP_WAIT_MS);
  }

  private drain(): void {
    for (let next = this.held.get(this.last + 1); next; next = this.held.get(this.last + 1)) {
      this.held.delete(next.position);
      this.last = next.position;
      this.dispatch(next);
    }
    // Anything at or below `last` came twice: the log already delivered it.
    for (const position of this.held.keys()) if (position <= this.last) this.held.delete(position);
  }

  private dispatch(event: LoggedEvent): void {
    for (const listener of this.invalidationListeners.get(event.topic) ?? []) this.call(listener, event);
    this.deliveries.push({ event, listeners: [...(this.listeners.get(event.topic) ?? [])], next: 0 });
    if (!this.delivering) {
      this.delivering = true;
      setImmediate(() => this.deliver());
    }
  }

  private call(listener: EventListener<never>, event: LoggedEvent): void {
    try {
      listener(event.payload as never, event);
    } catch (err) {
      this.log.error({ err, topic: event.topic, position: event.position }, 'event listener failed');
    }
  }

  /**
   * Calls subscriber listeners in order, event after event, starting in the turn after the
   * dispatch. A large fan-out (thousands of subscribers) is cut into slices with a turn of the
   * event loop between them, so requests keep being served while it runs.
   */
  private deliver(): void {
    while (this.deliveries.length > 0) {
      const delivery = this.deliveries[0]!;
      const end = Math.min(delivery.next + DELIVERY_SLICE, delivery.listeners.length);
      const from = delivery.next;
      for (; delivery.next < end; delivery.next += 1) {
        this.call(delivery.listeners[delivery.next]!, delivery.event);
      }
      // Once per slice, not per listener: a fan-out to thousands stays cheap to count.
      if (end > from) eventsDeliveredTotal.inc({ topic: delivery.event.topic }, end - from);
      if (delivery.next < delivery.listeners.length) {
        setImmediate(() => this.deliver());
        return;
      }
      this.deliveries.shift();
    }
    this.delivering = false;
  }

  /**
   * Schedules a read of the log (the earliest request wins). `ifBehind`: skip it if, by then, the
   * announced events arrived another way (Redis, or this node's own commit).
   */
  private wake(delayMs: number, ifBehind = false): void {
    if (this.stopped) return;
    if (this.wakeTimer) {
      if (delayMs > 0) return;
      clearTimeout(this.wakeTimer);
    }
    this.wakeTimer = setTimeout(() => {
      this.wakeTimer = null;
      if (ifBehind && this.last >= this.announced && this.held.size === 0) return;
      void this.readLog();
    }, delayMs);
    this.wakeTimer.unref();
  }

  /** Reads everything after `last` from the log, one reader at a time. */
  private readLog(): Promise<void> {
    if (this.reading) {
      this.readAgain = true;
      return this.reading;
    }
    this.reading = (async () => {
      try {
        do {
          this.readAgain = false;
          for (;;) {
            const rows = await readEventsAfter(this.database.db, this.last, { limit: READ_BATCH });
            this.arrivedFromLog(rows.map((r) => ({ position: r.position, topic: r.topic as TopicName, payload: r.payload })));
            if (rows.length < READ_BATCH) break;
          }
        } while (this.readAgain);
      } catch (err) {
        // The database is away: try again shortly while something is known to be missing (the
        // LISTEN reconnecting also wakes us).
        this.log.warn({ err: (err as Error).message }, 'event log read failed');
        if (this.held.size > 0 || this.announced > this.last) setTimeout(() => this.wake(0), RETRY_READ_MS).unref();
      } finally {
        this.reading = null;
      }
    })();
    return this.reading;
  }

  private arrivedFromLog(events: LoggedEvent[]): void {
    for (const event of events) if (event.position > this.last) this.held.set(event.position, event);
    this.drain();
  }
}
