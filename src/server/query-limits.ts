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
 * The estimated cost of an operation, or an error when it exceeds `max`. List fields with a
 * `first` argument cost `first` times their children. Fails closed: when the estimate cannot be
 * made (invalid variables, or a document the estimator gives up on), the operation is refused.
 */
export function complexityError(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | null | undefined,
  max: number,
): GraphQLError | null {
  let complexity: number;
  try {
    complexity = getComplexity({
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
  } catch (err) {
    // Variable coercion errors name the variable and are safe to show; anything else is generic.
    const message = err instanceof GraphQLError && /^Variable "\$/.test(err.message)
      ? err.message
      : 'The cost of this operation could not be estimated, so it was refused';
    return refused(message);
  }
  if (!Number.isFinite(complexity)) return refused('The cost of this operation could not be estimated, so it was refused');
  if (complexity <= max) return null;
  return refused(`Query complexity ${complexity} exceeds the maximum of ${max}`);
}

const refused = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
