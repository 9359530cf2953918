import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError, type FieldNode } from 'graphql';
import { suggestionsAllowed } from '../errors/format-error';
import type { AppContext } from './context';
import { MFA_ENROLMENT_MESSAGE, type Authorizer } from '../authz/authorizer';
import { can } from '../authz/rule-spec';
import type { IntrospectionPolicy } from '../config';
import { AppError } from '../errors/app-error';

/** The two root fields that read the schema; `__typename` tells nothing about it and stays open. */
const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

export const INTROSPECTION_PERMISSION_MESSAGE =
  'Introspection needs the schema:introspect permission (held by the Developer set and up), or GRAPHQL_INTROSPECTION=true on the server';
export const INTROSPECTION_SIGN_IN_MESSAGE =
  'Introspection needs a signed-in caller holding the schema:introspect permission, or GRAPHQL_INTROSPECTION=true on the server';
export const INTROSPECTION_OFF_MESSAGE = 'Introspection is turned off on this server (GRAPHQL_INTROSPECTION=false)';

/** May this caller introspect? The same answer decides whether error messages may suggest field names. */
export function mayIntrospect(policy: IntrospectionPolicy, authz: Authorizer): boolean {
  if (policy !== 'permission') return policy === 'everyone';
  return permissionRefusal(authz) === null;
}

/** The same check as a root field mapped to `can('schema:introspect')` (a pending MFA enrolment refuses too). */
function permissionRefusal(authz: Authorizer): AppError | null {
  if (!authz.viewer) return new AppError('UNAUTHENTICATED', INTROSPECTION_SIGN_IN_MESSAGE);
  try {
    authz.assertRule(can('schema:introspect'));
    return null;
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return err.message === MFA_ENROLMENT_MESSAGE ? err : new AppError('FORBIDDEN', INTROSPECTION_PERMISSION_MESSAGE);
  }
}

/**
 * Per request, not per server: `__schema`/`__type` among the operation's root fields (fragments
 * expanded by the caller) need the viewer's schema:introspect, unless the operator opened or
 * closed introspection for everyone. Runs in the operation gate, so HTTP and WebSocket agree.
 */
export function introspectionRefusal(policy: IntrospectionPolicy, rootFields: readonly FieldNode[], authz: Authorizer): GraphQLError | null {
  const field = rootFields.find((f) => INTROSPECTION_FIELDS.has(f.name.value));
  if (!field || policy === 'everyone') return null;
  const error = policy === 'nobody' ? new AppError('FORBIDDEN', INTROSPECTION_OFF_MESSAGE) : permissionRefusal(authz);
  if (!error) return null;
  return new GraphQLError(error.message, { path: [field.alias?.value ?? field.name.value], originalError: error });
}

/**
 * Keeps "Did you mean …" in the errors of callers who may introspect (a Developer's typo), and only
 * theirs: formatError strips suggestions from every error not marked here.
 */
export function suggestionsPlugin(policy: IntrospectionPolicy): ApolloServerPlugin<AppContext> {
  // Stateless: one listener for every request.
  const listener: GraphQLRequestListener<AppContext> = {
    async didEncounterErrors({ contextValue, errors }) {
      if (!mayIntrospect(policy, contextValue.authz)) return;
      for (const error of errors) suggestionsAllowed.add(error);
    },
  };
  return { requestDidStart: async () => listener };
}

/** The WebSocket's validation errors are cached across callers: a marked copy for one who may introspect. */
export function withSuggestionsFor(policy: IntrospectionPolicy, authz: Authorizer, errors: readonly GraphQLError[]): readonly GraphQLError[] {
  if (!mayIntrospect(policy, authz)) return errors;
  return errors.map((e) => {
    const copy = new GraphQLError(e.message, { nodes: e.nodes, source: e.source, positions: e.positions, path: e.path, originalError: e.originalError, extensions: e.extensions });
    suggestionsAllowed.add(copy);
    return copy;
  });
}
