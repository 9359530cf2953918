import { GraphQLError, Kind, OperationTypeNode, type DocumentNode } from 'graphql';
import type { Authorizer } from '../authz/authorizer';
import type { PermissionMap } from '../authz/rule-spec';
import { complexityError } from './query-limits';
import { authorizeRootFields, countRootFields } from './ws-authorize';

export interface GateLimits {
  maxRootFields: number;
  maxComplexity: number;
}

/**
 * What every operation passes before any field runs, on HTTP and WebSocket: a bounded number of
 * root fields, every root field reachable by the caller (one refusal for the whole operation, so
 * thousands of denied aliases cost one check, not thousands of resolver errors), and a cost within
 * budget. Returns the refusal, or null.
 */
export function gateOperation(opts: {
  schema: Parameters<typeof complexityError>[0];
  document: DocumentNode;
  operationName: string | null;
  variables: Record<string, unknown> | undefined;
  authz: Authorizer;
  permissionMap: PermissionMap;
  limits: GateLimits;
  /** HTTP serves queries and mutations only; subscriptions belong on the WebSocket. */
  transport: 'http' | 'ws';
}): GraphQLError | null {
  const { document, operationName } = opts;
  if (opts.transport === 'http' && operationOf(document, operationName)?.operation === OperationTypeNode.SUBSCRIPTION) {
    return badRequest('Subscriptions are served over WebSocket (graphql-transport-ws) on this same /graphql path, not over HTTP');
  }
  const roots = countRootFields(document, operationName);
  if (roots > opts.limits.maxRootFields) {
    return badRequest(`The operation selects ${roots} root fields; the maximum is ${opts.limits.maxRootFields}`);
  }
  return (
    authorizeRootFields(document, operationName, opts.permissionMap, opts.authz) ??
    complexityError(opts.schema, document, opts.variables, operationName, opts.limits.maxComplexity)
  );
}

function operationOf(document: DocumentNode, operationName: string | null) {
  const op = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  return op?.kind === Kind.OPERATION_DEFINITION ? op : undefined;
}

const badRequest = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
