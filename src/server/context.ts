import { randomUUID } from 'node:crypto';
import { Authorizer, type Viewer } from '../authz/authorizer';
import type { AppError } from '../errors/app-error';
import { createLoaders, type Loaders } from '../db/loaders';
import { lazyChild, type Logger } from '../logger';
import { createServices, type AppServices, type ServiceDeps } from '../services';
import { AuthService } from '../services/auth/auth.service';
import { authenticateApiKey, credentialIsLive, currentPermissions } from '../services/auth/api-key-auth';
import { looksLikeApiKey } from '../services/auth/api-key-token';
import { permissionSetLoaderCaches } from '../services/permissions/permission-set-cache';
import { assertIpAllowed } from '../services/security/ip-access';
import type { RequestMeta, ServiceContext } from '../services/shared/service-context';

export interface AppContext {
  meta: RequestMeta;
  authz: Authorizer;
  services: AppServices;
  loaders: Loaders;
  log: Logger;
}

/** Accepts `Bearer <token>` (any case); anything else is treated as absent. */
export function bearerToken(header: unknown): string | null {
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match ? match[1]! : null;
}

/** A caller-supplied id (X-Request-Id) is kept for tracing only when it looks like one. */
export function requestIdFrom(header: unknown): string {
  return typeof header === 'string' && /^[\w.-]{1,64}$/.test(header) ? header : randomUUID();
}

export function requestMeta(ip: string | null | undefined, userAgent: unknown, requestId?: string): RequestMeta {
  return {
    requestId: requestId ?? randomUUID(),
    ip: ip ?? null,
    userAgent: typeof userAgent === 'string' ? userAgent.slice(0, 512) : null,
  };
}

/**
 * Resolves a token (session access token or API key) to a viewer with compiled permissions;
 * throws UNAUTHENTICATED when invalid, FORBIDDEN when the client address is outside an allowlist.
 */
export async function resolveViewer(deps: ServiceDeps, token: string, meta: RequestMeta, via: 'request' | 'websocket' = 'request'): Promise<Viewer> {
  if (looksLikeApiKey(token)) return authenticateApiKey(deps, token, meta, via);
  // Only the auth service is needed before the viewer is known: no need to build all of them.
  const auth = new AuthService(deps, {
    meta,
    authz: new Authorizer(null),
    log: lazyChild(deps.log, { requestId: meta.requestId }),
    revalidate: async () => null,
  });
  const { userId, sessionId, authenticatedAt, authLevel, mfaEnabled } = await auth.authenticate(token);
  const permissions = await deps.permissionCache.get(userId);
  await assertIpAllowed(deps, meta, { userId, via }, permissions);
  return { userId, sessionId, authenticatedAt, authLevel, mfaEnabled, permissions };
}

/**
 * Allowlist changes are announced as permission changes of the users they bind, so an address is
 * re-checked whenever the owner's compiled permissions are new, not at every event. Kept per
 * permissions object (per node, not per socket): every subscription of a user shares the result.
 */
const addressesAllowed = new WeakMap<object, Set<string>>();

export function buildContext(
  deps: ServiceDeps,
  viewer: Viewer | null,
  meta: RequestMeta,
  log: Logger,
  tokenError: AppError | null = null,
): AppContext {
  const authz = new Authorizer(viewer, tokenError);
  const requestLog = lazyChild(log, { requestId: meta.requestId, ...(viewer && { userId: viewer.userId }) });
  const serviceCtx: ServiceContext = {
    meta,
    authz,
    log: requestLog,
    revalidate: async () => {
      if (!viewer || !(await credentialIsLive(deps, viewer))) return null;
      const own = await deps.permissionCache.get(viewer.userId);
      const address = `${meta.ip}|${viewer.apiKeyId ?? ''}`;
      if (!addressesAllowed.get(own)?.has(address)) {
        try {
          await assertIpAllowed(deps, meta, { userId: viewer.userId, apiKeyId: viewer.apiKeyId, via: 'websocket' });
        } catch {
          return null;
        }
        addressesAllowed.set(own, (addressesAllowed.get(own) ?? new Set()).add(address));
      }
      return new Authorizer({ ...viewer, permissions: await currentPermissions(deps, viewer) });
    },
  };
  return {
    meta,
    authz,
    services: createServices(deps, serviceCtx),
    loaders: createLoaders(deps.database.db, permissionSetLoaderCaches(deps.cache)),
    log: requestLog,
  };
}
