import type { TopicName } from './topics';

/** An event as the log holds it: its position is its cursor. */
export interface LoggedEvent {
  position: number;
  topic: TopicName;
  payload: unknown;
}

/**
 * Carries committed events from the node that wrote them to every other node, fast. It is not
 * the truth (the event log in PostgreSQL is): a message it loses is found again by position.
 */
export interface EventTransport {
  /**
   * Bounded: resolves (never rejects) once sent, failed, or out of time. `confirm`: positions every
   * node hearing the message must acknowledge (`acknowledge`) before it resolves, within the same
   * bound: what a caller's very next request to any node must already see.
   */
  publish(events: LoggedEvent[], confirm?: readonly number[]): Promise<void>;
  onEvents(listener: (events: LoggedEvent[]) => void): void;
  /** Tells the publishing node that this node has applied these positions. */
  acknowledge(positions: readonly number[]): void;
  /**
   * True while this node is sure to hear what other nodes publish (the subscriber connection is
   * up). Caches that other nodes invalidate are trusted only then.
   */
  hearsOtherNodes(): boolean;
  /** The subscriber came back after a loss: messages sent meanwhile were missed. */
  onReconnect(listener: () => void): void;
  close(): Promise<void>;
}

/** One node, no Redis: the node's own commits are all there is to hear. */
export function createLocalTransport(): EventTransport {
  return {
    publish: async () => {},
    onEvents: () => {},
    acknowledge: () => {},
    hearsOtherNodes: () => true,
    onReconnect: () => {},
    close: async () => {},
  };
}
