import { createServer, type Server } from 'node:http';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Config } from '../config';
import { createFormatError } from '../errors/format-error';
import { isAppError } from '../errors/app-error';
import type { Logger } from '../logger';
import { permissionMap } from '../resolvers';
import type { ServiceDeps } from '../services';
import { createApollo } from './apollo';
import { bearerToken, buildContext, requestIdFrom, requestMeta, resolveViewer, type AppContext } from './context';
import { bodyErrorHandler, unavailableHttpError } from './http-errors';
import { isDatabaseUnavailable } from '../errors/unavailable';
import { buildAppSchema } from './schema';
import { attachWebSocketServer } from './ws';
import { compileTrust } from './client-ip';
import { metricsHandler } from '../metrics/metrics-route';
import { operationMetricsPlugin } from '../metrics/operation-metrics';
import { openWebSockets } from '../metrics/registry';
import { startTracing, traceRequests } from '../telemetry/tracing';
import { tracingPlugin } from '../telemetry/tracing-plugin';
import type { ErrorRecorder } from '../services/errors/error-recorder';
import type { Readiness } from './readiness';
import { corsMiddleware } from './cors';
import { explorerRouter } from './explorer';
import { listen, listeningMessage, serverUrls } from './listen';
import { alertsIntakeRouter } from './alerts-intake-route';
import { reportsArtifactRouter } from './reports-artifact-route';

export interface RunningApp {
  httpServer: Server;
  port: number;
  close(): Promise<void>;
}

/** HTTP + WebSocket front: /graphql (both), /healthz, /readyz. */
export async function startHttp(opts: {
  config: Config;
  deps: ServiceDeps;
  log: Logger;
  ready: () => Promise<Readiness>;
  /** Takes the classified errors of each operation for errorStats (written off the request path). */
  errorRecorder: ErrorRecorder;
}): Promise<RunningApp> {
  const { config, deps, log } = opts;
  const baseLog = log;
  const schema = await buildAppSchema();
  const app = express();
  app.disable('x-powered-by');
  const trust = compileTrust(config.TRUST_PROXY);
  app.set('trust proxy', trust);
  const httpServer = createServer(app);
  const formatError = createFormatError({ log, exposeStack: config.isDevelopment, hideSuggestions: config.introspection !== 'everyone' });
  const tracing = startTracing(config);
  const { errorRecorder } = opts;
  const apollo = createApollo({
    schema,
    config,
    log,
    httpServer,
    permissionMap,
    rateLimits: deps.rateLimits,
    extraPlugins: [operationMetricsPlugin((errors) => errorRecorder.record(errors)), ...(tracing ? [tracingPlugin(tracing)] : [])],
  });
  const ws = attachWebSocketServer({
    httpServer,
    schema,
    deps,
    permissionMap,
    formatError: (e) => formatError(e.toJSON(), e) as never,
    config,
    trust,
    log,
  });
  const stopCountingSockets = openWebSockets.sources.add(ws.openSockets);
  await apollo.start();

  // A request id on the response and on every log line of the request (the context's child
  // logger carries it); one access line per request.
  app.use((req, res, next) => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    // The access line is an info line: below that level a request pays for no listener or clock.
    if (!log.isLevelEnabled('info')) return next();
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      const path = req.originalUrl.split('?')[0];
      const traceId = res.locals.traceId as string | undefined;
      log.info({ requestId, ...(traceId && { traceId }), method: req.method, path, status: res.statusCode, durationMs: +durationMs.toFixed(2) }, 'request');
    });
    next();
  });

  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/metrics', metricsHandler(config.METRICS_TOKEN));
  // Bounded probes (src/server/readiness.ts): answers within a second, naming what is down.
  app.get('/readyz', async (_req, res) => {
    const readiness = await opts.ready().catch((): Readiness => ({ ready: false, dependencies: { database: 'down' } }));
    const status = !readiness.ready ? 'unavailable' : readiness.degraded ? 'degraded' : 'ready';
    res.status(readiness.ready ? 200 : 503).json({ status, ...readiness.dependencies });
  });

  // Alertmanager-compatible alert intake (Prometheus' notifier posts here).
  app.use(alertsIntakeRouter(deps, config, log));
  // Report files: bearer token or a short-lived signed link (src/server/reports-artifact-route.ts).
  app.use(reportsArtifactRouter(deps, log));

  // Browsers: CORS for the configured origins, and the self-hosted explorer for page loads.
  const cors = corsMiddleware(config.CORS_ORIGINS);
  if (cors) app.use('/graphql', cors);
  app.use('/graphql', explorerRouter());
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    ...(tracing ? [traceRequests(tracing)] : []),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<AppContext> => {
        const meta = requestMeta(req.ip, req.headers['user-agent'], res.locals.requestId as string);
        // With tracing on, every log line of the request carries its trace id too.
        const traceId = res.locals.traceId as string | undefined;
        const log = traceId ? baseLog.child({ traceId }) : baseLog;
        const token = bearerToken(req.headers.authorization);
        if (!token) return buildContext(deps, null, meta, log);
        try {
          return buildContext(deps, await resolveViewer(deps, token, meta), meta, log);
        } catch (err) {
          // The session lookup needs PostgreSQL: while it is away, a typed 503, not a 500.
          if (isDatabaseUnavailable(err)) throw unavailableHttpError();
          if (!isAppError(err)) throw err;
          return buildContext(deps, null, meta, log, err);
        }
      },
    }),
  );
  app.use(bodyErrorHandler);

  const port = await listen(httpServer, config.PORT, config.HOST).catch(async (err: unknown) => {
    await ws.close().catch(() => undefined);
    await apollo.stop().catch(() => undefined);
    stopCountingSockets();
    await tracing?.shutdown().catch(() => undefined);
    throw err;
  });
  const urls = serverUrls(config.HOST, port);
  log.info({ port, urls }, listeningMessage(urls));

  return {
    httpServer,
    port,
    async close() {
      await ws.close();
      await apollo.stop();
      stopCountingSockets();
      await tracing?.shutdown();
    },
  };
}
