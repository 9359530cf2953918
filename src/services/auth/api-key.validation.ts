import { z } from 'zod';
import { grantSchema } from '../permissions/grant.validation';
import { safeString } from '../shared/text';

export const MAX_API_KEY_DAYS = 365;
export const MAX_ROTATION_OVERLAP_SECONDS = 7 * 86_400;

export const createApiKeySchema = z.object({
  name: safeString().trim().min(1, 'must not be empty').max(100),
  // Same shape as permission-set grants; like delegations, no per-grant window: the key ends at expiresAt.
  grants: z
    .array(grantSchema.refine((g) => !g.validFrom && !g.validUntil, 'must not set validFrom or validUntil: an API key ends at expiresAt'))
    .min(1, 'must hold at least one grant')
    .max(100),
  expiresAt: z
    .date()
    .refine((d) => d.getTime() > Date.now(), 'must be in the future')
    .refine((d) => d.getTime() <= Date.now() + MAX_API_KEY_DAYS * 86_400_000, `must be within ${MAX_API_KEY_DAYS} days`),
  allowedCidrs: z.array(z.unknown()).optional(),
});

export const overlapSchema = z
  .number()
  .int('must be a whole number of seconds')
  .min(0, 'must not be negative')
  .max(MAX_ROTATION_OVERLAP_SECONDS, `must be at most ${MAX_ROTATION_OVERLAP_SECONDS} seconds (7 days)`);
