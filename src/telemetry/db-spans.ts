import { context, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import type postgres from 'postgres';
import { currentTracer } from './tracing';

/**
 * Database spans for the client in src/db/client.ts. Only inside a traced request (a span is
 * active); with tracing off each hook costs one null check. Statement text is drizzle's, with
 * `$n` placeholders: parameters are never recorded.
 */
const MAX_STATEMENT = 2_000;

function inSpan<T>(name: string, statement: string | undefined, run: () => Promise<T>): Promise<T> {
  const tracer = currentTracer();
  if (!tracer || !trace.getSpan(context.active())) return run();
  const attributes: Record<string, string> = { 'db.system.name': 'postgresql' };
  if (statement) attributes['db.query.text'] = statement.slice(0, MAX_STATEMENT);
  return tracer.startActiveSpan(name, { kind: SpanKind.CLIENT, attributes }, async (span: Span) => {
    try {
      return await run();
    } catch (err) {
      const code = (err as { code?: unknown })?.code;
      span.setStatus({ code: SpanStatusCode.ERROR, message: typeof code === 'string' ? code : (err as Error)?.name });
      throw err;
    } finally {
      span.end();
    }
  });
}

/** A statement sent outside a transaction. */
export function tracedQuery<T>(statement: unknown, run: () => Promise<T>): Promise<T> {
  return inSpan('db.query', typeof statement === 'string' ? statement : undefined, run);
}

type PendingQuery = postgres.PendingQuery<postgres.Row[]>;

/**
 * A transaction: one span, with a span per statement inside it. `run` receives a function that
 * wraps the transaction handle so its statements are traced (identity when not tracing).
 */
export function tracedTransaction<T>(run: (traceStatements: (tx: postgres.TransactionSql) => postgres.TransactionSql) => Promise<T>): Promise<T> {
  if (!currentTracer() || !trace.getSpan(context.active())) return run((tx) => tx);
  return inSpan('db.transaction', undefined, () => run(traceTransactionStatements));
}

function traceTransactionStatements(tx: postgres.TransactionSql): postgres.TransactionSql {
  const unsafe = (...args: Parameters<postgres.TransactionSql['unsafe']>) => {
    const query = tx.unsafe(...args) as PendingQuery;
    const original = query.then;
    let outcome: Promise<unknown> | undefined;
    // drizzle chains .values() on the query object before awaiting it: keep the object, wrap the await.
    Object.defineProperty(query, 'then', {
      configurable: true,
      value: (onFulfilled?: (v: unknown) => unknown, onRejected?: (e: unknown) => unknown) => {
        outcome ??= inSpan('db.query', args[0], () => original.call(query, undefined, undefined) as Promise<unknown>);
        return outcome.then(onFulfilled, onRejected);
      },
    });
    return query;
  };
  return new Proxy(tx, {
    get(target, prop) {
      if (prop === 'unsafe') return unsafe;
      return Reflect.get(target, prop, target);
    },
  });
}
