import type { z } from 'zod';
import { AppError } from '../../errors/app-error';

/** zod's first issue becomes a BAD_USER_INPUT naming the offending field, e.g. `input.email`. */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown, root = 'input'): T {
  const result = schema.safeParse(dropNulls(value, root));
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = [root, ...issue.path.map(String)].filter(Boolean).join('.');
  throw AppError.badInput(`${field} ${issue.message}`, field);
}

/** Input objects arrive as type-graphql class instances; dates are the only other objects. */
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !(v instanceof Date);

/** Deeper than any input shape needs; JSON scalars (labels) could otherwise nest until the stack overflows. */
export const MAX_INPUT_DEPTH = 32;

/** GraphQL sends explicit nulls for omitted optional fields; treat them as absent, at any depth. */
function dropNulls(value: unknown, root: string, depth = 0): unknown {
  if (!Array.isArray(value) && !isRecord(value)) return value;
  if (depth >= MAX_INPUT_DEPTH) throw AppError.badInput(`${root || 'input'} is nested too deeply`, root);
  if (Array.isArray(value)) return value.map((v) => dropNulls(v, root, depth + 1));
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => [k, dropNulls(v, root, depth + 1)]),
  );
}
