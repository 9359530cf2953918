import { z } from 'zod';

/**
 * PostgreSQL text cannot hold U+0000: a NUL that reaches a query fails there as a database error.
 * Text from clients is checked for it up front so that it is reported as bad input.
 */
export const hasNul = (value: string): boolean => value.includes('\u0000');

export const NUL_MESSAGE = 'must not contain NUL characters';

/** A string schema that rejects NUL; chain further checks on it as on `z.string()`. */
export const safeString = () => z.string().refine((s) => !hasNul(s), NUL_MESSAGE);

/** True when `value` (any JSON-like value) has a NUL in any string or object key, at any depth. */
export function containsNul(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (typeof current === 'string') {
      if (hasNul(current)) return true;
    } else if (Array.isArray(current)) {
      stack.push(...current);
    } else if (typeof current === 'object' && current !== null && !(current instanceof Date)) {
      for (const [key, v] of Object.entries(current)) {
        if (hasNul(key)) return true;
        stack.push(v);
      }
    }
  }
  return false;
}

/**
 * Checks a whole value (keys included) for NUL before `schema` sees it, so the error names the
 * field itself rather than echoing the offending key back as a path segment.
 */
export const nulFree = <T extends z.ZodType>(schema: T) =>
  z.unknown().refine((v) => !containsNul(v), NUL_MESSAGE).pipe(schema);
