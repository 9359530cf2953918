import type { GraphQLError } from 'graphql';
import { isAppError } from '../errors/app-error';
import type { AppContext } from './context';

/** Every FORBIDDEN answer is written to the audit trail, in its own transaction. */
export async function recordDenials(ctx: AppContext | undefined, errors: readonly GraphQLError[], operationName: string | null) {
  if (!ctx) return;
  const denied = errors.filter((e) => isAppError(e.originalError) && e.originalError.code === 'FORBIDDEN');
  for (const error of denied) {
    try {
      await ctx.services.audit.recordStandalone({
        action: 'access.denied',
        outcome: 'DENIED',
        metadata: { path: error.path?.join('.') ?? null, operationName, reason: error.message },
      });
      await ctx.services.threats.forbidden();
    } catch (err) {
      ctx.log.error({ err }, 'could not record a denied attempt');
    }
  }
}
