import type { Db, Tx } from '../../db/client';
import type { Logger } from '../../logger';

export interface UnitOfWork {
  tx: Tx;
  /** Runs only if the transaction commits: publishing events, dropping caches. */
  afterCommit(effect: () => unknown): void;
}

/**
 * One transaction per mutation at the service boundary. Side effects that others can observe are
 * deferred until commit, so a subscriber never sees a change that was rolled back.
 */
export async function inTransaction<T>(db: Db, log: Logger, work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
  const effects: Array<() => unknown> = [];
  const result = await db.transaction((tx) => work({ tx, afterCommit: (e) => effects.push(e) }));
  for (const effect of effects) {
    try {
      await effect();
    } catch (err) {
      log.error({ err }, 'after-commit effect failed');
    }
  }
  return result;
}
