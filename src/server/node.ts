import type { Config } from '../config';
import { connectDatabase, databaseOptions, type Database } from '../db/client';
import { embeddedSettings, startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../db/embedded';
import { runMigrations } from '../db/migrate';
import type { Logger } from '../logger';
import { createLocalTransport } from '../pubsub/event-transport';
import { connectRedis } from '../pubsub/redis-transport';
import { EventBus } from '../services/events/event-bus';
import { JobRunner } from '../services/jobs/job-runner';
import { SCHEDULES, TASKS } from '../services/jobs/task-list';
import type { ServiceDeps } from '../services';
import { LoginThrottle } from '../services/auth/login-throttle';
import { OidcClient } from '../services/auth/oidc-client';
import { SessionCache } from '../services/auth/session-cache';
import { ApiKeyCache } from '../services/auth/api-key-auth';
import { TokenService } from '../services/auth/token.service';
import { bootstrap, resolveAuthSecret } from '../services/bootstrap';
import { PermissionCache } from '../services/permissions/permission-cache';
import { createTagCache } from '../services/cache/create-tag-cache';
import { SecretBox } from '../services/security/secret-box';
import { verifyAuditChainInBackground } from '../services/security/audit-chain-watch';
import { AuditCheckpointTimer } from '../services/audit/audit-integrity';
import { ThreatCounters } from '../services/security/threat-counters';
import { RateLimitEnforcer } from '../services/ratelimit/rate-limit-enforcer';
import { startHttp } from './app';
import { ErrorRecorder } from '../services/errors/error-recorder';
import { Teardown } from './teardown';
import { assertDatabaseReachable } from '../db/reachability';
import { StartupError } from '../errors/startup-error';
import { checkReadiness } from './readiness';
import { startMetricSampler } from '../services/metrics/metric-sampler';
import { metricsRegistry } from '../metrics/registry';
import { seedDefaultRules } from '../services/alerts/default-alert-rules';
import { drainRuleEvaluations, ensureEvaluationTick } from '../services/alerts/rule-evaluation-tick';

export interface RunningNode {
  port: number;
  url: string;
  wsUrl: string;
  deps: ServiceDeps;
  database: Database;
  close(): Promise<void>;
}

/** Boot order: config -> database (embedded if no URL) -> migrations -> redis -> bootstrap -> http + ws. */
export async function startNode(config: Config, log: Logger, teardown = new Teardown()): Promise<RunningNode> {
  try {
    return await start(config, log, teardown);
  } catch (err) {
    // Stop what did start (embedded PostgreSQL above all) before the caller reports and exits.
    await teardown.run(log);
    throw err;
  }
}

async function start(config: Config, log: Logger, teardown: Teardown): Promise<RunningNode> {
  let embedded: EmbeddedPostgresHandle | null = null;
  let url = config.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedPostgres(embeddedSettings(config, log));
    teardown.add('embedded PostgreSQL', () => embedded!.stop());
    url = embedded.url;
  } else {
    await assertDatabaseReachable(url, config.DATABASE_CONNECT_TIMEOUT_SECONDS);
  }
  await runMigrations(url).catch((err: unknown) => {
    const why = (err instanceof Error ? err.message : String(err)).split('\n')[0];
    throw new StartupError(
      config.DATABASE_URL ? 'DATABASE_URL' : 'EMBEDDED_PG_DIR',
      `applying migrations failed (${why}); the database user needs to create tables in that database`,
    );
  });
  await JobRunner.migrate(url, log).catch((err: unknown) => {
    throw new StartupError('DATABASE_URL', `installing the job queue's schema failed (${(err instanceof Error ? err.message : String(err)).split('\n')[0]})`);
  });
  const database = connectDatabase(url, databaseOptions(config));
  teardown.add('database pool', () => database.close());
  const redis = config.REDIS_URL ? await connectRedis(config.REDIS_URL, config.REDIS_PREFIX, log) : null;
  const transport = redis?.transport ?? createLocalTransport();
  teardown.add('event transport', () => transport.close());
  const events = new EventBus(database, transport, log, `${config.REDIS_PREFIX}events`);
  await bootstrap(database.db, config, log);
  // The four default alert rules, once (by key); later edits and disables are kept.
  await seedDefaultRules(database.db, config);

  const secret = await resolveAuthSecret(database.db, config);
  const secretBox = await SecretBox.start(database, config, log);
  const deps: ServiceDeps = {
    config,
    database,
    events,
    log,
    tokens: new TokenService(secret, config.ACCESS_TOKEN_TTL_SECONDS),
    permissionCache: new PermissionCache(database, log, events),
    sessionCache: new SessionCache(database, config.SESSION_IDLE_TTL_MINUTES * 60_000, events),
    apiKeyCache: new ApiKeyCache(database, events),
    loginThrottle: new LoginThrottle({
      maxPerAccountIp: config.LOGIN_MAX_FAILURES_PER_ACCOUNT_IP,
      maxPerIp: config.LOGIN_MAX_FAILURES_PER_IP,
      slowdownAfter: config.LOGIN_SLOWDOWN_AFTER_ACCOUNT_FAILURES,
      maxDelayMs: config.LOGIN_MAX_DELAY_MS,
      windowSeconds: config.LOGIN_FAILURE_WINDOW_SECONDS,
      redis: redis?.commands ?? null,
    }),
    secretBox,
    threatCounters: new ThreatCounters(config, redis?.commands ?? null),
    oidc: config.oidcEnabled ? new OidcClient(config) : null,
    rateLimits: new RateLimitEnforcer({
      database,
      redis: redis?.commands ?? null,
      log,
      defaults: {
        perUserPerMinute: config.RATE_LIMIT_PER_MINUTE,
        anonymousPerIpPerMinute: config.RATE_LIMIT_ANONYMOUS_PER_MINUTE,
        costPerMinute: config.QUERY_COST_BUDGET_PER_MINUTE,
      },
    }),
    cache: createTagCache(config, redis?.commands ?? null, events, log),
  };
  await deps.oidc?.warnAboutUnknownSets(database.db, log);
  deps.permissionCache.start();
  deps.sessionCache.start();
  deps.apiKeyCache.start();
  await deps.cache.start();
  await deps.rateLimits.start(events);
  await events.start();
  teardown.add('event bus', () => events.stop());
  // Announcements sent while the subscriber was away were missed by the caches (the bus replays
  // them from the log, but an entry cached meanwhile may be older than one of them).
  transport.onReconnect(() => {
    deps.permissionCache.invalidate(null, true);
    deps.sessionCache.clear();
    deps.apiKeyCache.clear();
    deps.cache.reconnected();
    void deps.rateLimits.reload();
  });

  // Error records and worker heartbeats are written in the background: their own one-connection
  // pool keeps them off the request pool and out of the statement counts that pin a request's cost.
  const backgroundDatabase = connectDatabase(url, { ...databaseOptions(config), max: 1 });
  teardown.add('background database pool', () => backgroundDatabase.close());
  const errorRecorder = new ErrorRecorder(backgroundDatabase, log, config.ERROR_EVENTS_RETENTION_DAYS);
  errorRecorder.start();
  teardown.add('error recorder', () => errorRecorder.stop());
  const jobs = config.WORKER_ENABLED ? await startJobs(url, config, deps, backgroundDatabase, log) : null;
  if (jobs) teardown.add('job runner', () => jobs.stop());

  const ready = () => checkReadiness(database, redis?.commands ?? null);
  const http = await startHttp({ config, deps, log, ready, errorRecorder });
  // The built-in metrics store samples this process's registry through the background pool.
  const sampler = await startMetricSampler(config, metricsRegistry, backgroundDatabase, log, http.port);
  if (sampler) teardown.add('metrics sampler', () => sampler.stop());
  const chainCheck = config.SECURITY_VERIFY_AUDIT_CHAIN_AT_START ? verifyAuditChainInBackground(deps) : Promise.resolve();
  const checkpoints = new AuditCheckpointTimer(deps, config.AUDIT_CHECKPOINT_INTERVAL_MS);
  checkpoints.start();
  const host = config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST;

  return {
    port: http.port,
    url: `http://${host}:${http.port}/graphql`,
    wsUrl: `ws://${host}:${http.port}/graphql`,
    deps,
    database,
    async close() {
      await http.close();
      log.info('http and websocket closed');
      await jobs?.stop();
      await errorRecorder.stop();
      await sampler?.stop();
      await backgroundDatabase.close();
      await chainCheck;
      await checkpoints.stop();
      await events.stop();
      await transport.close();
      await database.close();
      log.info('database pool closed');
      if (embedded) {
        await embedded.stop();
        log.info('embedded PostgreSQL stopped');
      }
    },
  };
}

/**
 * Jobs run with their own pool (the request pool's statement counts and connections stay the
 * requests'), on a copy of the service deps that points at it.
 */
async function startJobs(url: string, config: Config, deps: ServiceDeps, background: Database, log: Logger): Promise<{ stop(): Promise<void> }> {
  const jobsDatabase = connectDatabase(url, { ...databaseOptions(config), max: config.WORKER_CONCURRENCY + 1 });
  const runner = new JobRunner({ ...deps, database: jobsDatabase }, background, TASKS, SCHEDULES, {
    url,
    concurrency: config.WORKER_CONCURRENCY,
    pollIntervalMs: config.WORKER_POLL_INTERVAL_MS,
    staleAfterSeconds: config.WORKER_STALE_AFTER_SECONDS,
  }, log);
  await runner.start();
  // The alert evaluation tick chain exists from the first start on (kept as it is if pending).
  await ensureEvaluationTick({ database: jobsDatabase });
  return {
    async stop() {
      await runner.stop();
      // Evaluations run detached from their tick job: let them write their results first.
      await drainRuleEvaluations(jobsDatabase);
      await jobsDatabase.close();
    },
  };
}
