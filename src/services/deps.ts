import type { Config } from '../config';
import type { Database } from '../db/client';
import type { Logger } from '../logger';
import type { LoginThrottle } from './auth/login-throttle';
import type { ApiKeyCache } from './auth/api-key-auth';
import type { OidcClient } from './auth/oidc-client';
import type { SessionCache } from './auth/session-cache';
import type { TokenService } from './auth/token.service';
import type { TagCache } from './cache/tag-cache';
import type { EventBus } from './events/event-bus';
import type { PermissionCache } from './permissions/permission-cache';
import type { SecretBox } from './security/secret-box';
import type { ThreatCounters } from './security/threat-counters';
import type { RateLimitEnforcer } from './ratelimit/rate-limit-enforcer';

/** Long-lived, per-process dependencies shared by every request's services. */
export interface ServiceDeps {
  config: Config;
  database: Database;
  /** Domain events: written with `uow.emit`, heard with `events.on`, in commit order on every node. */
  events: EventBus;
  log: Logger;
  tokens: TokenService;
  permissionCache: PermissionCache;
  sessionCache: SessionCache;
  apiKeyCache: ApiKeyCache;
  loginThrottle: LoginThrottle;
  /** Seals and opens secrets at rest; nothing else touches key material. */
  secretBox: SecretBox;
  threatCounters: ThreatCounters;
  /** Null unless OIDC_ISSUER and OIDC_CLIENT_ID are set. */
  oidc: OidcClient | null;
  rateLimits: RateLimitEnforcer;
  /** Shared read cache with tag invalidation (`cache.wrap`, `invalidateOnCommit`). */
  cache: TagCache;
}
