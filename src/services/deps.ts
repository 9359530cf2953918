import type { Config } from '../config';
import type { Database } from '../db/client';
import type { Logger } from '../logger';
import type { AppPubSub } from '../pubsub/create-pubsub';
import type { LoginThrottle } from './auth/login-throttle';
import type { SessionCache } from './auth/session-cache';
import type { TokenService } from './auth/token.service';
import type { PermissionCache } from './permissions/permission-cache';
import type { RateLimitEnforcer } from './ratelimit/rate-limit-enforcer';

/** Long-lived, per-process dependencies shared by every request's services. */
export interface ServiceDeps {
  config: Config;
  database: Database;
  pubsub: AppPubSub;
  log: Logger;
  tokens: TokenService;
  permissionCache: PermissionCache;
  sessionCache: SessionCache;
  loginThrottle: LoginThrottle;
  rateLimits: RateLimitEnforcer;
}
