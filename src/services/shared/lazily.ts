type Factories = Record<string, (arg: never) => unknown>;
type Built<T extends Factories> = { readonly [K in keyof T]: ReturnType<T[K]> };

/**
 * A maker of bundles whose members are built on first read and then kept: per-request bundles
 * (services) cost nothing for the members a request never uses. The getters live on one shared
 * prototype, so a bundle is a single small object however many members it has (thousands of open
 * subscriptions each keep one).
 */
export function lazyBundle<T extends Factories>(factories: T): (arg: Parameters<T[keyof T]>[0]) => Built<T> {
  const prototype = {};
  for (const [key, make] of Object.entries(factories)) {
    Object.defineProperty(prototype, key, {
      get(this: { arg: never }) {
        const value = make(this.arg);
        Object.defineProperty(this, key, { value, enumerable: true });
        return value;
      },
    });
  }
  return (arg) => Object.assign(Object.create(prototype) as Built<T>, { arg });
}
