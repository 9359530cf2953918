import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { GraphQLSchema } from 'graphql';
import type { Server } from 'node:http';
import type { Config } from '../config';
import { createFormatError } from '../errors/format-error';
import { tagWithRequestLog } from './request-log';
import type { Logger } from '../logger';
import type { AppContext } from './context';
import { recordDenials } from './denials';
import { complexityPlugin, depthLimitRule } from './query-limits';
import type { RateLimitEnforcer } from '../services/ratelimit/rate-limit-enforcer';
import { rateLimitPlugin } from './rate-limit-plugin';

export function createApollo(opts: {
  schema: GraphQLSchema;
  config: Config;
  log: Logger;
  httpServer: Server;
  rateLimits: RateLimitEnforcer;
  extraPlugins?: ApolloServerPlugin<AppContext>[];
}): ApolloServer<AppContext> {
  const { schema, config, log, httpServer } = opts;
  const denialPlugin: ApolloServerPlugin<AppContext> = {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors, operationName }) {
          tagWithRequestLog(errors, contextValue);
          await recordDenials(contextValue, errors, operationName ?? null);
        },
      };
    },
  };
  // A rejected bearer token answers 401, as HTTP clients and proxies expect, whenever the
  // operation needed it (public operations with a stale header still succeed).
  const rejectedTokenPlugin: ApolloServerPlugin<AppContext> = {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (!contextValue.authz.tokenError || response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          if (errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) response.http.status = 401;
        },
      };
    },
  };
  return new ApolloServer<AppContext>({
    schema,
    introspection: config.introspection,
    // main.ts owns shutdown order (http, sockets, pools, database); Apollo must not race it.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: config.isDevelopment,
    formatError: createFormatError({ log, exposeStack: config.isDevelopment }),
    validationRules: [depthLimitRule(config.MAX_QUERY_DEPTH)],
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Responses are per viewer and never HTTP-cached; skipping the per-field hook saves real CPU.
      ApolloServerPluginCacheControlDisabled(),
      complexityPlugin(schema, config.MAX_QUERY_COMPLEXITY),
      rateLimitPlugin(schema, opts.rateLimits, config.MAX_QUERY_COMPLEXITY),
      denialPlugin,
      rejectedTokenPlugin,
      ...(opts.extraPlugins ?? []),
    ],
  });
}
