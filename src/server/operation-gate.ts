import { GraphQLError, OperationTypeNode, type DocumentNode } from 'graphql';
import type { Authorizer } from '../authz/authorizer';
import type { PermissionMap } from '../authz/rule-spec';
import type { IntrospectionPolicy } from '../config';
import { introspectionRefusal } from './introspection-gate';
import { complexityError } from './query-limits';
import { authorizeFields, rootFields, rootTypeOf, selectedOperation } from './root-fields';

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
  /** Who may select `__schema`/`__type` (config.introspection). */
  introspection: IntrospectionPolicy;
}): GraphQLError | null {
  const { document, operationName } = opts;
  const operation = selectedOperation(document, operationName);
  if (opts.transport === 'http' && operation?.operation === OperationTypeNode.SUBSCRIPTION) {
    return badRequest('Subscriptions are served over WebSocket (graphql-transport-ws) on this same /graphql path, not over HTTP');
  }
  // Computed once: counted against the cap, then authorized.
  const fields = operation ? rootFields(document, operation.selectionSet) : [];
  if (fields && fields.length > opts.limits.maxRootFields) {
    return badRequest(`The operation selects ${fields.length} root fields; the maximum is ${opts.limits.maxRootFields}`);
  }
  return (
    (fields ? introspectionRefusal(opts.introspection, fields, opts.authz) : null) ??
    (operation ? authorizeFields(rootTypeOf(operation), fields, opts.permissionMap, opts.authz) : null) ??
    complexityError(opts.schema, document, opts.variables, operationName, opts.limits.maxComplexity)
  );
}

const badRequest = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
