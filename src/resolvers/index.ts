import type { NonEmptyArray } from 'type-graphql';
import { mergePermissionMaps } from '../authz/rule-spec';
import { AuditLogResolver } from './audit/audit-log.resolver';
import { auditRules } from './audit/audit.rules';
import { AccountUnlockResolver } from './auth/account-unlock.resolver';
import { AuthResolver } from './auth/auth.resolver';
import { authRules } from './auth/auth.rules';
import { MfaResolver } from './auth/mfa.resolver';
import { EncryptionResolver } from './security/encryption.resolver';
import { securityRules } from './security/security.rules';
import { ApiKeyResolver } from './auth/api-key.resolver';
import { apiKeysRules } from './auth/api-keys.rules';
import { IpAllowlistResolver, PermissionSetIpAllowlistResolver, UserIpAllowlistResolver } from './security/ip-allowlist.resolver';
import { ipAllowlistsRules } from './security/ip-allowlists.rules';
import { OidcResolver } from './auth/oidc.resolver';
import { GrantResolver, GrantScopeResolver, GrantSourceResolver } from './permissions/grant.resolver';
import { PermissionQueryResolver } from './permissions/permission-query.resolver';
import { PermissionSetResolver } from './permissions/permission-set.resolver';
import { permissionsRules } from './permissions/permissions.rules';
import { SecurityEventResolver } from './security/security-event.resolver';
import { RateLimitResolver } from './ratelimit/rate-limit.resolver';
import { ratelimitRules } from './ratelimit/ratelimit.rules';
import { UserResolver } from './users/user.resolver';
import { ErrorStatsResolver } from './errors/error-stats.resolver';
import { errorsRules } from './errors/errors.rules';
import { usersRules } from './users/users.rules';
import { CacheResolver } from './cache/cache.resolver';
import { cacheRules } from './cache/cache.rules';
import { MetricsResolver } from './metrics/metrics.resolver';
import { metricsRules } from './metrics/metrics.rules';
import { AlertResolver } from './alerts/alert.resolver';
import { SilenceResolver } from './alerts/silence.resolver';
import { alertsRules } from './alerts/alerts.rules';
import { ChannelResolver, DeliveryResolver } from './alerts/channels.resolver';
import { channelsRules } from './alerts/channels.rules';
import { AlertStatsResolver } from './alerts/alert-stats.resolver';
import { alertStatsRules } from './alerts/alert-stats.rules';
import { RoutingResolver } from './alerts/routing.resolver';
import { routingRules } from './alerts/routing.rules';
import { AlertEscalationResolver, EscalationPolicyResolver } from './alerts/escalation.resolver';
import { escalationRules } from './alerts/escalation.rules';
import { AlertNotificationsResolver } from './alerts/alert-notifications.resolver';
import { AlertRuleResolver } from './alerts/alert-rule.resolver';
import { alertRulesRules } from './alerts/alert-rules.rules';
import { ReportScheduleResolver } from './reports/report-schedule.resolver';
import { reportSchedulesRules } from './reports/report-schedules.rules';
import { ReportDefinitionResolver } from './reports/report-definition.resolver';
import { ReportRunResolver } from './reports/report-run.resolver';
import { reportsRules } from './reports/reports.rules';

export const resolvers: NonEmptyArray<Function> = [
  UserResolver,
  AuthResolver,
  OidcResolver,
  AccountUnlockResolver,
  PermissionSetResolver,
  PermissionQueryResolver,
  GrantResolver,
  GrantScopeResolver,
  GrantSourceResolver,
  AuditLogResolver,
  MfaResolver,
  EncryptionResolver,
  ApiKeyResolver,
  IpAllowlistResolver,
  UserIpAllowlistResolver,
  PermissionSetIpAllowlistResolver,
  SecurityEventResolver,
  RateLimitResolver,
  CacheResolver,
  ErrorStatsResolver,
  MetricsResolver,
  AlertResolver,
  SilenceResolver,
  ChannelResolver,
  EscalationPolicyResolver,
  AlertEscalationResolver,
  AlertNotificationsResolver,
  DeliveryResolver,
  AlertStatsResolver,
  RoutingResolver,
  AlertRuleResolver,
  ReportScheduleResolver,
  ReportDefinitionResolver,
  ReportRunResolver,
];

/** Every root field and the rule guarding it; the snapshot test pins this map. */
export const permissionMap = mergePermissionMaps(
  usersRules,
  authRules,
  permissionsRules,
  auditRules,
  securityRules,
  apiKeysRules,
  ipAllowlistsRules,
  ratelimitRules,
  cacheRules,
  errorsRules,
  metricsRules,
  alertsRules,
  channelsRules,
  alertStatsRules,
  routingRules,
  escalationRules,
  alertRulesRules,
  reportSchedulesRules,
  reportsRules,
);
