import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { DatabaseUnavailableError } from '../errors/unavailable';
import { dbPoolInUse, dbPoolWaiting, dbStatementsTotal } from '../metrics/registry';
import { tracedQuery, tracedTransaction } from '../telemetry/db-spans';
import { ConnectionGate } from './connection-gate';
import { onDriverFault } from './driver-faults';
import * as schema from './schema';

export type Db = PostgresJsDatabase<typeof schema>;
/** A transaction handle; query functions accept either (`db | tx`). */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  /** The raw postgres.js client (tests and tools); the app goes through `db`, which is bounded. */
  sql: postgres.Sql;
  /** Statements sent since start; tests read it to prove a request runs a fixed number of queries. */
  statementCount(): number;
  /** Calls `listener` with the text of every statement sent until the returned function is called (tests). */
  onStatement(listener: (query: string) => void): () => void;
  /** `select 1` within `timeoutMs`: true when PostgreSQL answered. Never throws. */
  ping(timeoutMs: number): Promise<boolean>;
  /** Runs `fn` when the database is closed (metrics sources of things bound to this client). */
  onClose(fn: () => void): void;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  max?: number;
  /** postgres.js connect_timeout: a connection attempt that takes longer fails (CONNECT_TIMEOUT). */
  connectTimeoutSeconds?: number;
  /** PostgreSQL statement_timeout for every session (0: none). */
  statementTimeoutMs?: number;
  /** Longest a query or transaction waits for a connection before failing DatabaseUnavailableError. */
  acquireTimeoutMs?: number;
}

/** The client's bounds from the configuration (README: "When PostgreSQL is away"). */
export function databaseOptions(config: {
  DATABASE_CONNECT_TIMEOUT_SECONDS: number;
  DATABASE_STATEMENT_TIMEOUT_MS: number;
  REQUEST_DB_TIMEOUT_MS: number;
}): DatabaseOptions {
  return {
    connectTimeoutSeconds: config.DATABASE_CONNECT_TIMEOUT_SECONDS,
    statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
    acquireTimeoutMs: config.REQUEST_DB_TIMEOUT_MS,
  };
}

/** Connections per pool (src/services/shared/transaction-slots.ts keeps some free of transactions). */
export const POOL_SIZE = 10;

/** Longest pause between reconnect attempts (seconds); postgres.js's default grows to 20 s. */
const MAX_BACKOFF_SECONDS = 1;

/** Reconnect pause after `retries` failed attempts: 50 ms doubling, capped, with jitter. */
export const reconnectBackoff = (retries: number): number =>
  Math.min(0.05 * 2 ** Math.min(retries, 10), MAX_BACKOFF_SECONDS) * (0.5 + Math.random() / 2);

/**
 * The application's PostgreSQL client. postgres.js on its own never fails a query that waits for
 * a connection: while the server is away queued queries wait for a reconnect, each attempt after a
 * growing backoff (measured here with 3.4.9: up to 13.6 s during a 5 s outage with the defaults).
 * So: a short connect timeout and a capped backoff; a gate that fails new queries at once while
 * connections cannot be opened (one trial at a time finds out when the server is back); and a
 * bound on how long a query or transaction waits for its connection.
 */
export function connectDatabase(url: string, opts: DatabaseOptions = {}): Database {
  let statements = 0;
  const statementListeners = new Set<(query: string) => void>();
  const acquireTimeoutMs = opts.acquireTimeoutMs ?? 3_000;
  const open = () =>
    postgres(url, {
      max: opts.max ?? POOL_SIZE,
      onnotice: () => {},
      debug: (_connection, query) => {
        statements += 1;
        dbStatementsTotal.inc();
        for (const listener of statementListeners) listener(query);
      },
      connect_timeout: opts.connectTimeoutSeconds ?? 2,
      backoff: reconnectBackoff,
      // Idle connections are closed (and so never found dead after a server restart long after);
      // a bounded lifetime spreads reconnects.
      idle_timeout: 60,
      max_lifetime: 30 * 60,
      connection: {
        application_name: 'control-plane',
        ...(opts.statementTimeoutMs ? { statement_timeout: opts.statementTimeoutMs } : {}),
      },
    });
  const first = open();
  const pool = { current: first };
  const retiring = new Set<Promise<void>>();
  // After a contained driver fault one connection of some pool may be wedged (driver-faults.ts):
  // new work goes to a fresh pool. A retired pool finishes what it holds (destroyed after 5 s),
  // except the first one: it may carry a LISTEN (the event bus's wake-ups), whose own connection
  // the fault does not touch; unused, its pool connections close on the idle timeout.
  const stopListening = onDriverFault(() => {
    const old = pool.current;
    pool.current = open();
    // drizzle set its own parsers and serializers on the client it was given: carry them over.
    Object.assign(pool.current.options.parsers, old.options.parsers);
    Object.assign(pool.current.options.serializers, old.options.serializers);
    if (old === first) return;
    const ending = old.end({ timeout: 5 }).catch(() => undefined);
    retiring.add(ending);
    void ending.then(() => retiring.delete(ending));
  });
  const gate = new ConnectionGate();
  // What the gate let through, each knowing whether it holds a connection yet (read at scrape time).
  const inFlight = new Set<() => boolean>();
  const countHeld = () => {
    let held = 0;
    for (const running of inFlight) if (running()) held += 1;
    return held;
  };
  const closers = [
    dbPoolInUse.sources.add(countHeld),
    dbPoolWaiting.sources.add(() => inFlight.size - countHeld()),
  ];
  const db = drizzle(boundedClient(pool, gate, acquireTimeoutMs, inFlight), { schema });
  return {
    db,
    get sql() {
      return pool.current;
    },
    statementCount: () => statements,
    onStatement: (listener) => {
      statementListeners.add(listener);
      return () => void statementListeners.delete(listener);
    },
    ping: async (timeoutMs) => {
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
      // Not through the gate: readiness must see the server itself, and its success reopens the gate.
      const sentAt = performance.now();
      const answered = pool.current`select 1`.then(
        () => (gate.succeeded(), true),
        (err: unknown) => (gate.failed(err, sentAt), false),
      );
      try {
        return await Promise.race([answered, timedOut]);
      } finally {
        clearTimeout(timer);
      }
    },
    onClose: (fn) => void closers.push(fn),
    close: async () => {
      for (const fn of closers.splice(0)) fn();
      stopListening();
      const pools = pool.current === first ? [first] : [first, pool.current];
      await Promise.all([...pools.map((p) => p.end({ timeout: 5 })), ...retiring]);
    },
  };
}

type PendingQuery = postgres.PendingQuery<postgres.Row[]> & { state?: unknown; handler?: { debug?: unknown } };

/**
 * The `debug` option (statement counting and metrics above) also makes postgres.js build an Error,
 * with its stack, in the constructor of every query, for error messages that name the caller: ~4 %
 * of the CPU of a cheap request, plus its garbage. The option is read twice: per connection, to
 * call `debug` with each statement (kept), and per client handle, to capture those stacks. This
 * turns the second off on the handle a query came from (the pool's, once; each transaction has
 * its own and keeps it). Errors still carry PostgreSQL's message, code and our own stack.
 */
function quietOrigins(query: PendingQuery): void {
  const handler = query.handler;
  if (handler && handler.debug) handler.debug = false;
}

/**
 * The postgres.js client as drizzle sees it: `unsafe` (every statement drizzle sends outside a
 * transaction) and `begin` (every transaction) pass the gate and are bounded; the rest is as is.
 */
function boundedClient(
  pool: { current: postgres.Sql },
  gate: ConnectionGate,
  acquireTimeoutMs: number,
  inFlight: Set<() => boolean>,
): postgres.Sql {
  const unsafe = (...args: Parameters<postgres.Sql['unsafe']>) => {
    const query = pool.current.unsafe(...args) as PendingQuery;
    quietOrigins(query);
    const original = query.then;
    let outcome: Promise<unknown> | undefined;
    // drizzle may chain .values() before awaiting, so the query object itself must stay; only
    // awaiting it is bounded. A postgres.js query runs when first awaited, never before.
    Object.defineProperty(query, 'then', {
      configurable: true,
      value: (onFulfilled?: (v: unknown) => unknown, onRejected?: (e: unknown) => unknown) => {
        outcome ??= tracedQuery(args[0], () =>
          guarded(gate, acquireTimeoutMs, inFlight, () => original.call(query, undefined, undefined) as Promise<unknown>, () =>
            // Sent to a live connection: the statement runs, bounded by statement_timeout.
            query.state !== undefined,
          ),
        );
        return outcome.then(onFulfilled, onRejected);
      },
    });
    return query;
  };

  const begin = (...args: unknown[]) => {
    const fn = args.at(-1) as (tx: postgres.TransactionSql) => unknown;
    const mode = args.length > 1 ? [args[0] as string] : [];
    let started = false;
    let abandoned = false;
    return tracedTransaction((traceStatements) =>
      guarded(
        gate,
        acquireTimeoutMs,
        inFlight,
        () =>
          (pool.current.begin as (...a: unknown[]) => Promise<unknown>)(...mode, async (tx: postgres.TransactionSql) => {
            // The caller was already told UNAVAILABLE: a transaction that gets its connection late
            // must not apply a change nobody is waiting for.
            if (abandoned) throw new DatabaseUnavailableError('timeout');
            started = true;
            return fn(traceStatements(tx));
          }),
        () => started,
        () => (abandoned = true),
      ),
    );
  };

  // The target only gives the proxy its shape (a function); every access goes to the current pool.
  return new Proxy(pool.current, {
    get(_target, prop) {
      if (prop === 'unsafe') return unsafe;
      if (prop === 'begin') return begin;
      return Reflect.get(pool.current, prop, pool.current);
    },
    apply(_target, thisArg, args) {
      return Reflect.apply(pool.current, thisArg, args);
    },
  });
}

/**
 * Runs `work` if the gate admits it; fails DatabaseUnavailableError('timeout') after `timeoutMs`
 * unless `running()` says it has its connection by then (it then finishes on its own terms).
 */
function guarded(
  gate: ConnectionGate,
  timeoutMs: number,
  inFlight: Set<() => boolean>,
  work: () => Promise<unknown>,
  running: () => boolean,
  onAbandon?: () => void,
): Promise<unknown> {
  let ticket: ReturnType<ConnectionGate['admit']>;
  try {
    ticket = gate.admit();
  } catch (err) {
    return Promise.reject(err);
  }
  inFlight.add(running);
  return new Promise((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      timer = setTimeout(() => {
        if (running()) return;
        onAbandon?.();
        inFlight.delete(running);
        ticket.release();
        reject(new DatabaseUnavailableError('timeout'));
      }, timeoutMs);
    };
    arm();
    work().then(
      (value) => {
        clearTimeout(timer);
        gate.succeeded();
        inFlight.delete(running);
        ticket.release();
        resolve(value);
      },
      (err: unknown) => {
        clearTimeout(timer);
        gate.failed(err, ticket.admittedAt);
        inFlight.delete(running);
        ticket.release();
        reject(err);
      },
    );
  });
}
