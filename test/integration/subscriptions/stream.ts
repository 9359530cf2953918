/** Reading SDK subscriptions (async iterables) in tests: every wait is bounded and says what it waited for. */

export class StreamTimeout extends Error {
  override readonly name = 'StreamTimeout';
}

type Outcome<T> = { kind: 'result'; result: IteratorResult<T> } | { kind: 'error'; error: unknown } | { kind: 'timeout' };

function within<T>(promise: Promise<IteratorResult<T>>, ms: number): Promise<Outcome<T>> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ kind: 'timeout' }), ms);
    promise.then(
      (result) => (clearTimeout(timer), resolve({ kind: 'result', result })),
      (error: unknown) => (clearTimeout(timer), resolve({ kind: 'error', error })),
    );
  });
}

/**
 * One open subscription. A `next()` that timed out stays pending and is reused by the following
 * call, so no event is lost between waits. Errors from the stream are rethrown as they are (the
 * SDK's ControlPlaneError carries `.code`).
 */
export class EventStream<T> {
  private readonly iterator: AsyncIterator<T>;
  private pending: Promise<IteratorResult<T>> | null = null;
  private closed = false;
  /** Every event received so far, in order, with its arrival time (performance.now()). */
  readonly received: Array<{ value: T; at: number }> = [];

  constructor(
    iterable: AsyncIterable<T>,
    readonly label: string,
  ) {
    this.iterator = iterable[Symbol.asyncIterator]();
  }

  private async pull(ms: number): Promise<Outcome<T>> {
    this.pending ??= this.iterator.next();
    const outcome = await within(this.pending, ms);
    if (outcome.kind !== 'timeout') this.pending = null;
    if (outcome.kind === 'result' && !outcome.result.done) this.received.push({ value: outcome.result.value, at: performance.now() });
    return outcome;
  }

  /** The next event that satisfies `where` (others are skipped); fails on timeout or end of stream. */
  async next(what: string, timeoutMs = 5_000, where: (event: T) => boolean = () => true): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    const skipped: T[] = [];
    for (;;) {
      const outcome = await this.pull(Math.max(0, deadline - Date.now()));
      if (outcome.kind === 'timeout') {
        throw new StreamTimeout(
          `${this.label}: no ${what} within ${timeoutMs} ms` +
            (skipped.length ? `; skipped ${skipped.length} other event(s): ${JSON.stringify(skipped).slice(0, 800)}` : ''),
        );
      }
      if (outcome.kind === 'error') throw outcome.error;
      if (outcome.result.done) throw new Error(`${this.label}: the stream ended while waiting for ${what}`);
      if (where(outcome.result.value)) return outcome.result.value;
      skipped.push(outcome.result.value);
    }
  }

  /**
   * Waits for the stream to end (completed, or failed with an error). Events that arrive first are
   * returned in `events` for the caller to judge; a stream still open after `timeoutMs` fails.
   */
  async end(what: string, timeoutMs = 5_000): Promise<{ events: T[]; error?: unknown; afterMs: number }> {
    const started = performance.now();
    const deadline = Date.now() + timeoutMs;
    const events: T[] = [];
    for (;;) {
      const outcome = await this.pull(Math.max(0, deadline - Date.now()));
      const afterMs = Math.round(performance.now() - started);
      if (outcome.kind === 'timeout') {
        throw new StreamTimeout(`${this.label}: still open ${timeoutMs} ms after ${what} (events meanwhile: ${events.length})`);
      }
      if (outcome.kind === 'error') return { events, error: outcome.error, afterMs };
      if (outcome.result.done) return { events, afterMs };
      events.push(outcome.result.value);
    }
  }

  /**
   * Ends the subscription. An async generator's return() waits behind a pending next(), so it is
   * given a bounded time; closing the client's socket ends whatever is left.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const done = Promise.resolve(this.iterator.return?.()).catch(() => undefined);
    await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 1_000))]);
  }
}

/** Collects `n` events (those matching `where`) from a subscription, then always closes it. */
export async function collect<T>(
  iterable: AsyncIterable<T>,
  n: number,
  opts: { label: string; timeoutMs?: number; where?: (event: T) => boolean },
): Promise<T[]> {
  const stream = new EventStream(iterable, opts.label);
  const deadline = Date.now() + (opts.timeoutMs ?? 5_000);
  const events: T[] = [];
  try {
    while (events.length < n) {
      events.push(await stream.next(`event ${events.length + 1} of ${n}`, Math.max(0, deadline - Date.now()), opts.where));
    }
    return events;
  } finally {
    await stream.close();
  }
}

/**
 * A subscription is registered on the server (and on Redis) some time after the client starts
 * iterating, and events published before then are never delivered. Calls `poke` (which makes an
 * event that `isPoke` recognises) until one arrives, so that everything published afterwards is seen.
 */
export async function untilLive<T>(
  stream: EventStream<T>,
  poke: () => Promise<unknown>,
  isPoke: (event: T) => boolean,
  attempts = 30,
): Promise<void> {
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    await poke();
    try {
      await stream.next('warm-up event', 300, isPoke);
      return;
    } catch (err) {
      if (!(err instanceof StreamTimeout)) throw err;
    }
  }
  throw new Error(`${stream.label}: subscription never delivered a warm-up event after ${attempts} attempts`);
}
