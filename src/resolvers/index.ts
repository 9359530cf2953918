import type { NonEmptyArray } from 'type-graphql';
import { mergePermissionMaps } from '../authz/rule-spec';
import { AuditLogResolver } from './audit/audit-log.resolver';
import { auditRules } from './audit/audit.rules';
import { AuthResolver } from './auth/auth.resolver';
import { authRules } from './auth/auth.rules';
import { GrantResolver, GrantScopeResolver, GrantSourceResolver } from './permissions/grant.resolver';
import { PermissionQueryResolver } from './permissions/permission-query.resolver';
import { PermissionSetResolver } from './permissions/permission-set.resolver';
import { permissionsRules } from './permissions/permissions.rules';
import { RateLimitResolver } from './ratelimit/rate-limit.resolver';
import { ratelimitRules } from './ratelimit/ratelimit.rules';
import { UserResolver } from './users/user.resolver';
import { usersRules } from './users/users.rules';

export const resolvers: NonEmptyArray<Function> = [
  UserResolver,
  AuthResolver,
  PermissionSetResolver,
  PermissionQueryResolver,
  GrantResolver,
  GrantScopeResolver,
  GrantSourceResolver,
  AuditLogResolver,
  RateLimitResolver,
];

/** Every root field and the rule guarding it; the snapshot test pins this map. */
export const permissionMap = mergePermissionMaps(usersRules, authRules, permissionsRules, auditRules, ratelimitRules);
