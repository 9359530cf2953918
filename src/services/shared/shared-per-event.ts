type Memo = Map<string, Promise<unknown> | WeakMap<object, Promise<unknown>>>;

/** Per event object: its memo lives exactly as long as something still handles the event. */
const memos = new WeakMap<object, Memo>();

/**
 * One computation per event and key, shared by every subscriber that asks: 10,000 sockets of five
 * sessions re-check five sessions per event, not 10,000. With `identity` (a compiled-permissions
 * object) the result is shared only among subscribers holding that very object.
 */
export function sharedPerEvent<T>(event: object, key: string, compute: () => Promise<T>, identity?: object): Promise<T> {
  let memo = memos.get(event);
  if (!memo) memos.set(event, (memo = new Map()));
  if (!identity) {
    let result = memo.get(key) as Promise<T> | undefined;
    if (!result) memo.set(key, (result = compute()));
    return result;
  }
  let byIdentity = memo.get(key) as WeakMap<object, Promise<unknown>> | undefined;
  if (!byIdentity) memo.set(key, (byIdentity = new WeakMap()));
  let result = byIdentity.get(identity) as Promise<T> | undefined;
  if (!result) byIdentity.set(identity, (result = compute()));
  return result;
}
