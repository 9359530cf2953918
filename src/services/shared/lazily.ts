type Built<T extends Record<string, () => unknown>> = { readonly [K in keyof T]: ReturnType<T[K]> };

/**
 * An object whose properties are built on first read and then kept: per-request bundles
 * (services, loaders) cost nothing for the members a request never uses.
 */
export function lazily<T extends Record<string, () => unknown>>(factories: T): Built<T> {
  const built = {} as Record<string, unknown>;
  for (const [key, make] of Object.entries(factories)) {
    Object.defineProperty(built, key, {
      configurable: true,
      enumerable: true,
      get() {
        const value = make();
        Object.defineProperty(built, key, { value, enumerable: true });
        return value;
      },
    });
  }
  return built as Built<T>;
}
