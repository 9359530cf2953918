import { z } from 'zod';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../auth/password';
import { nulFree, safeString } from '../shared/text';

export const emailSchema = safeString().trim().toLowerCase().pipe(z.email('must be a valid email address').max(320));
export const nameSchema = safeString().trim().min(1, 'must not be empty').max(200);
export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `must be at most ${MAX_PASSWORD_LENGTH} characters`);
export const labelsSchema = nulFree(
  z
    .record(z.string().regex(/^[a-z0-9][a-z0-9_.-]{0,62}$/i, 'must be 1-63 letters, digits, _ . or -, starting with a letter or digit'), safeString().max(200))
    .refine((l) => Object.keys(l).length <= 32, 'must have at most 32 labels'),
);

export const createUserSchema = z.object({
  email: emailSchema,
  name: nameSchema,
  password: passwordSchema,
  labels: labelsSchema.optional(),
  permissionSetIds: z.array(z.uuid('is not a permission set id')).max(50).optional(),
});

export const updateUserSchema = z.object({
  email: emailSchema.optional(),
  name: nameSchema.optional(),
  labels: labelsSchema.optional(),
});
