import { AuditService } from './audit/audit.service';
import { AuthService } from './auth/auth.service';
import { SessionService } from './auth/session.service';
import type { ServiceDeps } from './deps';
import { DelegationService } from './permissions/delegation.service';
import { GrantService } from './permissions/grant.service';
import { PermissionQueryService } from './permissions/permission-query.service';
import { PermissionSetEditorService } from './permissions/permission-set-editor.service';
import { PermissionSetService } from './permissions/permission-set.service';
import { RateLimitPolicyService } from './ratelimit/rate-limit-policy.service';
import type { ServiceContext } from './shared/service-context';
import { UserService } from './users/user.service';

/** Services bound to one request's caller; cheap to build, so built per request. */
export function createServices(deps: ServiceDeps, ctx: ServiceContext) {
  return {
    users: new UserService(deps, ctx),
    auth: new AuthService(deps, ctx),
    sessions: new SessionService(deps, ctx),
    permissionSets: new PermissionSetService(deps, ctx),
    permissionSetEditor: new PermissionSetEditorService(deps, ctx),
    grants: new GrantService(deps, ctx),
    delegations: new DelegationService(deps, ctx),
    permissionQueries: new PermissionQueryService(deps, ctx),
    audit: new AuditService(deps, ctx),
    rateLimits: new RateLimitPolicyService(deps, ctx),
  };
}

export type AppServices = ReturnType<typeof createServices>;
export type { ServiceDeps, ServiceContext };
