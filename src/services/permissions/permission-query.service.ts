import { expandActionPattern, isAction, isActionPattern, RESOURCE_TYPES, type Action, type ResourceType } from '../../authz/catalogue';
import { check, explain, flattenSet, type Decision } from '../../authz/engine';
import type { ResourceRef, SourcedGrant } from '../../authz/grant.types';
import { countPermissionHistory, listPermissionHistory } from '../../db/queries/audit.queries';
import { usersWithGrantPatterns } from '../../db/queries/grants.queries';
import { findUsersByIds, findUserById, type PublicUser } from '../../db/queries/users.queries';
import type { AuditLogRow } from '../../db/schema';
import { AppError } from '../../errors/app-error';
import { AuditService, type AuditLogView } from '../audit/audit.service';
import type { ServiceDeps } from '../deps';
import { decodeCursor, encodeCursor, isUuid, pageSize, toConnection, type Connection } from '../shared/connection';
import { liveStream } from '../shared/live-stream';
import type { ServiceContext } from '../shared/service-context';
import { ownedBy, userResource } from '../users/user-snapshot';

export interface ResourceInput {
  type: string;
  id?: string | null;
  ownerId?: string | null;
  labels?: Record<string, string> | null;
}

export interface PermissionCheckResult extends Decision {
  explanation: string;
}

/** whoCan decides every candidate exactly; beyond this many the question is too broad to answer. */
const MAX_WHO_CAN_CANDIDATES = 5_000;
const COMPILE_BATCH = 25;

const isHistoryCursor = (v: unknown): v is number => Number.isSafeInteger(v);

/** Read side of permissions: effective grants, check + explain, who-can, history, live changes. */
export class PermissionQueryService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly ctx: ServiceContext,
  ) {}

  /** Anyone may read their own; reading others' needs permissionSets:read over them. */
  private async assertCanInspect(userId: string): Promise<PublicUser> {
    const user = isUuid(userId) ? await findUserById(this.deps.database.db, userId) : undefined;
    if (!user) throw AppError.notFound('User');
    this.ctx.authz.assertCan('permissionSets:read', ownedBy('permissionSets', user));
    return user;
  }

  async effective(userId: string): Promise<SourcedGrant[]> {
    await this.assertCanInspect(userId);
    const perms = await this.deps.permissionCache.get(userId);
    return [...perms.grants, ...perms.delegated.map((d) => d.grant)];
  }

  async check(userId: string, action: string, resource: ResourceInput): Promise<PermissionCheckResult> {
    await this.assertCanInspect(userId);
    const ref = await this.resourceRef(action, resource);
    const decision = check(await this.deps.permissionCache.get(userId), { action: action as Action, resource: ref });
    return { ...decision, explanation: explain(decision) };
  }

  /** Users allowed `action` on `resource`: candidates by grant pattern, each decided exactly. */
  async whoCan(action: string, resource: ResourceInput, first?: number | null, after?: string | null): Promise<Connection<PublicUser>> {
    this.ctx.authz.assertCan('permissionSets:read', { type: 'permissionSets' });
    const ref = await this.resourceRef(action, resource);
    const size = pageSize(first);
    const afterId = decodeCursor('whoCan', after, isUuid);
    const [type] = action.split(':');
    const patterns = ['*', `${type}:*`, action];
    const candidates = new Set(await usersWithGrantPatterns(this.deps.database.db, patterns));
    // Baseline SELF grants reach the resource's own user or owner without any stored grant.
    for (const id of [ref.ownerId, ref.type === 'users' ? ref.id : null]) if (id && isUuid(id)) candidates.add(id);
    if (candidates.size > MAX_WHO_CAN_CANDIDATES) {
      throw AppError.badInput(`More than ${MAX_WHO_CAN_CANDIDATES} users hold grants for ${action}; ask about a narrower action`, 'action');
    }
    const allowed: string[] = [];
    const ids = [...candidates];
    // Compiled a few at a time: cached users cost nothing, the rest one small query set each.
    for (let i = 0; i < ids.length; i += COMPILE_BATCH) {
      const batch = ids.slice(i, i + COMPILE_BATCH);
      const perms = await Promise.all(batch.map((id) => this.deps.permissionCache.get(id)));
      perms.forEach((p, j) => check(p, { action: action as Action, resource: ref }).allowed && allowed.push(batch[j]!));
    }
    const users = (await findUsersByIds(this.deps.database.db, allowed))
      .filter((u) => u.status === 'ACTIVE' && this.ctx.authz.can('users:read', userResource(u)))
      .sort((a, b) => (a.id < b.id ? 1 : -1));
    const from = afterId ? users.findIndex((u) => u.id < afterId) : 0;
    const rows = from < 0 ? [] : users.slice(from, from + size + 1);
    return toConnection(rows, size, (u) => encodeCursor('whoCan', u.id), undefined, users.length);
  }

  async history(userId: string, first?: number | null, after?: string | null): Promise<Connection<AuditLogView>> {
    await this.assertCanInspect(userId);
    const size = pageSize(first);
    const afterId = decodeCursor('permissionHistory', after, isHistoryCursor);
    const perms = await this.deps.permissionCache.get(userId);
    const graph = await this.deps.permissionCache.setGraph();
    const heldSetIds = new Set<string>();
    for (const g of perms.grants) if (g.source.kind === 'SET') heldSetIds.add(g.source.setId);
    for (const id of [...heldSetIds]) for (const f of flattenSet(graph, id)) heldSetIds.add(f.setId);
    const db = this.deps.database.db;
    const rows = await listPermissionHistory(db, userId, [...heldSetIds], { first: size, afterId });
    // Same field rule as auditLogs: before/after values need audit:readValues. Anyone may read their
    // own history, but where the acting admin connected from is audit data (audit:read).
    const audit = new AuditService(this.deps, this.ctx);
    const readsAudit = this.ctx.authz.can('audit:read', { type: 'audit' });
    const view = (r: AuditLogRow) => {
      const redacted = audit.redact(r);
      return readsAudit ? redacted : { ...redacted, ip: null, userAgent: null, requestId: null, metadata: null };
    };
    const total = () => countPermissionHistory(db, userId, [...heldSetIds]);
    return toConnection(rows, size, (r) => encodeCursor('permissionHistory', r.id), view, total);
  }

  async subscribeChanges(userId: string, after?: string | null) {
    const user = isUuid(userId) ? await findUserById(this.deps.database.db, userId) : undefined;
    if (!user) throw AppError.notFound('User');
    return liveStream(this.deps, this.ctx, {
      topic: 'permissions.invalidated',
      shareKey: userId,
      after,
      authorize: (authz) => authz.assertCan('permissionSets:read', ownedBy('permissionSets', user)),
      accept: (msg) => msg.userIds === null || msg.userIds.includes(userId),
      map: (msg) => ({ userId, at: new Date(msg.at) }),
    });
  }

  /** Validates a check's action and resource; a user resource's labels are read from the database. */
  private async resourceRef(action: string, resource: ResourceInput): Promise<ResourceRef> {
    if (!isAction(action)) {
      const hint = isActionPattern(action) ? ` (wildcards are for grants; e.g. ${expandActionPattern(action)[0]})` : '';
      throw AppError.badInput(`action is not an action from the catalogue${hint}`, 'action');
    }
    if (!RESOURCE_TYPES.includes(resource.type as ResourceType)) {
      throw AppError.badInput(`resource.type must be one of ${RESOURCE_TYPES.join(', ')}`, 'resource.type');
    }
    if (!action.startsWith(`${resource.type}:`)) throw AppError.badInput(`${action} does not apply to ${resource.type}`, 'resource.type');
    let labels = resource.labels ?? undefined;
    if (resource.type === 'users' && resource.id && !labels && isUuid(resource.id)) {
      labels = (await findUserById(this.deps.database.db, resource.id))?.labels;
    }
    return { type: resource.type as ResourceType, id: resource.id ?? null, ownerId: resource.ownerId ?? null, labels };
  }
}
