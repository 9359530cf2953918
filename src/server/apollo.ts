import { ApolloServer, type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { Server } from 'node:http';
import type { Config } from '../config';
import { createFormatError } from '../errors/format-error';
import { tagWithRequestLog } from './request-log';
import type { Logger } from '../logger';
import type { AppContext } from './context';
import { recordDenials } from './denials';
import type { PermissionMap } from '../authz/rule-spec';
import { isAppError } from '../errors/app-error';
import { documentParseOptions, documentValidationRules } from './document-limits';
import { gateOperation } from './operation-gate';
import type { RateLimitEnforcer } from '../services/ratelimit/rate-limit-enforcer';
import { chargesInFlight, rateLimitPlugin } from './rate-limit-plugin';
import { refusalHead, unavailableStatusPlugin } from './http-errors';
import { legacyJsonStatusPlugin } from './legacy-json-status';
import { suggestionsPlugin } from './introspection-gate';
import { createJitExecutor, jitGateway } from './jit-executor';

/**
 * Apollo's CSRF guard refuses requests a browser could send cross-origin without a preflight:
 * they need a JSON content-type or one of these headers. `authorization` counts, because it forces
 * a preflight too (and a request without it carries no credentials here): so GET queries from
 * browser clients such as urql work with just their bearer token.
 */
export const CSRF_PREFLIGHT_HEADERS = ['authorization', 'apollo-require-preflight', 'x-apollo-operation-name'];

export function createApollo(opts: {
  schema: GraphQLSchema;
  config: Config;
  log: Logger;
  httpServer: Server;
  permissionMap: PermissionMap;
  rateLimits: RateLimitEnforcer;
  extraPlugins?: ApolloServerPlugin<AppContext>[];
}): ApolloServer<AppContext> {
  const { schema, config, log, httpServer } = opts;
  // Before any field runs: root-field count, authorization of every root field, cost.
  // Listeners without per-request state are built once and handed to every request (no closures per request).
  const gateListener: GraphQLRequestListener<AppContext> = {
    async didResolveOperation({ request, document, contextValue, operationName }) {
      // Over the rate limit: that plugin answers (429) and nothing else about the operation matters.
      if ((await chargesInFlight.get(contextValue))?.refusal) return;
      const refusal = gateOperation({
        schema,
        document,
        operationName: operationName ?? null,
        variables: request.variables,
        authz: contextValue.authz,
        permissionMap: opts.permissionMap,
        limits: { maxRootFields: config.MAX_ROOT_FIELDS, maxComplexity: config.MAX_QUERY_COMPLEXITY },
        transport: 'http',
        introspection: config.introspection,
      });
      if (!refusal) return;
      const original = refusal.originalError;
      if (isAppError(original)) {
        // Recorded as a denial by didEncounterErrors below, like any FORBIDDEN.
        const http = refusalHead(original.code, contextValue.authz.tokenError !== null);
        throw new GraphQLError(refusal.message, { path: refusal.path, originalError: original, extensions: { http } });
      }
      throw refusal;
    },
  };
  const gatePlugin: ApolloServerPlugin<AppContext> = { requestDidStart: async () => gateListener };
  const denialListener: GraphQLRequestListener<AppContext> = {
    async didEncounterErrors({ contextValue, errors, operationName }) {
      tagWithRequestLog(errors, contextValue);
      await recordDenials(contextValue, errors, operationName ?? null);
    },
  };
  const denialPlugin: ApolloServerPlugin<AppContext> = { requestDidStart: async () => denialListener };
  return new ApolloServer<AppContext>({
    // GRAPHQL_JIT: Apollo 5's only door to a custom executor is a (one-schema) gateway.
    ...(config.GRAPHQL_JIT ? { gateway: jitGateway(schema, createJitExecutor(schema, log, config.GRAPHQL_JIT_CACHE_SIZE)) } : { schema }),
    // Always on for Apollo: who may introspect is decided per request by the operation gate.
    introspection: true,
    csrfPrevention: { requestHeaders: CSRF_PREFLIGHT_HEADERS },
    // main.ts owns shutdown order (http, sockets, pools, database); Apollo must not race it.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: config.isDevelopment,
    formatError: createFormatError({ log, exposeStack: config.isDevelopment, hideSuggestions: config.introspection !== 'everyone' }),
    parseOptions: documentParseOptions(config),
    validationRules: documentValidationRules(config),
    plugins: [
      // Apollo's landing page loads from a CDN: browsers get our self-hosted explorer (explorer.ts) instead.
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Responses are per viewer and never HTTP-cached; skipping the per-field hook saves real CPU.
      ApolloServerPluginCacheControlDisabled(),
      // Before the gate: its didResolveOperation starts the charge the gate then waits for.
      rateLimitPlugin(schema, opts.rateLimits, config.MAX_QUERY_COMPLEXITY),
      gatePlugin,
      denialPlugin,
      unavailableStatusPlugin,
      legacyJsonStatusPlugin,
      suggestionsPlugin(config.introspection),
      ...(opts.extraPlugins ?? []),
    ],
  });
}
