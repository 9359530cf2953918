import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { RequestMeta } from '../services/shared/service-context';
import type { Authorizer } from '../authz/authorizer';
import type { LimitOutcome, RateLimitEnforcer } from '../services/ratelimit/rate-limit-enforcer';
import type { AppContext } from './context';
import { estimateComplexity } from './query-limits';
import { rootFieldNames } from './root-fields';

/** A structured-field string (RFC 8941): quotes and backslashes escaped, nothing outside ASCII. */
const sfString = (s: string) => `"${s.replace(/[^\x20-\x7e]/g, '?').replace(/["\\]/g, (c) => `\\${c}`)}"`;

/**
 * draft-ietf-httpapi-ratelimit-headers (`RateLimit-Policy`, `RateLimit`, one item per counter the
 * request was charged against), the older `RateLimit-Limit/Remaining/Reset` trio for the tightest
 * counter, and `Retry-After` when refused.
 */
export function rateLimitHeaders(outcome: LimitOutcome): Array<[string, string]> {
  if (outcome.states.length === 0) return [];
  const item = (s: LimitOutcome['states'][number]) => sfString(`${s.limit.kind}:${s.limit.policy}`);
  const headers: Array<[string, string]> = [
    ['ratelimit-policy', outcome.states.map((s) => `${item(s)};q=${s.limit.points};w=${s.limit.windowSeconds}`).join(', ')],
    ['ratelimit', outcome.states.map((s) => `${item(s)};r=${s.remaining};t=${s.resetSeconds}`).join(', ')],
  ];
  const tightest = outcome.states[0]!;
  headers.push(['ratelimit-limit', String(tightest.limit.points)], ['ratelimit-remaining', String(tightest.remaining)], ['ratelimit-reset', String(tightest.resetSeconds)]);
  const retryAfter = outcome.refusal?.details.retryAfter;
  if (retryAfter) headers.push(['retry-after', String(retryAfter)]);
  return headers;
}

/** Charges one operation (HTTP or WebSocket) against the caller's limits and cost budget. */
export async function chargeOperation(
  enforcer: RateLimitEnforcer,
  opts: { schema: GraphQLSchema; maxComplexity: number; authz: Authorizer; meta: RequestMeta; document: DocumentNode | null; variables?: Record<string, unknown> | null; operationName?: string | null },
): Promise<LimitOutcome> {
  const { document } = opts;
  const cost = document ? estimateComplexity(opts.schema, document, opts.variables ?? undefined, opts.operationName) : null;
  return enforcer.check({
    viewer: opts.authz.viewer,
    ip: opts.meta.ip,
    rootFields: document ? rootFieldNames(document, opts.operationName ?? null) : [],
    // Over the maximum, the complexity limit refuses it: charging the budget would punish twice.
    cost: cost !== null && cost <= opts.maxComplexity ? cost : null,
  });
}

export function refusalError(outcome: LimitOutcome): GraphQLError | null {
  if (!outcome.refusal) return null;
  return new GraphQLError(outcome.refusal.message, { originalError: outcome.refusal, extensions: { http: { status: 429 } } });
}

/**
 * The charge of each HTTP request in flight, by its context: the operation gate waits for it, so a
 * caller over their limit is told RATE_LIMITED (429) before anything else about the operation.
 */
export const chargesInFlight = new WeakMap<object, Promise<LimitOutcome>>();

/**
 * Rate limits on HTTP: every operation is charged once its document is known (root fields and
 * complexity); documents that never parse or validate are still charged a request. Limited
 * requests answer 429 with Retry-After; every charged response carries the RateLimit headers.
 */
export function rateLimitPlugin(schema: GraphQLSchema, enforcer: RateLimitEnforcer, maxComplexity: number): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      let outcome: LimitOutcome | null = null;
      // Apollo runs every plugin's didResolveOperation at once: another one failing (complexity)
      // reaches didEncounterErrors while this charge is still in flight; it must not charge twice.
      let charging: Promise<LimitOutcome> | null = null;
      const charge = (ctx: AppContext, document: DocumentNode | null, variables?: Record<string, unknown> | null, operationName?: string | null) => {
        if (charging) return charging;
        charging = chargeOperation(enforcer, { schema, maxComplexity, authz: ctx.authz, meta: ctx.meta, document, variables, operationName }).then(
          (result) => (outcome = result),
          (err: unknown) => {
            ctx.log.warn({ err }, 'rate limiting failed; request served uncounted');
            return (outcome = { states: [], refusal: null });
          },
        );
        chargesInFlight.set(ctx, charging);
        return charging;
      };
      return {
        async didResolveOperation({ contextValue, document, request }) {
          const error = refusalError(await charge(contextValue, document, request.variables, request.operationName));
          if (error) throw error;
        },
        async didEncounterErrors({ contextValue }) {
          await charge(contextValue, null);
        },
        async willSendResponse({ response }) {
          if (!outcome) return;
          for (const [name, value] of rateLimitHeaders(outcome)) response.http.headers.set(name, value);
        },
      };
    },
  };
}
