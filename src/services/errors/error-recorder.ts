import type { Database } from '../../db/client';
import { insertErrorEvents, purgeErrorEventsBefore } from '../../db/queries/errors.queries';
import type { NewErrorEventRow } from '../../db/schema/errors';
import type { Logger } from '../../logger';
import type { ClassifiedOperationError } from '../../metrics/operation-metrics';
import { errorEventsDroppedTotal } from '../../metrics/registry';

/** Records waiting to be written; past this, new ones are dropped (and counted), never queued. */
export const MAX_BUFFERED = 1_000;
const BATCH = 200;
const FLUSH_EVERY_MS = 1_000;
const PURGE_EVERY_MS = 60 * 60_000;
const PURGE_LIMIT = 10_000;

/**
 * Feeds errorStats. A request hands its classified errors over and goes on: they are written in
 * batches by a timer, one batch in flight at a time. PostgreSQL away (or slow) must never slow
 * requests down nor grow memory: a failed batch is dropped and counted
 * (control_plane_error_events_dropped_total), and so is anything beyond the buffer's bound.
 */
export class ErrorRecorder {
  private buffer: NewErrorEventRow[] = [];
  private flushing: Promise<void> | null = null;
  private flushTimer: NodeJS.Timeout | null = null;
  private purgeTimer: NodeJS.Timeout | null = null;
  private dropped = 0;

  constructor(
    private readonly database: Database,
    private readonly log: Logger,
    private readonly retentionDays: number,
  ) {}

  start(): void {
    this.flushTimer = setInterval(() => void this.flush(), FLUSH_EVERY_MS);
    this.flushTimer.unref();
    const purge = () => void this.purge();
    purge();
    this.purgeTimer = setInterval(purge, PURGE_EVERY_MS);
    this.purgeTimer.unref();
  }

  /** Writes what is buffered, then stops. */
  async stop(): Promise<void> {
    if (this.flushTimer) clearInterval(this.flushTimer);
    if (this.purgeTimer) clearInterval(this.purgeTimer);
    await this.flush();
  }

  record(errors: ClassifiedOperationError[]): void {
    const now = new Date();
    for (const e of errors) {
      if (this.buffer.length >= MAX_BUFFERED) {
        this.drop(1);
        continue;
      }
      this.buffer.push({ occurredAt: now, classes: e.classes, code: e.code, operation: e.operation, message: e.message, requestId: e.requestId });
    }
    if (this.buffer.length >= BATCH) void this.flush();
  }

  /** Records dropped since start (buffer full or write failed). */
  get droppedCount(): number {
    return this.dropped;
  }

  /** Writes everything buffered, batch by batch; concurrent callers share the run in flight. */
  flush(): Promise<void> {
    if (this.flushing) return this.flushing;
    if (this.buffer.length === 0) return Promise.resolve();
    const run = this.write().finally(() => {
      this.flushing = null;
    });
    this.flushing = run;
    return run;
  }

  private async write(): Promise<void> {
    while (this.buffer.length > 0) {
      const batch = this.buffer.splice(0, BATCH);
      try {
        await insertErrorEvents(this.database.db, batch);
      } catch (err) {
        // The rest waits for the next tick; it is dropped too if the database is still away.
        this.drop(batch.length);
        this.log.warn({ err: (err as Error).message, dropped: batch.length }, 'error records dropped: could not write them');
        return;
      }
    }
  }

  async purge(now = Date.now()): Promise<number> {
    try {
      const before = new Date(now - this.retentionDays * 86_400_000);
      let total = 0;
      // Bounded deletes until done: a large backlog never becomes one long statement.
      for (let purged = PURGE_LIMIT; purged === PURGE_LIMIT; total += purged) {
        purged = await purgeErrorEventsBefore(this.database.db, before, PURGE_LIMIT);
      }
      if (total > 0) this.log.info({ purged: total }, 'error records past retention purged');
      return total;
    } catch (err) {
      this.log.warn({ err: (err as Error).message }, 'error records purge failed; next run retries');
      return 0;
    }
  }

  private drop(n: number): void {
    this.dropped += n;
    errorEventsDroppedTotal.inc(n);
  }
}
