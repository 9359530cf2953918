import { requireStepUp } from './step-up';
import { coversAll } from '../../authz/engine';
import type { Grant } from '../../authz/grant.types';
import type { ApiKeyRow } from '../../db/schema';
import {
  endSecretsOfKey,
  findApiKeyById,
  insertApiKey,
  insertApiKeySecret,
  countApiKeysOfOwner,
  listApiKeysOfOwner,
  lockApiKey,
  revokeApiKeyRow,
} from '../../db/queries/api-keys.queries';
import { findUserById, type PublicUser } from '../../db/queries/users.queries';
import { AppError } from '../../errors/app-error';
import { decodeCursor, encodeCursor, isUuid, pageSize, toConnection, type Connection } from '../shared/connection';
import { newId } from '../shared/ids';
import { parseInput } from '../shared/parse-input';
import { inTransaction, type UnitOfWork } from '../shared/unit-of-work';
import { AuditedService } from '../shared/audited-service';
import { assertDoesNotOutrank } from '../permissions/outranks';
import { parseCidrList } from '../security/ip-allowlist.service';
import { mintApiKeySecret } from './api-key-token';
import { createApiKeySchema, overlapSchema } from './api-key.validation';

export interface ApiKeyWithSecret {
  apiKey: ApiKeyRow;
  /** Shown once, in this response; only its SHA-256 is stored. */
  secret: string;
}

/** A key as a resource: owned by its user, so SELF and the owner's labels reach it. */
const keyResource = (owner: Pick<PublicUser, 'id' | 'labels'>, id?: string) =>
  ({ type: 'apiKeys', id: id ?? null, ownerId: owner.id, labels: owner.labels }) as const;

export class ApiKeyService extends AuditedService {
  /**
   * A key for the viewer, holding a subset of the viewer's own rights (the no-escalation rule of
   * grants and delegations), until a mandatory expiry at most a year ahead.
   */
  async create(raw: unknown): Promise<ApiKeyWithSecret> {
    requireStepUp(this.deps, this.ctx);
    const input = parseInput(createApiKeySchema, raw);
    const allowedCidrs = parseCidrList(input.allowedCidrs ?? [], 'input.allowedCidrs');
    const viewer = this.ctx.authz.requireViewer();
    const owner = await this.owner(viewer.userId);
    const denied = async (message: string) => {
      await this.audit.recordStandalone({ action: 'api_key.created', outcome: 'DENIED', targetType: 'user', targetId: owner.id, metadata: { reason: message } });
      return AppError.forbidden(message);
    };
    // A key holds no rights of its own to hand on: keys are made by signed-in users.
    if (viewer.apiKeyId) throw await denied('An API key cannot create API keys; sign in as a user');
    if (!this.ctx.authz.can('apiKeys:write', keyResource(owner))) throw await denied('Missing permission apiKeys:write on your own API keys');
    const grants: Grant[] = input.grants.map((g) => ({ ...g, validUntil: input.expiresAt }));
    const cover = coversAll(viewer.permissions, grants);
    if (!cover.ok) throw await denied(`Cannot give a key ${cover.action}: ${cover.reason}`);

    return inTransaction(this.deps, this.ctx.log, async (uow) => {
      const apiKey = await insertApiKey(uow.tx, {
        id: newId(),
        ownerId: owner.id,
        name: input.name,
        grants: input.grants.map((g) => ({ effect: g.effect, action: g.action, scope: g.scope })),
        allowedCidrs,
        expiresAt: input.expiresAt,
      });
      const secret = await this.issueSecret(uow, apiKey.id);
      await this.audit.record(uow, {
        action: 'api_key.created',
        targetType: 'api_key',
        targetId: apiKey.id,
        changes: { apiKey: { after: describe(apiKey) } },
        metadata: { ownerId: owner.id },
      });
      return { apiKey, secret };
    });
  }

  /** Own keys by default (baseline SELF grants); another user's with apiKeys:read reaching them. */
  async list(userId: string | null | undefined, first?: number | null, after?: string | null): Promise<Connection<ApiKeyRow>> {
    const viewer = this.ctx.authz.requireViewer();
    const owner = await this.owner(userId ?? viewer.userId);
    this.ctx.authz.assertCan('apiKeys:read', keyResource(owner));
    const size = pageSize(first);
    const afterId = decodeCursor('apiKeys', after, isUuid);
    const db = this.deps.database.db;
    const rows = await listApiKeysOfOwner(db, owner.id, { first: size, afterId });
    return toConnection(rows, size, (r) => encodeCursor('apiKeys', r.id), undefined, () => countApiKeysOfOwner(db, owner.id));
  }

  /** By the owner, or by whoever holds apiKeys:write over the owner and is not outranked by them. */
  async revoke(id: string): Promise<boolean> {
    const key = await this.key(id);
    const owner = await this.owner(key.ownerId);
    this.ctx.authz.assertCan('apiKeys:write', keyResource(owner, key.id));
    await assertDoesNotOutrank(this.deps, this.ctx.authz.requireViewer(), owner.id);
    return inTransaction(this.deps, this.ctx.log, async (uow) => {
      const revoked = await revokeApiKeyRow(uow.tx, key.id, this.ctx.authz.requireViewer().userId);
      if (!revoked) throw AppError.conflict('API key already revoked');
      await this.audit.record(uow, {
        action: 'api_key.revoked',
        targetType: 'api_key',
        targetId: key.id,
        changes: { apiKey: { before: describe(key) } },
        metadata: { ownerId: owner.id },
      });
      this.announce(uow, owner.id, key.id);
      return true;
    });
  }

  /**
   * A new secret for the key; older secrets keep working until the overlap ends (at most 7 days),
   * so deployments can switch over. Only the owner may rotate: the new secret acts as them.
   */
  async rotate(id: string, overlapSeconds: number): Promise<ApiKeyWithSecret> {
    requireStepUp(this.deps, this.ctx);
    const overlap = parseInput(overlapSchema, overlapSeconds, 'overlapSeconds');
    const viewer = this.ctx.authz.requireViewer();
    const key = await this.key(id);
    const owner = await this.owner(key.ownerId);
    this.ctx.authz.assertCan('apiKeys:write', keyResource(owner, key.id));
    if (key.ownerId !== viewer.userId) throw AppError.forbidden("Only a key's owner may rotate it (the new secret acts as them); revoke it instead");
    return inTransaction(this.deps, this.ctx.log, async (uow) => {
      const locked = (await lockApiKey(uow.tx, key.id))!;
      if (locked.revokedAt) throw AppError.conflict('API key is revoked');
      if (locked.expiresAt.getTime() <= Date.now()) throw AppError.conflict('API key has expired; create a new one');
      const previousEndAt = new Date(Date.now() + overlap * 1000);
      const ended = await endSecretsOfKey(uow.tx, key.id, previousEndAt);
      const secret = await this.issueSecret(uow, key.id);
      await this.audit.record(uow, {
        action: 'api_key.rotated',
        targetType: 'api_key',
        targetId: key.id,
        metadata: { ownerId: owner.id, overlapSeconds: overlap, previousSecretsEndAt: previousEndAt.toISOString(), previousSecrets: ended.length },
      });
      this.announce(uow, owner.id, key.id);
      return { apiKey: locked, secret };
    });
  }

  private async issueSecret(uow: UnitOfWork, apiKeyId: string): Promise<string> {
    const secretId = newId();
    const { secret, hash } = mintApiKeySecret(secretId);
    await insertApiKeySecret(uow.tx, { id: secretId, apiKeyId, secretHash: hash });
    return secret;
  }

  /** This node drops its cached state at once; the others when the announcement arrives. */
  private announce(uow: UnitOfWork, userId: string, apiKeyId: string): void {
    uow.afterCommit(() => this.deps.apiKeyCache.drop(userId, [apiKeyId]));
    uow.emit('apiKeys.changed', { userId, apiKeyIds: [apiKeyId] });
  }

  private async key(id: string): Promise<ApiKeyRow> {
    const key = isUuid(id) ? await findApiKeyById(this.deps.database.db, id) : undefined;
    if (!key) throw AppError.notFound('API key');
    return key;
  }

  private async owner(userId: string): Promise<PublicUser> {
    const user = isUuid(userId) ? await findUserById(this.deps.database.db, userId) : undefined;
    if (!user) throw AppError.notFound('User');
    return user;
  }
}

/** What the audit trail keeps of a key: never a secret or its hash. */
function describe(key: ApiKeyRow) {
  return { id: key.id, name: key.name, grants: key.grants, allowedCidrs: key.allowedCidrs, expiresAt: key.expiresAt.toISOString() };
}
