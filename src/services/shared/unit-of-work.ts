import type { Db, Tx } from '../../db/client';
import type { Logger } from '../../logger';

export interface UnitOfWork {
  tx: Tx;
  /** Runs only if the transaction commits: dropping caches, announcing permission changes. */
  afterCommit(effect: () => unknown): void;
  /**
   * Runs after every `afterCommit` effect: events for subscribers. Ordering matters: an event about
   * a permission change must be filtered with the permissions that change produced.
   */
  publishAfterCommit(effect: () => unknown): void;
  /** Ids of the audit rows written in this transaction: security events raised in it link to them. */
  readonly auditIds: number[];
}

/**
 * One transaction per mutation at the service boundary. Side effects that others can observe are
 * deferred until commit, so a subscriber never sees a change that was rolled back.
 */
export async function inTransaction<T>(db: Db, log: Logger, work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
  const effects: Array<() => unknown> = [];
  const events: Array<() => unknown> = [];
  const result = await db.transaction((tx) =>
    work({ tx, afterCommit: (e) => effects.push(e), publishAfterCommit: (e) => events.push(e), auditIds: [] }),
  );
  for (const effect of [...effects, ...events]) {
    try {
      await effect();
    } catch (err) {
      log.error({ err }, 'after-commit effect failed');
    }
  }
  return result;
}
