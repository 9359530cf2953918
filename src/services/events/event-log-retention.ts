import type { Database } from '../../db/client';
import { purgeEventsBefore } from '../../db/queries/events.queries';
import type { Logger } from '../../logger';

const PURGE_EVERY_MS = 10 * 60_000;

/**
 * Keeps the event log to its retention window. Every node runs it; the purge is idempotent, and a
 * missed run only means the next one deletes more, so it needs no job queue of its own.
 */
export class EventLogRetention {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly database: Database,
    private readonly log: Logger,
    private readonly retentionHours: number,
  ) {}

  start(): void {
    const run = () => void this.purge();
    run();
    this.timer = setInterval(run, PURGE_EVERY_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async purge(now = Date.now()): Promise<number> {
    try {
      const purged = await purgeEventsBefore(this.database.db, new Date(now - this.retentionHours * 3_600_000));
      if (purged > 0) this.log.info({ purged }, 'event log: purged events past retention');
      return purged;
    } catch (err) {
      this.log.warn({ err: (err as Error).message }, 'event log purge failed; next run retries');
      return 0;
    }
  }
}
