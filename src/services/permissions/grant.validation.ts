import { z } from 'zod';
import { isActionPattern, type ActionPattern } from '../../authz/catalogue';
import type { Grant, GrantScope } from '../../authz/grant.types';
import { nulFree, safeString } from '../shared/text';

const labelSelector = nulFree(
  z
    .record(safeString().min(1).max(63), safeString().max(200))
    .refine((s) => Object.keys(s).length > 0, 'must name at least one label')
    .refine((s) => Object.keys(s).length <= 16, 'must have at most 16 labels'),
);

export const scopeSchema = z
  .object({
    kind: z.enum(['ALL', 'IDS', 'LABELS', 'SELF']),
    ids: z.array(safeString().min(1).max(200)).max(500).optional(),
    labels: labelSelector.optional(),
  })
  .transform((s, ctx): GrantScope => {
    if (s.kind === 'IDS') {
      if (!s.ids?.length) ctx.addIssue({ code: 'custom', message: 'must list at least one id for an IDS scope', path: ['ids'] });
      return { kind: 'IDS', ids: [...new Set(s.ids ?? [])] };
    }
    if (s.kind === 'LABELS') {
      if (!s.labels) ctx.addIssue({ code: 'custom', message: 'must be given for a LABELS scope', path: ['labels'] });
      return { kind: 'LABELS', selector: s.labels ?? {} };
    }
    return { kind: s.kind };
  });

export const grantSchema = z
  .object({
    effect: z.enum(['ALLOW', 'DENY']),
    action: z.string().refine(isActionPattern, 'is not an action from the catalogue (e.g. users:read, users:*, *)'),
    scope: scopeSchema,
    validFrom: z.date().optional(),
    validUntil: z.date().optional(),
  })
  .refine((g) => !g.validFrom || !g.validUntil || g.validFrom < g.validUntil, {
    message: 'must be after validFrom',
    path: ['validUntil'],
  })
  .transform(
    (g): Grant => ({
      effect: g.effect,
      action: g.action as ActionPattern,
      scope: g.scope,
      validFrom: g.validFrom ?? null,
      validUntil: g.validUntil ?? null,
    }),
  );

export const grantsSchema = z.array(grantSchema).max(500, 'must have at most 500 grants');

export const setNameSchema = safeString().trim().min(1, 'must not be empty').max(100);
export const setDescriptionSchema = safeString().trim().max(1000);

export const createSetSchema = z.object({
  name: setNameSchema,
  description: setDescriptionSchema.optional(),
  grants: grantsSchema.optional(),
  parentIds: z.array(z.uuid('is not a permission set id')).max(20).optional(),
  requireMfa: z.boolean().optional(),
});

export const updateSetSchema = z.object({
  name: setNameSchema.optional(),
  description: setDescriptionSchema.optional(),
  grants: grantsSchema.optional(),
  requireMfa: z.boolean().optional(),
});

export const delegationSchema = z.object({
  delegateeId: z.uuid('is not a user id'),
  // Delegations store no per-grant window (it would be silently dropped and outlive what was meant).
  grants: z
    .array(grantSchema.refine((g) => !g.validFrom && !g.validUntil, 'must not set validFrom or validUntil: a delegation ends at expiresAt'))
    .min(1, 'must hold at least one grant')
    .max(100),
  expiresAt: z.date().refine((d) => d.getTime() > Date.now(), 'must be in the future'),
  reason: safeString().trim().max(500).optional(),
});
