import { z } from 'zod';
import { AppError } from '../../errors/app-error';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../auth/password';

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email('must be a valid email address').max(320));
export const nameSchema = z.string().trim().min(1, 'must not be empty').max(200);
export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `must be at most ${MAX_PASSWORD_LENGTH} characters`);
export const labelsSchema = z
  .record(z.string().regex(/^[a-z0-9][a-z0-9_.-]{0,62}$/i, 'label keys are 1-63 letters, digits, _ . -'), z.string().max(200))
  .refine((l) => Object.keys(l).length <= 32, 'at most 32 labels');

export const createUserSchema = z.object({
  email: emailSchema,
  name: nameSchema,
  password: passwordSchema,
  labels: labelsSchema.optional(),
  permissionSetIds: z.array(z.uuid('must be permission set ids')).max(50).optional(),
});

export const updateUserSchema = z.object({
  email: emailSchema.optional(),
  name: nameSchema.optional(),
  labels: labelsSchema.optional(),
});

/** zod's first issue becomes a BAD_USER_INPUT naming the offending field, e.g. `input.email`. */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown, root = 'input'): T {
  const result = schema.safeParse(dropNulls(value));
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = [root, ...issue.path.map(String)].filter(Boolean).join('.');
  throw AppError.badInput(`${field} ${issue.message}`, field);
}

/** GraphQL sends explicit nulls for omitted optional fields; treat them as "leave unchanged". */
function dropNulls(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined));
}
