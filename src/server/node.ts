import { sql } from 'drizzle-orm';
import type { Config } from '../config';
import { connectDatabase, type Database } from '../db/client';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../db/embedded';
import { runMigrations } from '../db/migrate';
import type { Logger } from '../logger';
import { createAppPubSub } from '../pubsub/create-pubsub';
import type { ServiceDeps } from '../services';
import { LoginThrottle } from '../services/auth/login-throttle';
import { OidcClient } from '../services/auth/oidc-client';
import { SessionCache } from '../services/auth/session-cache';
import { ApiKeyCache } from '../services/auth/api-key-auth';
import { TokenService } from '../services/auth/token.service';
import { bootstrap, resolveAuthSecret } from '../services/bootstrap';
import { PermissionCache } from '../services/permissions/permission-cache';
import { SecretBox } from '../services/security/secret-box';
import { verifyAuditChainInBackground } from '../services/security/audit-chain-watch';
import { ThreatCounters } from '../services/security/threat-counters';
import { RateLimitEnforcer } from '../services/ratelimit/rate-limit-enforcer';
import { startHttp } from './app';

export interface RunningNode {
  port: number;
  url: string;
  wsUrl: string;
  deps: ServiceDeps;
  database: Database;
  close(): Promise<void>;
}

/** Boot order: config -> database (embedded if no URL) -> migrations -> redis -> bootstrap -> http + ws. */
export async function startNode(config: Config, log: Logger): Promise<RunningNode> {
  let embedded: EmbeddedPostgresHandle | null = null;
  let url = config.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedPostgres({ dataDir: config.EMBEDDED_PG_DIR, port: config.EMBEDDED_PG_PORT, log });
    url = embedded.url;
  }
  await runMigrations(url);
  const database = connectDatabase(url);
  const pubsubHandle = await createAppPubSub(config.REDIS_URL, config.REDIS_PREFIX, log);
  await bootstrap(database.db, config, log);

  const secret = await resolveAuthSecret(database.db, config);
  const secretBox = await SecretBox.start(database, config, log);
  const lifetime = new AbortController();
  const deps: ServiceDeps = {
    config,
    database,
    pubsub: pubsubHandle.pubsub,
    log,
    tokens: new TokenService(secret, config.ACCESS_TOKEN_TTL_SECONDS),
    permissionCache: new PermissionCache(database, log),
    sessionCache: new SessionCache(database, config.SESSION_IDLE_TTL_MINUTES * 60_000),
    apiKeyCache: new ApiKeyCache(database),
    loginThrottle: new LoginThrottle({
      maxPerAccountIp: config.LOGIN_MAX_FAILURES_PER_ACCOUNT_IP,
      maxPerIp: config.LOGIN_MAX_FAILURES_PER_IP,
      slowdownAfter: config.LOGIN_SLOWDOWN_AFTER_ACCOUNT_FAILURES,
      maxDelayMs: config.LOGIN_MAX_DELAY_MS,
      windowSeconds: config.LOGIN_FAILURE_WINDOW_SECONDS,
      redis: pubsubHandle.redis,
    }),
    secretBox,
    threatCounters: new ThreatCounters(config, pubsubHandle.redis),
    oidc: config.oidcEnabled ? new OidcClient(config) : null,
    rateLimits: new RateLimitEnforcer({
      database,
      redis: pubsubHandle.redis,
      log,
      defaults: {
        perUserPerMinute: config.RATE_LIMIT_PER_MINUTE,
        anonymousPerIpPerMinute: config.RATE_LIMIT_ANONYMOUS_PER_MINUTE,
        costPerMinute: config.QUERY_COST_BUDGET_PER_MINUTE,
      },
    }),
  };
  await deps.oidc?.warnAboutUnknownSets(database.db, log);
  await deps.permissionCache.start(deps.pubsub, lifetime.signal);
  await deps.sessionCache.start(deps.pubsub, lifetime.signal);
  await deps.apiKeyCache.start(deps.pubsub, lifetime.signal);
  await deps.rateLimits.start(deps.pubsub, lifetime.signal);
  pubsubHandle.onReconnect(() => {
    deps.permissionCache.invalidate(null, true);
    deps.sessionCache.clear();
    deps.apiKeyCache.clear();
    void deps.rateLimits.reload();
  });

  const ready = async () => {
    await database.db.execute(sql`select 1`);
    if (pubsubHandle.redis) await pubsubHandle.redis.ping();
    return true;
  };
  const http = await startHttp({ config, deps, log, ready });
  const chainCheck = config.SECURITY_VERIFY_AUDIT_CHAIN_AT_START ? verifyAuditChainInBackground(deps) : Promise.resolve();
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
      await chainCheck;
      lifetime.abort();
      await pubsubHandle.close();
      await database.close();
      log.info('database pool closed');
      if (embedded) {
        await embedded.stop();
        log.info('embedded PostgreSQL stopped');
      }
    },
  };
}
