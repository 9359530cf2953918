import { Authorizer } from '../../authz/authorizer';
import { allowlistsForUser } from '../../db/queries/ip-allowlists.queries';
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
 * Fail closed: when the user has a list, the address must match it; and for every permission set
 * the user holds directly (inherited sets are not consulted) that has a list, it must match that
 * too. Throws FORBIDDEN after auditing; resolves when the address is allowed.
 */
export async function assertIpAllowed(
  deps: ServiceDeps,
  meta: RequestMeta,
  who: { userId: string; apiKeyId?: string | null; via: IpRefusal['via'] },
): Promise<void> {
  const lists = await allowlistsForUser(deps.database.db, who.userId);
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
