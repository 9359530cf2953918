import { AuditService } from './audit/audit.service';
import { AccountUnlockService } from './auth/account-unlock.service';
import { ApiKeyService } from './auth/api-key.service';
import { AuthService } from './auth/auth.service';
import { OidcService } from './auth/oidc.service';
import { SessionService } from './auth/session.service';
import type { ServiceDeps } from './deps';
import { DelegationService } from './permissions/delegation.service';
import { GrantService } from './permissions/grant.service';
import { PermissionQueryService } from './permissions/permission-query.service';
import { PermissionSetEditorService } from './permissions/permission-set-editor.service';
import { PermissionSetService } from './permissions/permission-set.service';
import { SecurityEventService } from './security/security-event.service';
import { ThreatDetector } from './security/threat-detector';
import { RateLimitPolicyService } from './ratelimit/rate-limit-policy.service';
import type { ServiceContext } from './shared/service-context';
import { IpAllowlistService } from './security/ip-allowlist.service';
import { UserService } from './users/user.service';
import { MfaService } from './auth/mfa.service';
import { ReauthService } from './auth/reauth.service';
import { EncryptionService } from './security/encryption.service';
import { lazily } from './shared/lazily';

/**
 * Services bound to one request's caller, each built on first use: a request (or a subscription,
 * which keeps its context as long as it is open) pays only for the services it touches.
 */
export function createServices(deps: ServiceDeps, ctx: ServiceContext) {
  return lazily({
    users: () => new UserService(deps, ctx),
    auth: () => new AuthService(deps, ctx),
    oidc: () => new OidcService(deps, ctx),
    sessions: () => new SessionService(deps, ctx),
    accountUnlock: () => new AccountUnlockService(deps, ctx),
    permissionSets: () => new PermissionSetService(deps, ctx),
    permissionSetEditor: () => new PermissionSetEditorService(deps, ctx),
    grants: () => new GrantService(deps, ctx),
    delegations: () => new DelegationService(deps, ctx),
    permissionQueries: () => new PermissionQueryService(deps, ctx),
    audit: () => new AuditService(deps, ctx),
    mfa: () => new MfaService(deps, ctx),
    reauth: () => new ReauthService(deps, ctx),
    encryption: () => new EncryptionService(deps, ctx),
    apiKeys: () => new ApiKeyService(deps, ctx),
    ipAllowlists: () => new IpAllowlistService(deps, ctx),
    securityEvents: () => new SecurityEventService(deps, ctx),
    threats: () => new ThreatDetector(deps, ctx),
    rateLimits: () => new RateLimitPolicyService(deps, ctx),
  });
}

export type AppServices = ReturnType<typeof createServices>;
export type { ServiceDeps, ServiceContext };
