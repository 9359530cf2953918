/**
 * Concurrent lookups of one key share one read: an event fanned out to 10,000 sockets of five
 * sessions costs five reads, not 10,000. `forget` makes callers after an invalidation start a new
 * read instead of joining one that began before it.
 */
export class SingleFlight<V> {
  private readonly inFlight = new Map<string, Promise<V>>();

  run(key: string, load: () => Promise<V>): Promise<V> {
    const running = this.inFlight.get(key);
    if (running) return running;
    const started = load().finally(() => {
      if (this.inFlight.get(key) === started) this.inFlight.delete(key);
    });
    this.inFlight.set(key, started);
    return started;
  }

  /** Without a key: every read in flight. */
  forget(key?: string): void {
    if (key === undefined) this.inFlight.clear();
    else this.inFlight.delete(key);
  }
}
