/**
 * A contained driver fault (src/server/fault-policy.ts) may leave a postgres.js connection wedged:
 * after the 3.4.9 nextWrite crash its write buffer is never flushed again, so every later attempt
 * on that connection times out until the buffer overflows. Database clients listen here and
 * replace their pool when one is reported.
 */
type Listener = () => void;
const listeners = new Set<Listener>();

export function onDriverFault(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportDriverFault(): void {
  for (const listener of listeners) listener();
}
