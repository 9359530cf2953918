/**
 * Gauges whose value lives elsewhere (a pool's queue, a socket server's client set). Several nodes
 * can run in one process (tests do), each registering its own source; the gauge reports the sum
 * at scrape time, so nothing is updated on the hot path.
 */
export class GaugeSources {
  private readonly sources = new Set<() => number>();

  /** Adds a source; call the returned function when its owner closes. */
  add(read: () => number): () => void {
    this.sources.add(read);
    return () => this.sources.delete(read);
  }

  sum(): number {
    let total = 0;
    for (const read of this.sources) total += read();
    return total;
  }
}
