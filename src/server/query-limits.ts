import { GraphQLError, Kind, type ASTNode, type DocumentNode, type GraphQLSchema, type ValidationContext } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/**
 * The standard introspection query (graphql-js `getIntrospectionQuery`, what GraphiQL and codegen
 * send) is 14 deep through its TypeRef fragment: under `__schema`/`__type` this ceiling applies
 * when it is above `max`, so that holders of schema:introspect can load the schema at the default
 * MAX_QUERY_DEPTH. Bounded all the same, and only for those root fields.
 */
export const INTROSPECTION_MAX_DEPTH = 15;
const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

/** Refuses documents nested deeper than `max` selections (fragments followed, introspection too). */
export function depthLimitRule(max: number) {
  return (context: ValidationContext) => {
    const fragments = new Map(
      context.getDocument().definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
    );
    /** With `skipIntrospection`, root `__schema`/`__type` fields count as depth 0. */
    const depthOf = (node: ASTNode, depth: number, seen: Set<string>, skipIntrospection: boolean): number => {
      if (node.kind === Kind.FIELD) {
        if (!node.selectionSet || (skipIntrospection && depth === 0 && INTROSPECTION_ROOTS.has(node.name.value))) return depth;
        return Math.max(depth, ...node.selectionSet.selections.map((s) => depthOf(s, depth + 1, seen, skipIntrospection)));
      }
      if (node.kind === Kind.INLINE_FRAGMENT || node.kind === Kind.OPERATION_DEFINITION) {
        return Math.max(depth, ...node.selectionSet.selections.map((s) => depthOf(s, depth, seen, skipIntrospection)));
      }
      if (node.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(node.name.value);
        if (!fragment || seen.has(node.name.value)) return depth;
        const next = new Set(seen).add(node.name.value);
        return Math.max(depth, ...fragment.selectionSet.selections.map((s) => depthOf(s, depth, next, skipIntrospection)));
      }
      return depth;
    };
    const introspectionMax = Math.max(max, INTROSPECTION_MAX_DEPTH);
    const refuse = (node: ASTNode, depth: number, limit: number) =>
      context.reportError(new GraphQLError(`Query depth ${depth} exceeds the maximum of ${limit}`, { nodes: [node] }));
    return {
      OperationDefinition(node: ASTNode) {
        const ordinary = depthOf(node, 0, new Set(), true);
        if (ordinary > max) return refuse(node, ordinary, max);
        // Everything else within `max`: a deeper total can only come from the introspection fields.
        const total = depthOf(node, 0, new Set(), false);
        if (total > introspectionMax) refuse(node, total, introspectionMax);
      },
    };
  };
}

/**
 * The estimated cost of an operation, or the refusal when it cannot be estimated (invalid
 * variables, or a document the estimator gives up on). List fields with a `first` argument cost
 * `first` times their children.
 */
function measure(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | null | undefined,
): number | GraphQLError {
  // The cost is a pure function of (schema, document, operation, variables): computed once per
  // distinct call. Apollo hands every request with the same text the same cached DocumentNode,
  // so a hot query costs a map lookup here (it was ~5 % of the CPU of `{ me { id name } }`, twice:
  // once to charge the budget, once for the limit).
  const key = costKey(variables, operationName);
  let byDocument = costs.get(schema);
  if (!byDocument) costs.set(schema, (byDocument = new WeakMap()));
  let known = byDocument.get(document);
  const hit = key === null ? undefined : known?.get(key);
  if (hit !== undefined) return typeof hit === 'number' ? hit : refused(hit.message);
  const result = estimate(schema, document, variables, operationName);
  if (key !== null) {
    if (!known) byDocument.set(document, (known = new Map()));
    // Bounded per document: variables chosen by clients must not grow it without end.
    if (known.size >= MAX_COSTS_PER_DOCUMENT) known.clear();
    known.set(key, typeof result === 'number' ? result : { message: result.message });
  }
  return result;
}

const MAX_COSTS_PER_DOCUMENT = 64;
const MAX_KEY_LENGTH = 1024;
const costs = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, number | { message: string }>>>();

/** The operation and variables a cost depends on, as a string; null (not cached) when long. */
function costKey(variables: Record<string, unknown> | undefined, operationName: string | null | undefined): string | null {
  let json: string | undefined;
  try {
    json = JSON.stringify(variables ?? {});
  } catch {
    return null; // not JSON (a test calling directly): estimate afresh
  }
  if (json === undefined || json.length > MAX_KEY_LENGTH) return null;
  return `${operationName ?? ''}\u0000${json}`;
}

function estimate(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | null | undefined,
): number | GraphQLError {
  try {
    const complexity = getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      operationName: operationName ?? undefined,
      estimators: [
        fieldExtensionsEstimator(),
        ({ args, childComplexity }) =>
          typeof args.first === 'number' ? 1 + Math.max(1, args.first) * Math.max(1, childComplexity) : undefined,
        simpleEstimator({ defaultComplexity: 1 }),
      ],
    });
    return Number.isFinite(complexity) ? complexity : refused(UNESTIMATED);
  } catch (err) {
    // Variable coercion errors name the variable and are safe to show; anything else is generic.
    return refused(err instanceof GraphQLError && /^Variable "\$/.test(err.message) ? err.message : UNESTIMATED);
  }
}

/** The cost the rate limiter charges against the budget; null when it cannot be estimated. */
export function estimateComplexity(...args: Parameters<typeof measure>): number | null {
  const result = measure(...args);
  return typeof result === 'number' ? result : null;
}

/**
 * An error when the operation's cost exceeds `max`. Fails closed: an operation whose cost cannot
 * be estimated is refused, never waved through.
 */
export function complexityError(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | null | undefined,
  max: number,
): GraphQLError | null {
  const result = measure(schema, document, variables, operationName);
  if (typeof result !== 'number') return result;
  return result <= max ? null : refused(`Query complexity ${result} exceeds the maximum of ${max}`);
}

const UNESTIMATED = 'The cost of this operation could not be estimated, so it was refused';
const refused = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
