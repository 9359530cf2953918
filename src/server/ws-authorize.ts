import { GraphQLError, Kind, OperationTypeNode, type DocumentNode } from 'graphql';
import type { Authorizer } from '../authz/authorizer';
import type { PermissionMap, RootType } from '../authz/rule-spec';

const ROOT_OF: Record<OperationTypeNode, RootType> = {
  [OperationTypeNode.QUERY]: 'Query',
  [OperationTypeNode.MUTATION]: 'Mutation',
  [OperationTypeNode.SUBSCRIPTION]: 'Subscription',
};

/**
 * The same rule map as shield, applied to each root field of the operation before it starts:
 * shield never sees `subscribe`, so this is where a subscription is refused at open time.
 */
export function authorizeRootFields(
  document: DocumentNode,
  operationName: string | null,
  map: PermissionMap,
  authz: Authorizer,
): GraphQLError | null {
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return null;
  const root = ROOT_OF[operation.operation];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || selection.name.value.startsWith('__')) continue;
    const spec = map[root][selection.name.value];
    try {
      if (!spec) throw new GraphQLError('Not allowed');
      authz.assertRule(spec);
    } catch (e) {
      return new GraphQLError((e as Error).message, { path: [selection.name.value], originalError: e as Error });
    }
  }
  return null;
}
