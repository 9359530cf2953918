import { coversAll, coversRemoval, flattenSet, reachesEverything, scopeFilter } from '../../authz/engine';
import type { PermissionSetGrantRow, PermissionSetRow } from '../../db/schema';
import { findUserById } from '../../db/queries/users.queries';
import { countSets, deleteAssignment, findSetById, findSetForShare, insertAssignment, listAllSets, listSets } from '../../db/queries/permissions.queries';
import { AppError } from '../../errors/app-error';
import { decodeCursor, encodeCursor, isUuid, pageSize, toConnection, type Connection } from '../shared/connection';
import { inTransaction, type UnitOfWork } from '../shared/unit-of-work';
import { userResource } from '../users/user-snapshot';
import { announcePermissionChange } from './announce';
import { assertDoesNotOutrank } from './outranks';
import { AuditedService } from '../shared/audited-service';
import { requireStepUp } from '../auth/step-up';
import { PERMISSION_SET_TAGS } from './permission-set-cache';

const SET_TAGS = [PERMISSION_SET_TAGS.sets];

type SetCursor = { name: string; id: string };
const isSetCursor = (v: unknown): v is SetCursor =>
  typeof v === 'object' && v !== null && typeof (v as SetCursor).name === 'string' && isUuid((v as SetCursor).id);

export class PermissionSetService extends AuditedService {

  /** Sets the viewer may read; an id-scoped reader sees only those (filtered here: sets are few). */
  async list(first?: number | null, after?: string | null): Promise<Connection<PermissionSetRow>> {
    const viewer = this.ctx.authz.requireViewer();
    const size = pageSize(first);
    const cursor = decodeCursor('permissionSets', after, isSetCursor);
    const toCursor = (s: PermissionSetRow) => encodeCursor('permissionSets', { name: s.name, id: s.id });
    const db = this.deps.database.db;
    const cache = this.deps.cache;
    if (reachesEverything(scopeFilter(viewer.permissions, 'permissionSets:read'))) {
      // Rows only: the page is the same for everyone who may read every set.
      const page = { first: size, after: cursor };
      const { rows, total } = await cache.wrap({ key: `permissionSets:page:${JSON.stringify(page)}`, tags: SET_TAGS }, async () => {
        const [rows, total] = await Promise.all([listSets(db, page), countSets(db)]);
        return { rows, total };
      });
      return toConnection(rows, size, toCursor, undefined, total);
    }
    const all = await cache.wrap({ key: 'permissionSets:all', tags: SET_TAGS }, () => listAllSets(db));
    const readable = all.filter((s) => this.ctx.authz.can('permissionSets:read', { type: 'permissionSets', id: s.id }));
    const start = cursor ? readable.findIndex((s) => s.name > cursor.name || (s.name === cursor.name && s.id > cursor.id)) : 0;
    const rows = start < 0 ? [] : readable.slice(start, start + size + 1);
    return toConnection(rows, size, toCursor, undefined, readable.length);
  }

  /**
   * Whether the viewer may see what a set contains: with permissionSets:read or :write on it (an
   * editor sees what they edit), or because they hold it (everyone may know where their rights
   * come from).
   */
  canReadContents(setId: string): boolean {
    const viewer = this.ctx.authz.viewer;
    if (!viewer) return false;
    const set = { type: 'permissionSets', id: setId } as const;
    if (this.ctx.authz.can('permissionSets:read', set) || this.ctx.authz.can('permissionSets:write', set)) return true;
    return viewer.permissions.grants.some((g) => g.source.kind === 'SET' && g.source.setId === setId);
  }

  /** A set's own grants, or none when the viewer may not see inside it. */
  async visibleGrants(setId: string, load: (id: string) => Promise<PermissionSetGrantRow[]>): Promise<PermissionSetGrantRow[]> {
    return this.canReadContents(setId) ? load(setId) : [];
  }

  /** The sets a set inherits from, limited to those the viewer may see inside. */
  async visibleParents(setId: string, load: (id: string) => Promise<PermissionSetRow[]>): Promise<PermissionSetRow[]> {
    if (!this.canReadContents(setId)) return [];
    return (await load(setId)).filter((p) => this.canReadContents(p.id));
  }

  async get(id: string): Promise<PermissionSetRow> {
    const set = isUuid(id)
      ? await this.deps.cache.wrap({ key: `permissionSets:set:${id}`, tags: SET_TAGS }, () => findSetById(this.deps.database.db, id))
      : undefined;
    if (!set) throw AppError.notFound('Permission set');
    this.ctx.authz.assertCan('permissionSets:read', { type: 'permissionSets', id });
    return set;
  }

  assign(userId: string, setId: string, expiresAt: Date | null): Promise<boolean> {
    return inTransaction(this.deps, this.ctx.log, (uow) => this.assignInTransaction(uow, userId, setId, expiresAt));
  }

  /**
   * No escalation: the caller must hold, right now and at least as broadly, every grant the set
   * (with everything it inherits) would hand out.
   */
  async assignInTransaction(uow: UnitOfWork, userId: string, setId: string, expiresAt: Date | null): Promise<boolean> {
    const viewer = this.ctx.authz.requireViewer();
    const [user, set] = await Promise.all([
      isUuid(userId) ? findUserById(uow.tx, userId) : undefined,
      isUuid(setId) ? findSetForShare(uow.tx, setId) : undefined,
    ]);
    if (!user) throw AppError.notFound('User');
    if (!set) throw AppError.notFound('Permission set');
    if (expiresAt && expiresAt.getTime() <= Date.now()) throw AppError.badInput('expiresAt must be in the future', 'expiresAt');
    this.ctx.authz.assertCan('permissionSets:assign', userResource(user));
    requireStepUp(this.deps, this.ctx);
    await assertDoesNotOutrank(this.deps, viewer, user.id);
    const graph = await this.deps.permissionCache.setGraph();
    const grants = flattenSet(graph, setId).map((f) => f.grant);
    const cover = coversAll(viewer.permissions, grants.map((g) => (expiresAt ? { ...g, validUntil: minDate(g.validUntil, expiresAt) } : g)));
    if (!cover.ok) {
      throw AppError.forbidden(`Cannot assign ${set.name}: it grants ${cover.action}, ${cover.reason}`);
    }
    await insertAssignment(uow.tx, { userId, setId, expiresAt, grantedBy: viewer.userId });
    await this.audit.record(uow, {
      action: 'permission_set.assigned',
      targetType: 'user',
      targetId: userId,
      changes: { permissionSets: { after: { setId, name: set.name, expiresAt: expiresAt?.toISOString() ?? null } } },
    });
    await this.threats.ownerLevelGranted(uow, userId, grants, { via: 'ASSIGNMENT', setId, setName: set.name });
    await announcePermissionChange(this.deps, uow, [userId]);
    return true;
  }

  async unassign(userId: string, setId: string): Promise<boolean> {
    const user = isUuid(userId) ? await findUserById(this.deps.database.db, userId) : undefined;
    const set = isUuid(setId) ? await findSetById(this.deps.database.db, setId) : undefined;
    if (!user) throw AppError.notFound('User');
    if (!set) throw AppError.notFound('Permission set');
    this.ctx.authz.assertCan('permissionSets:assign', userResource(user));
    requireStepUp(this.deps, this.ctx);
    await assertDoesNotOutrank(this.deps, this.ctx.authz.requireViewer(), user.id);
    // Taking a set away must not be a way to act on someone more privileged than oneself.
    const graph = await this.deps.permissionCache.setGraph();
    const cover = coversRemoval(this.ctx.authz.requireViewer().permissions, flattenSet(graph, setId).map((f) => f.grant));
    if (!cover.ok) throw AppError.forbidden(`Cannot revoke ${set.name}: it grants or denies ${cover.action}, which you do not hold`);
    return inTransaction(this.deps, this.ctx.log, async (uow) => {
      if (!(await deleteAssignment(uow.tx, userId, setId))) throw AppError.notFound('Assignment');
      // afterCommit effects run before published events, so every node has dropped the user's
      // permissions by the time the audit event reaches their live subscriptions.
      await announcePermissionChange(this.deps, uow, [userId]);
      await this.audit.record(uow, {
        action: 'permission_set.unassigned',
        targetType: 'user',
        targetId: userId,
        changes: { permissionSets: { before: { setId, name: set.name } } },
      });
      return true;
    });
  }
}

function minDate(a: Date | null | undefined, b: Date): Date {
  return a && a.getTime() < b.getTime() ? a : b;
}
