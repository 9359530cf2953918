import { z } from 'zod';
import { CHANNEL_TYPES } from '../../../db/schema';

const name = z.string().trim().min(1).max(100);
const secrets = z.record(z.string().max(64), z.string()).refine((s) => Object.keys(s).length <= 10, 'may hold at most 10 secrets');

export const createChannelSchema = z.object({
  name,
  type: z.enum(CHANNEL_TYPES),
  settings: z.record(z.string(), z.unknown()).optional(),
  secrets: secrets.optional(),
});

export const updateChannelSchema = z.object({
  name: name.optional(),
  /** Replaces the settings as a whole. */
  settings: z.record(z.string(), z.unknown()).optional(),
  /** Sets (or replaces) these secrets; others are kept. */
  secrets: secrets.optional(),
  /** Removes these secrets (a required one cannot be removed). */
  clearSecrets: z.array(z.string().max(64)).max(10).optional(),
});

export type CreateChannelInput = z.infer<typeof createChannelSchema>;
export type UpdateChannelInput = z.infer<typeof updateChannelSchema>;
