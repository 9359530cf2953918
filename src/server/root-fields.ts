import { GraphQLError, Kind, OperationTypeNode, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Authorizer } from '../authz/authorizer';
import type { PermissionMap, RootType } from '../authz/rule-spec';

const ROOT_OF: Record<OperationTypeNode, RootType> = {
  [OperationTypeNode.QUERY]: 'Query',
  [OperationTypeNode.MUTATION]: 'Mutation',
  [OperationTypeNode.SUBSCRIPTION]: 'Subscription',
};

/** The operation a request runs: the named one, or the only one. */
export function selectedOperation(document: DocumentNode, operationName: string | null): OperationDefinitionNode | undefined {
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  return operation?.kind === Kind.OPERATION_DEFINITION ? operation : undefined;
}

export const rootTypeOf = (operation: OperationDefinitionNode): RootType => ROOT_OF[operation.operation];

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
  const operation = selectedOperation(document, operationName);
  if (!operation) return null;
  return authorizeFields(rootTypeOf(operation), rootFields(document, operation.selectionSet), map, authz);
}

/** One check per distinct root field name (a thousand aliases of one field cost one check). */
export function authorizeFields(
  root: RootType,
  fields: FieldNode[] | null,
  map: PermissionMap,
  authz: Authorizer,
): GraphQLError | null {
  // Validation runs first and rejects unknown fragments; refuse rather than skip what cannot be checked.
  if (!fields) return new GraphQLError('The operation spreads an unknown fragment');
  const checked = new Set<string>();
  for (const field of fields) {
    if (field.name.value.startsWith('__') || checked.has(field.name.value)) continue;
    checked.add(field.name.value);
    const spec = map[root][field.name.value];
    try {
      if (!spec) throw new GraphQLError('Not allowed');
      authz.assertRule(spec);
    } catch (e) {
      return new GraphQLError((e as Error).message, { path: [field.name.value], originalError: e as Error });
    }
  }
  return null;
}

/** Names of the root fields the operation selects (fragments expanded), for rate-limit policies. */
export function rootFieldNames(document: DocumentNode, operationName: string | null): string[] {
  const operation = selectedOperation(document, operationName);
  return operation ? (rootFields(document, operation.selectionSet) ?? []).map((f) => f.name.value) : [];
}

/**
 * Every field the operation selects on its root type, including those inside inline fragments
 * (`... on Subscription { x }`) and fragment spreads: each of them is executed like a direct one.
 * Fields under @skip/@include are checked too (denying what might not run is the safe side).
 */
export function rootFields(document: DocumentNode, selectionSet: SelectionSetNode): FieldNode[] | null {
  // A selection set belongs to one document (Apollo reuses the parsed document of a known text):
  // its root fields are collected once, not on every request and then again for rate limiting.
  const known = rootFieldsOf.get(selectionSet);
  if (known !== undefined) return known;
  const fields = collectRootFields(document, selectionSet);
  rootFieldsOf.set(selectionSet, fields);
  return fields;
}

const rootFieldsOf = new WeakMap<SelectionSetNode, FieldNode[] | null>();

function collectRootFields(document: DocumentNode, selectionSet: SelectionSetNode): FieldNode[] | null {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const fields: FieldNode[] = [];
  const visited = new Set<string>();
  const pending: SelectionSetNode[] = [selectionSet];
  while (pending.length > 0) {
    for (const selection of pending.pop()!.selections) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) pending.push(selection.selectionSet);
      else if (!visited.has(selection.name.value)) {
        // Fragment spreads may repeat or (in an invalid document) form cycles: visit each once.
        visited.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (!fragment) return null;
        pending.push(fragment.selectionSet);
      }
    }
  }
  return fields;
}
