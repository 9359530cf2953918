import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Writes a chunk and waits for the stream to drain when it asks to: memory stays bounded. */
export async function write(out: Writable, chunk: string | Buffer): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

/** Ends the stream and waits until everything was flushed (or it failed). */
export async function end(out: Writable): Promise<void> {
  const finished = once(out, 'finish');
  out.end();
  await finished;
}

/** Rows between progress callbacks and abort checks. */
export const PROGRESS_EVERY = 1000;
