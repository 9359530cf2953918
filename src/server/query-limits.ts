import type { ApolloServerPlugin } from '@apollo/server';
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
 * The estimated cost of an operation. List fields with a `first` argument cost `first` times
 * their children. Null when the variables are invalid: execution then reports them as
 * BAD_USER_INPUT with a precise message. Rate limiting charges this against the cost budget.
 */
export function estimateComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | null | undefined,
): number | null {
  try {
    return getComplexity({
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
  } catch {
    return null;
  }
}

/** An error when the operation's estimated cost exceeds `max` (see estimateComplexity). */
export function complexityError(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | null | undefined,
  max: number,
): GraphQLError | null {
  const complexity = estimateComplexity(schema, document, variables, operationName);
  if (complexity === null || complexity <= max) return null;
  return new GraphQLError(`Query complexity ${complexity} exceeds the maximum of ${max}`, {
    extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
  });
}

/** Rejects operations whose estimated cost exceeds the budget before they run. */
export function complexityPlugin<T extends object>(schema: GraphQLSchema, max: number): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const error = complexityError(schema, document, request.variables, request.operationName, max);
          if (error) throw error;
        },
      };
    },
  };
}
