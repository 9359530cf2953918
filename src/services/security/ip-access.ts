import { Authorizer } from '../../authz/authorizer';
import { allowlistsForUser, type ApplicableAllowlist } from '../../db/queries/ip-allowlists.queries';
import { AppError } from '../../errors/app-error';
import { AuditService } from '../audit/audit.service';
import type { ServiceDeps } from '../deps';
import type { RequestMeta } from '../shared/service-context';
import { ipMatches } from './cidr';
import { raiseSecurityEvent } from './raise-security-event';
import type { SecurityEventKind } from './security-event-kinds';

export interface IpRefusal {
  kind: SecurityEventKind;
  userId: string;
  apiKeyId?: string | null;
  /** Why, for the audit row and the security event (never shown to the caller beyond `message`). */
  reason: 'user_allowlist' | 'permission_set_allowlist' | 'api_key_cidrs';
  permissionSetId?: string | null;
  via: 'login' | 'request' | 'websocket';
  message: string;
}

/** Audits a refused address (access.ip_refused), raises its security event, and returns the error to throw. */
export async function refuseIp(deps: ServiceDeps, meta: RequestMeta, refusal: IpRefusal): Promise<AppError> {
  const ctx = { meta, authz: new Authorizer(null), log: deps.log.child({ requestId: meta.requestId }), revalidate: async () => null };
  const details = {
    reason: refusal.reason,
    via: refusal.via,
    ...(refusal.apiKeyId && { apiKeyId: refusal.apiKeyId }),
    ...(refusal.permissionSetId && { permissionSetId: refusal.permissionSetId }),
  };
  try {
    await new AuditService(deps, ctx).recordStandalone({
      action: 'access.ip_refused',
      outcome: 'DENIED',
      actor: { type: 'USER', id: refusal.userId },
      targetType: refusal.apiKeyId ? 'api_key' : 'user',
      targetId: refusal.apiKeyId ?? refusal.userId,
      metadata: details,
    });
    await raiseSecurityEvent(deps, meta, {
      kind: refusal.kind,
      severity: 'MEDIUM',
      summary: refusal.apiKeyId ? 'API key used from an address outside its allowed CIDRs' : 'Access from an address outside an IP allowlist',
      userId: refusal.userId,
      apiKeyId: refusal.apiKeyId ?? null,
      details,
    });
  } catch (err) {
    // The refusal stands whether or not it could be recorded.
    ctx.log.error({ err }, 'could not record an IP refusal');
  }
  return AppError.forbidden(refusal.message);
}

/**
 * The lists that applied when `permissions` were compiled. Every change to a list, or to what sets
 * a user holds, is announced as a permission change of the users it binds, which replaces their
 * compiled permissions (on every node): so lists kept per compiled-permissions object are as fresh
 * as those permissions, and a request needs no statement for them. An assignment that expires
 * meanwhile keeps its set's list applying until then: stricter, never looser.
 */
const listsByPermissions = new WeakMap<object, Promise<ApplicableAllowlist[]>>();

function applicableLists(deps: ServiceDeps, userId: string, permissions?: object): Promise<ApplicableAllowlist[]> {
  if (!permissions) return allowlistsForUser(deps.database.db, userId);
  let lists = listsByPermissions.get(permissions);
  if (!lists) {
    lists = allowlistsForUser(deps.database.db, userId);
    listsByPermissions.set(permissions, lists);
    lists.catch(() => listsByPermissions.delete(permissions));
  }
  return lists;
}

/**
 * Fail closed: when the user has a list, the address must match it; and for every permission set
 * the user holds directly (inherited sets are not consulted) that has a list, it must match that
 * too. Throws FORBIDDEN after auditing; resolves when the address is allowed.
 */
export async function assertIpAllowed(
  deps: ServiceDeps,
  meta: RequestMeta,
  who: { userId: string; apiKeyId?: string | null; via: IpRefusal['via'] },
  /** The user's compiled permissions from the node's cache, if at hand: the lists are kept with them. */
  permissions?: object,
): Promise<void> {
  const lists = await applicableLists(deps, who.userId, permissions);
  const failing = lists.find((l) => !ipMatches(l.cidrs, meta.ip));
  if (!failing) return;
  const bySet = failing.permissionSetId !== null;
  throw await refuseIp(deps, meta, {
    kind: 'IP_NOT_ALLOWED',
    userId: who.userId,
    apiKeyId: who.apiKeyId,
    reason: bySet ? 'permission_set_allowlist' : 'user_allowlist',
    permissionSetId: failing.permissionSetId,
    via: who.via,
    message: bySet
      ? `Access from this IP address is not allowed: the permission set "${failing.setName}" you hold has an IP allowlist`
      : 'Access from this IP address is not allowed for this account (IP allowlist)',
  });
}
