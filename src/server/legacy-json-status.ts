import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';

const JSON_TYPE = 'application/json';
const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json';
type Candidate = typeof JSON_TYPE | typeof GRAPHQL_RESPONSE_TYPE;

interface Range {
  type: string;
  subtype: string;
  q: number;
  index: number;
}

function parseAccept(accept: string): Range[] {
  return accept.split(',').flatMap((part, index) => {
    const [range = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    const [type, subtype] = range.split('/');
    if (!type || !subtype) return [];
    const qParam = params.find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    return [{ type, subtype, q: Number.isFinite(q) ? q : 0, index }];
  });
}

/** The client's weight for one media type: its most specific matching range decides (RFC 9110). */
function weigh(ranges: Range[], candidate: Candidate) {
  const [type, subtype] = candidate.split('/') as [string, string];
  let best: { q: number; specificity: number; index: number } | null = null;
  for (const r of ranges) {
    const specificity = r.type === type && r.subtype === subtype ? 3 : r.type === type && r.subtype === '*' ? 2 : r.type === '*' ? 1 : 0;
    if (specificity === 0 || (best && best.specificity >= specificity)) continue;
    best = { q: r.q, specificity, index: r.index };
  }
  return best;
}

/**
 * The media type Apollo answers a single result with, decided the way it does (negotiator over
 * [application/json, application/graphql-response+json]): client weight, then specificity, then
 * the client's order, and application/json on a full tie or without an Accept header. Null: neither.
 */
export function negotiateResponseType(accept: string | undefined): Candidate | null {
  if (!accept || accept.trim() === '') return JSON_TYPE;
  const ranges = parseAccept(accept);
  const scored = ([JSON_TYPE, GRAPHQL_RESPONSE_TYPE] as const)
    .map((candidate, order) => ({ candidate, order, weight: weigh(ranges, candidate) }))
    .filter((c) => c.weight !== null && c.weight.q > 0);
  scored.sort((a, b) => b.weight!.q - a.weight!.q || b.weight!.specificity - a.weight!.specificity || a.weight!.index - b.weight!.index || a.order - b.order);
  return scored[0]?.candidate ?? null;
}

/**
 * Codes of errors about the document (Apollo's parse and validation failures, variable coercion,
 * and the gate's own refusals of a valid document), as opposed to a malformed HTTP request.
 */
const DOCUMENT_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/**
 * GraphQL over HTTP: a client that only understands `application/json` cannot tell a GraphQL
 * error from a broken server by status, so well-formed requests that fail to parse, validate or
 * coerce their variables answer 200 with the errors (the spec's SHOULD). `application/graphql-response+json`
 * clients keep the 400. Authentication (401/403), rate limits (429), 405 and 503 keep their status:
 * they are about the HTTP request, not the document.
 */
const legacyJsonStatusListener: GraphQLRequestListener<BaseContext> = {
      async willSendResponse({ request, response, errors }) {
        if (response.body.kind !== 'single' || response.http.status !== 400) return;
        if (response.body.singleResult.data !== undefined) return;
        // A request that is not well-formed (no `query`, a non-string one) stays 400, as the spec says.
        if (!errors?.length || !errors.every((e) => DOCUMENT_ERROR_CODES.has(String(e.extensions?.code)))) return;
        if (negotiateResponseType(request.http?.headers.get('accept')) !== JSON_TYPE) return;
        response.http.status = 200;
        // Set here so that the type answered is the one this decision assumed.
        response.http.headers.set('content-type', 'application/json; charset=utf-8');
      },
};

/** Stateless: one listener for every request. */
export const legacyJsonStatusPlugin: ApolloServerPlugin = { requestDidStart: async () => legacyJsonStatusListener };
