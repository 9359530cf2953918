import type { Viewer } from '../../authz/authorizer';
import { compilePermissions, type CompiledPermissions } from '../../authz/engine';
import type { Grant } from '../../authz/grant.types';
import type { Database } from '../../db/client';
import { findApiKeyBySecretId, touchApiKey, type ApiKeyCredential } from '../../db/queries/api-keys.queries';
import { AppError } from '../../errors/app-error';
import type { EventBus } from '../events/event-bus';
import type { ServiceDeps } from '../deps';
import { ipMatches } from '../security/cidr';
import { assertIpAllowed, refuseIp, type IpRefusal } from '../security/ip-access';
import type { RequestMeta } from '../shared/service-context';
import { hashApiKeySecret, hashesMatch, parseApiKeySecret } from './api-key-token';

const TOUCH_INTERVAL_MS = 60_000;
const CACHE_TTL_MS = 15_000;

type KeyState = Pick<ApiKeyCredential, 'revokedAt' | 'expiresAt' | 'secretExpiresAt' | 'ownerStatus'>;

/** Why a key cannot be used right now, or null when it can. */
export function keyUnusableReason(row: KeyState, now = Date.now()): string | null {
  if (row.revokedAt) return 'API key revoked';
  if (row.expiresAt.getTime() <= now) return 'API key expired';
  if (row.secretExpiresAt && row.secretExpiresAt.getTime() <= now) return 'API key secret was rotated and its overlap window has ended';
  if (row.ownerStatus !== 'ACTIVE') return 'The owner of this API key is not active';
  return null;
}

/**
 * What a key may do: its grants, each counted only while the owner could do the same thing right
 * now (the delegation rule of the engine, with the owner as delegator). The owner's permissions
 * come from the permission cache, invalidated on every node when they change.
 */
export function apiKeyPermissions(key: { id: string; expiresAt: Date; grants: Grant[] }, owner: CompiledPermissions): CompiledPermissions {
  return compilePermissions({
    userId: owner.userId,
    assignments: [],
    directGrants: [],
    sets: new Map(),
    baseline: [],
    delegations: [{ id: key.id, delegatorId: owner.userId, expiresAt: key.expiresAt, grants: key.grants, delegator: owner }],
  });
}

/**
 * Authenticates `Authorization: Bearer cpk_...` (HTTP and WebSocket): one primary-key read of the
 * key, its secret and its owner's status per request, so revocation, expiry and suspension apply
 * at the next request on every node. Then the key's CIDRs and the owner's IP allowlists.
 */
export async function authenticateApiKey(deps: ServiceDeps, token: string, meta: RequestMeta, via: IpRefusal['via']): Promise<Viewer> {
  const parsed = parseApiKeySecret(token);
  if (!parsed) throw AppError.unauthenticated('Invalid API key');
  const row = await findApiKeyBySecretId(deps.database.db, parsed.secretId);
  if (!row || !hashesMatch(row.secretHash, hashApiKeySecret(token))) throw AppError.unauthenticated('Invalid API key');
  const unusable = keyUnusableReason(row);
  if (unusable) throw AppError.unauthenticated(unusable);
  if (row.allowedCidrs.length > 0 && !ipMatches(row.allowedCidrs, meta.ip)) {
    throw await refuseIp(deps, meta, {
      kind: 'API_KEY_OUTSIDE_CIDRS',
      userId: row.ownerId,
      apiKeyId: row.id,
      reason: 'api_key_cidrs',
      via,
      message: 'This API key may not be used from this IP address (outside its allowed CIDRs)',
    });
  }
  await assertIpAllowed(deps, meta, { userId: row.ownerId, apiKeyId: row.id, via });
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) await touchApiKey(deps.database.db, row.id, meta.ip);
  const owner = await deps.permissionCache.get(row.ownerId);
  return {
    userId: row.ownerId,
    sessionId: null,
    apiKeyId: row.id,
    apiKeySecretId: row.secretId,
    permissions: apiKeyPermissions({ id: row.id, expiresAt: row.expiresAt, grants: row.grants }, owner),
  };
}

/**
 * Key liveness for long-lived WebSocket subscriptions, the counterpart of SessionCache: entries
 * drop when a key change (revocation, rotation) or a change to its owner is announced, and the
 * TTL bounds staleness should an announcement be lost. HTTP requests always read the row.
 */
export class ApiKeyCache {
  private readonly entries = new Map<string, { row: ApiKeyCredential; at: number }>();
  private readonly listeners = new Set<(userId: string, apiKeyIds: string[] | null) => void>();

  constructor(
    private readonly database: Database,
    private readonly events: EventBus,
  ) {}

  start(): void {
    this.events.onInvalidation('apiKeys.changed', ({ userId, apiKeyIds }) => this.drop(userId, apiKeyIds));
    // Suspension, deletion and lost rights are announced as permission changes of the owner.
    this.events.onInvalidation('permissions.invalidated', ({ userIds }) => {
      if (userIds === null) {
        const owners = new Set([...this.entries.values()].map((e) => e.row.ownerId));
        this.entries.clear();
        for (const owner of owners) this.notify(owner, null);
      } else for (const userId of userIds) this.drop(userId, null);
    });
  }

  /** Called for every announced change to a key or its owner (the WebSocket server re-checks sockets). */
  onChanged(listener: (userId: string, apiKeyIds: string[] | null) => void): void {
    this.listeners.add(listener);
  }

  drop(userId: string, apiKeyIds: string[] | null): void {
    for (const [id, entry] of this.entries) {
      if (entry.row.ownerId === userId && (apiKeyIds === null || apiKeyIds.includes(entry.row.id))) this.entries.delete(id);
    }
    this.notify(userId, apiKeyIds);
  }

  private notify(userId: string, apiKeyIds: string[] | null): void {
    for (const listener of this.listeners) listener(userId, apiKeyIds);
  }

  clear(): void {
    this.entries.clear();
  }

  /** The key behind a secret while it is usable, else null. `fresh` reads the row regardless. */
  async live(secretId: string, opts: { fresh?: boolean } = {}): Promise<ApiKeyCredential | null> {
    const cached = this.entries.get(secretId);
    // Not trusted while this node may be missing other nodes' revocations: read the row (fail closed).
    const trusted = this.events.hearsInvalidations();
    let row = cached && trusted && !opts.fresh && Date.now() - cached.at < CACHE_TTL_MS ? cached.row : undefined;
    if (!row) {
      row = await findApiKeyBySecretId(this.database.db, secretId);
      if (!row) return null;
      this.entries.set(secretId, { row, at: Date.now() });
    }
    return keyUnusableReason(row) ? null : row;
  }
}

/**
 * Is this viewer's credential (session or API key) still usable? For subscriptions and sockets;
 * `fresh` for a new operation, cached for each event.
 */
export async function credentialIsLive(deps: ServiceDeps, viewer: Viewer, opts: { fresh?: boolean } = {}): Promise<boolean> {
  if (viewer.apiKeySecretId) return (await deps.apiKeyCache.live(viewer.apiKeySecretId, opts)) !== null;
  return viewer.sessionId !== null && deps.sessionCache.isLive(viewer.sessionId, opts);
}

/** The viewer's current permissions (a key's re-intersected with its owner's current ones). */
export async function currentPermissions(deps: ServiceDeps, viewer: Viewer): Promise<CompiledPermissions> {
  const owner = await deps.permissionCache.get(viewer.userId);
  if (!viewer.apiKeySecretId) return owner;
  const key = await deps.apiKeyCache.live(viewer.apiKeySecretId);
  // A key that just stopped being usable keeps nothing.
  return apiKeyPermissions(key ?? { id: viewer.apiKeyId ?? '', expiresAt: new Date(0), grants: [] }, owner);
}
