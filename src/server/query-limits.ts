import { GraphQLError, Kind, type ASTNode, type DocumentNode, type GraphQLSchema, type ValidationContext } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/** Refuses documents nested deeper than `max` selections (fragments followed, introspection too). */
export function depthLimitRule(max: number) {
  return (context: ValidationContext) => {
    const fragments = new Map(
      context.getDocument().definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
    );
    const depthOf = (node: ASTNode, depth: number, seen: Set<string>): number => {
      if (node.kind === Kind.FIELD) {
        if (!node.selectionSet) return depth;
        return Math.max(depth, ...node.selectionSet.selections.map((s) => depthOf(s, depth + 1, seen)));
      }
      if (node.kind === Kind.INLINE_FRAGMENT || node.kind === Kind.OPERATION_DEFINITION) {
        return Math.max(depth, ...node.selectionSet.selections.map((s) => depthOf(s, depth, seen)));
      }
      if (node.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(node.name.value);
        if (!fragment || seen.has(node.name.value)) return depth;
        const next = new Set(seen).add(node.name.value);
        return Math.max(depth, ...fragment.selectionSet.selections.map((s) => depthOf(s, depth, next)));
      }
      return depth;
    };
    return {
      OperationDefinition(node: ASTNode) {
        const depth = depthOf(node, 0, new Set());
        if (depth > max) context.reportError(new GraphQLError(`Query depth ${depth} exceeds the maximum of ${max}`, { nodes: [node] }));
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
