import type { GraphQLError } from 'graphql';
import { requestLogOf, unwrap } from '../errors/format-error';
import type { AppContext } from './context';

/** Lets formatError log these errors with the request's logger (and so its request id). */
export function tagWithRequestLog(errors: readonly GraphQLError[], ctx: AppContext | undefined): void {
  if (!ctx) return;
  for (const error of errors) {
    const original = unwrap(error);
    if (typeof original === 'object' && original !== null) requestLogOf.set(original, ctx.log);
  }
}
