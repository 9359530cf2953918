import { reportDriverFault } from '../db/driver-faults';
import type { Logger } from '../logger';
import { unhandledErrorsTotal } from '../metrics/registry';

export type UncaughtClass = 'driver_fault' | 'exception';

/**
 * postgres.js 3.4.9: a write under 1 KB is flushed from `setImmediate(nextWrite)`; when the socket
 * closes first, `closed()` has set it to null and the immediate throws (porsager/postgres#1066,
 * #1154; fix proposed in PR #1168). By then the query that wrote was rejected with
 * CONNECTION_CLOSED (or its transaction by the connection's onclose), so the dropped write is
 * moot and skipping it is what the upstream fix does. Recognised by message and by the frame it
 * is thrown from: nextWrite in postgres's connection.js (ESM `src/` or CommonJS `cjs/src/`).
 */
const PG_NULL_SOCKET_MESSAGE = "Cannot read properties of null (reading 'write')";
const PG_NEXT_WRITE_FRAME = /^\s+at (?:\S+\.)?nextWrite \(.*[\\/]node_modules[\\/]postgres[\\/](?:cjs[\\/])?src[\\/]connection\.js:\d+:\d+\)$/;

/** The first stack frame (where it was thrown), or undefined. */
const topFrame = (err: Error): string | undefined => err.stack?.split('\n').find((line) => /^\s+at /.test(line));

export function isPostgresNullSocketWrite(err: unknown): boolean {
  if (!(err instanceof TypeError) || err.message !== PG_NULL_SOCKET_MESSAGE) return false;
  const frame = topFrame(err);
  return frame !== undefined && PG_NEXT_WRITE_FRAME.test(frame);
}

/** Uncaught exceptions the process may survive (known driver faults), or 'exception'. */
export function classifyUncaught(err: unknown): UncaughtClass {
  return isPostgresNullSocketWrite(err) ? 'driver_fault' : 'exception';
}

export interface FaultPolicyOptions {
  log: Logger;
  /** Graceful shutdown with this exit code (main.ts: drain, close pools, exit). */
  shutdown(exitCode: number): void;
}

/**
 * The process-level policy (DESIGN.md "Fault policy"):
 * - an unhandled rejection is logged and counted, never fatal: it is a promise nobody awaited
 *   (a fire-and-forget publish, a driver's internal command), and the state the process serves
 *   from (PostgreSQL, each request's own transaction) is intact, so it keeps serving;
 * - a known-benign driver exception (above) is logged and counted, database clients replace their
 *   pool (the faulted connection would stay wedged), and the process keeps serving;
 * - any other uncaught exception is logged and counted, then the process shuts down gracefully
 *   with exit code 1: it interrupted code half-way through, in-memory state (caches, counters,
 *   socket bookkeeping) may no longer be consistent, and a supervisor restart is the safe answer.
 * The `err` serializer of the logger keeps only safe fields of database errors (no parameters).
 */
export function installFaultPolicy({ log, shutdown }: FaultPolicyOptions): () => void {
  const onRejection = (reason: unknown) => {
    unhandledErrorsTotal.inc({ kind: 'rejection' });
    log.error({ err: reason }, 'unhandled promise rejection (contained; still serving)');
  };
  const onException = (err: unknown) => {
    const kind = classifyUncaught(err);
    unhandledErrorsTotal.inc({ kind });
    if (kind === 'driver_fault') {
      log.warn({ err }, 'known postgres.js fault after a closed connection (contained; replacing the pool)');
      reportDriverFault();
      return;
    }
    log.fatal({ err }, 'uncaught exception: state may be inconsistent, shutting down');
    shutdown(1);
  };
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return () => {
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
  };
}
