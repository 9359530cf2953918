import { z } from 'zod';

const uuid = z.string().uuid();
const seconds = z.number().int().min(1).max(7 * 24 * 3600);

const level = z
  .object({
    channelIds: z.array(uuid).max(20).default([]),
    userIds: z.array(uuid).max(50).default([]),
    /** How long nobody acknowledges before the next level is paged. */
    timeoutSeconds: seconds,
  })
  .refine((l) => l.channelIds.length + l.userIds.length > 0, 'a level needs at least one channel or user');

const fields = {
  name: z.string().trim().min(1).max(100),
  description: z.string().max(1000).nullish(),
  levels: z.array(level).min(1).max(10),
  /** How many times the whole ladder runs again after its last level. */
  repeatCount: z.number().int().min(0).max(10),
  /** An acknowledged alert still open after this long fires (and escalates) again. */
  ackTimeoutSeconds: seconds.nullish(),
  userEmailChannelId: uuid.nullish(),
  isDefault: z.boolean(),
};

export const createPolicySchema = z.object({ ...fields, repeatCount: fields.repeatCount.default(0), isDefault: fields.isDefault.default(false) });
export const updatePolicySchema = z.object(fields).partial();

export type CreatePolicyInput = z.infer<typeof createPolicySchema>;
export type UpdatePolicyInput = z.infer<typeof updatePolicySchema>;
