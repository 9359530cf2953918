/** Memos keyed by transaction: gone with it (a WeakMap entry lives as long as its transaction object). */
const memos = new WeakMap<object, Map<string, Promise<unknown>>>();

/**
 * Reads `load` once per transaction and key. For what a transaction reads many times but never
 * writes itself (the routing tree, escalation policies: edits take transactions of their own),
 * such as the alert hooks an intake batch runs once per alert.
 */
export function oncePerTransaction<T>(tx: object, key: string, load: () => Promise<T>): Promise<T> {
  let memo = memos.get(tx);
  if (!memo) memos.set(tx, (memo = new Map()));
  let value = memo.get(key) as Promise<T> | undefined;
  if (!value) {
    value = load();
    memo.set(key, value);
  }
  return value;
}
