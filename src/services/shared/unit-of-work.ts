import type { Database, Tx } from '../../db/client';
import { appendEvents, type NewEvent } from '../../db/queries/events.queries';
import { isRetryableTransactionError, underlyingCode } from '../../errors/classify';
import type { Logger } from '../../logger';
import { transactionRetriesTotal } from '../../metrics/registry';
import type { LoggedEvent } from '../../pubsub/event-transport';
import type { TopicName, Topics } from '../../pubsub/topics';
import type { EventBus } from '../events/event-bus';
import { withTransactionSlot } from './transaction-slots';

export interface UnitOfWork {
  tx: Tx;
  /** Runs only if the transaction commits, before the caller answers: dropping this node's caches. */
  afterCommit(effect: () => unknown): void;
  /**
   * A domain event: written to the event log in this transaction (so it commits or rolls back
   * with the change), then delivered on every node after commit, in commit order.
   */
  emit<K extends TopicName>(topic: K, payload: Topics[K][0]): void;
  /** Ids of the audit rows written in this transaction: security events raised in it link to them. */
  readonly auditIds: number[];
}

export interface TransactionDeps {
  database: Database;
  events: EventBus;
  config: { REQUEST_DB_TIMEOUT_MS: number; DB_TRANSACTION_MAX_ATTEMPTS?: number };
}

/** First retry waits about this long (ms); each further one doubles it, up to the cap. */
const RETRY_BASE_MS = 10;
const RETRY_CAP_MS = 250;

/** Exponential backoff with full jitter: concurrent losers of one conflict do not collide again in step. */
export const retryDelayMs = (retry: number): number => Math.random() * Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** retry);


/**
 * Announcements that change what subscribers may see go first, whatever order they were emitted
 * in: an event about a change must be filtered with the permissions that change produced.
 */
const INVALIDATIONS: ReadonlySet<TopicName> = new Set(['permissions.invalidated', 'sessions.revoked', 'sessions.changed', 'apiKeys.changed']);
const invalidationsFirst = (events: NewEvent[]) =>
  [...events.filter((e) => INVALIDATIONS.has(e.topic as TopicName)), ...events.filter((e) => !INVALIDATIONS.has(e.topic as TopicName))];

/**
 * One transaction per mutation at the service boundary. Events are appended last, just before
 * commit, so the log's lock is held for as short a time as possible. After commit the caller
 * answers without waiting on Redis beyond a short bound: the log, not Redis, guarantees delivery.
 */
export async function inTransaction<T>(deps: TransactionDeps, log: Logger, work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
  let effects: Array<() => unknown> = [];
  let logged: LoggedEvent[] = [];
  const maxAttempts = deps.config.DB_TRANSACTION_MAX_ATTEMPTS ?? 4;
  let result!: T;
  // A serialization failure, deadlock or lost connection rolls the whole transaction back: run it
  // again from the start, with what it collected reset. Only the transaction is repeated: effects
  // after commit (cache drops, event delivery; never anything external) run once, after success.
  for (let attempt = 1; ; attempt += 1) {
    effects = [];
    logged = [];
    let committing = false;
    try {
      result = await withTransactionSlot(deps.database, deps.config.REQUEST_DB_TIMEOUT_MS, () => deps.database.db.transaction(async (tx) => {
        const emitted: NewEvent[] = [];
        const out = await work({
          tx,
          afterCommit: (e) => effects.push(e),
          emit: (topic, payload) => emitted.push({ topic, payload }),
          auditIds: [],
        });
        if (emitted.length > 0) {
          const ordered = invalidationsFirst(emitted);
          const positions = await appendEvents(tx, ordered, deps.events.channel);
          logged = ordered.map((e, i) => ({ position: positions[i]!, topic: e.topic as TopicName, payload: JSON.parse(JSON.stringify(e.payload)) as unknown }));
        }
        committing = true;
        return out;
      }));
      break;
    } catch (err) {
      if (attempt >= maxAttempts || !isRetryableTransactionError(err, committing)) throw err;
      const reason = underlyingCode(err) ?? 'unknown';
      transactionRetriesTotal.inc({ reason });
      log.warn({ attempt, reason }, 'transaction failed on a transient database error; retrying');
      await new Promise((resolve) => setTimeout(resolve, retryDelayMs(attempt - 1)));
    }
  }
  for (const effect of effects) {
    try {
      await effect();
    } catch (err) {
      log.error({ err }, 'after-commit effect failed');
    }
  }
  if (logged.length > 0) await deps.events.committed(logged);
  return result;
}
