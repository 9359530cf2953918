import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';

/**
 * Throws when the destination failed or was closed: a writer must stop then, not keep rendering
 * into a stream that will never take its bytes (or wait for a 'drain' that never comes).
 */
export function assertWritable(out: Writable): void {
  if (out.errored) throw out.errored;
  if (out.destroyed || out.writableEnded) throw new Error('report destination closed before the report was written');
}

/** Resolves on 'drain'; rejects when the destination fails or closes first. */
export function drained(out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      out.off('drain', onDrain);
      out.off('error', onFail);
      out.off('close', onFail);
    };
    const onDrain = () => {
      cleanup();
      resolve();
    };
    const onFail = () => {
      cleanup();
      reject(out.errored ?? new Error('report destination closed before the report was written'));
    };
    out.on('drain', onDrain);
    out.on('error', onFail);
    out.on('close', onFail);
  });
}

/** Writes a chunk and waits for the stream to drain when it asks to: memory stays bounded. */
export async function write(out: Writable, chunk: string | Buffer): Promise<void> {
  assertWritable(out);
  if (!out.write(chunk)) await drained(out);
}

/**
 * Settles when the destination has flushed everything, or rejects when it failed or closed early
 * (also when that already happened). Start it before piping into `out`, so no failure is missed.
 */
export function outcome(out: Writable): Promise<void> {
  const done = finished(out);
  done.catch(() => undefined);
  return done;
}

/** Ends the stream and waits until everything was flushed (or it failed). */
export async function end(out: Writable): Promise<void> {
  assertWritable(out);
  const done = outcome(out);
  out.end();
  await done;
}

/** Rows between progress callbacks and abort checks. */
export const PROGRESS_EVERY = 1000;
