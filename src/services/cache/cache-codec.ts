/**
 * Cached values are rows: JSON plus Dates (timestamps must come back as Dates, or scalars and
 * comparisons downstream would see strings). Every read decodes its own copy, so no caller can
 * change what another one gets.
 */
const DATE = '$cacheDate';

export function encodeValue(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, v: unknown) {
    const raw = this[key];
    return raw instanceof Date ? { [DATE]: raw.getTime() } : v;
  });
}

export function decodeValue<T>(text: string): T {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v !== null && typeof v === 'object' && DATE in v) {
      const keys = Object.keys(v);
      if (keys.length === 1) return new Date((v as Record<string, number>)[DATE]!);
    }
    return v;
  }) as T;
}
