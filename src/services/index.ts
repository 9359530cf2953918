import { AuditService } from './audit/audit.service';
import { AuthService } from './auth/auth.service';
import { SessionService } from './auth/session.service';
import type { ServiceDeps } from './deps';
import { PermissionSetService } from './permissions/permission-set.service';
import type { ServiceContext } from './shared/service-context';
import { UserService } from './users/user.service';

/** Services bound to one request's caller; cheap to build, so built per request. */
export function createServices(deps: ServiceDeps, ctx: ServiceContext) {
  return {
    users: new UserService(deps, ctx),
    auth: new AuthService(deps, ctx),
    sessions: new SessionService(deps, ctx),
    permissionSets: new PermissionSetService(deps, ctx),
    audit: new AuditService(deps, ctx),
  };
}

export type AppServices = ReturnType<typeof createServices>;
export type { ServiceDeps, ServiceContext };
