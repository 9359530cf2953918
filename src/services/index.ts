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
import { lazyBundle } from './shared/lazily';
import { CacheService } from './cache/cache.service';
import { ErrorStatsService } from './errors/error-stats.service';
import { MetricsService } from './metrics/metrics.service';
import { AlertService } from './alerts/alert.service';
import { SilenceService } from './alerts/silence.service';
import { InhibitionRuleService } from './alerts/inhibition-rule.service';
import { ChannelService } from './alerts/channels/channel.service';
import { RoutingService } from './alerts/routing/routing.service';
import { DeliveryLogService } from './deliveries/delivery-log.service';
import { AlertStatsService } from './alerts/alert-stats.service';
import { EscalationPolicyService } from './alerts/escalation/escalation-policy.service';
import { AlertRuleService } from './alerts/alert-rule.service';
import { ReportScheduleService } from './reports/schedules/report-schedule.service';
import { ReportDefinitionService } from './reports/report-definition.service';
import { ReportRunService } from './reports/report-run.service';
import { ReportArtifactService } from './reports/report-artifact.service';

/**
 * Services bound to one request's caller, each built on first use: a request (or a subscription,
 * which keeps its context as long as it is open) pays only for the services it touches.
 */
type Bound = { deps: ServiceDeps; ctx: ServiceContext };

const servicesOf = lazyBundle({
  users: ({ deps, ctx }: Bound) => new UserService(deps, ctx),
  auth: ({ deps, ctx }: Bound) => new AuthService(deps, ctx),
  oidc: ({ deps, ctx }: Bound) => new OidcService(deps, ctx),
  sessions: ({ deps, ctx }: Bound) => new SessionService(deps, ctx),
  accountUnlock: ({ deps, ctx }: Bound) => new AccountUnlockService(deps, ctx),
  permissionSets: ({ deps, ctx }: Bound) => new PermissionSetService(deps, ctx),
  permissionSetEditor: ({ deps, ctx }: Bound) => new PermissionSetEditorService(deps, ctx),
  grants: ({ deps, ctx }: Bound) => new GrantService(deps, ctx),
  delegations: ({ deps, ctx }: Bound) => new DelegationService(deps, ctx),
  permissionQueries: ({ deps, ctx }: Bound) => new PermissionQueryService(deps, ctx),
  audit: ({ deps, ctx }: Bound) => new AuditService(deps, ctx),
  mfa: ({ deps, ctx }: Bound) => new MfaService(deps, ctx),
  reauth: ({ deps, ctx }: Bound) => new ReauthService(deps, ctx),
  encryption: ({ deps, ctx }: Bound) => new EncryptionService(deps, ctx),
  apiKeys: ({ deps, ctx }: Bound) => new ApiKeyService(deps, ctx),
  ipAllowlists: ({ deps, ctx }: Bound) => new IpAllowlistService(deps, ctx),
  securityEvents: ({ deps, ctx }: Bound) => new SecurityEventService(deps, ctx),
  threats: ({ deps, ctx }: Bound) => new ThreatDetector(deps, ctx),
  rateLimits: ({ deps, ctx }: Bound) => new RateLimitPolicyService(deps, ctx),
  cache: ({ deps, ctx }: Bound) => new CacheService(deps, ctx),
  errorStats: ({ deps, ctx }: Bound) => new ErrorStatsService(deps, ctx),
  metrics: ({ deps, ctx }: Bound) => new MetricsService(deps, ctx),
  alerts: ({ deps, ctx }: Bound) => new AlertService(deps, ctx),
  silences: ({ deps, ctx }: Bound) => new SilenceService(deps, ctx),
  inhibitionRules: ({ deps, ctx }: Bound) => new InhibitionRuleService(deps, ctx),
  channels: ({ deps, ctx }: Bound) => new ChannelService(deps, ctx),
  routing: ({ deps, ctx }: Bound) => new RoutingService(deps, ctx),
  deliveries: ({ deps, ctx }: Bound) => new DeliveryLogService(deps, ctx),
  alertStats: ({ deps, ctx }: Bound) => new AlertStatsService(deps, ctx),
  escalationPolicies: ({ deps, ctx }: Bound) => new EscalationPolicyService(deps, ctx),
  alertRules: ({ deps, ctx }: Bound) => new AlertRuleService(deps, ctx),
  reportSchedules: ({ deps, ctx }: Bound) => new ReportScheduleService(deps, ctx),
  reportDefinitions: ({ deps, ctx }: Bound) => new ReportDefinitionService(deps, ctx),
  reportRuns: ({ deps, ctx }: Bound) => new ReportRunService(deps, ctx),
  reportArtifacts: ({ deps, ctx }: Bound) => new ReportArtifactService(deps, ctx),
});

export function createServices(deps: ServiceDeps, ctx: ServiceContext) {
  return servicesOf({ deps, ctx });
}

export type AppServices = ReturnType<typeof createServices>;
export type { ServiceDeps, ServiceContext };
