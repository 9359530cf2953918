import { DatabaseUnavailableError, isConnectFailure } from '../errors/unavailable';

export interface GateTicket {
  /** When the query was let through (performance.now()). */
  readonly admittedAt: number;
  release(): void;
}

/**
 * A small circuit breaker in front of the pool. Once opening a connection fails (refused, timed
 * out, "starting up"), the server is known to be away: queueing more queries behind the
 * reconnect loop only makes them wait and then run, stale, when it returns. So while it is away
 * every new query fails at once, except one trial at a time; the first success (a trial, a query
 * that was already queued, or the readiness probe) closes the circuit again. A trial that never
 * settles is released by its caller's timeout, so the gate cannot stay shut.
 */
export class ConnectionGate {
  private away = false;
  private trialInFlight = false;
  /** When a query last succeeded: failures of queries admitted before then are old news. */
  private lastSuccessAt = -Infinity;

  /** Whether new queries are currently refused (except a trial). */
  get isAway(): boolean {
    return this.away;
  }

  /** Lets a query through, or throws DatabaseUnavailableError('down'). */
  admit(): GateTicket {
    const admittedAt = performance.now();
    if (!this.away) return { admittedAt, release: () => {} };
    if (this.trialInFlight) throw new DatabaseUnavailableError('down');
    this.trialInFlight = true;
    let released = false;
    return {
      admittedAt,
      release: () => {
        if (released) return;
        released = true;
        this.trialInFlight = false;
      },
    };
  }

  succeeded(): void {
    this.away = false;
    this.lastSuccessAt = performance.now();
  }

  /**
   * `admittedAt`: when the failed query was let through. One queued during an outage may fail
   * after the server is back (its connection attempt began before): that must not shut the gate.
   */
  failed(err: unknown, admittedAt = performance.now()): void {
    if (admittedAt < this.lastSuccessAt) return;
    if (isConnectFailure(err)) this.away = true;
  }
}
