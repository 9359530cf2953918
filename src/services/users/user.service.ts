import { AppError } from '../../errors/app-error';
import { reachesEverything, scopeFilter } from '../../authz/engine';
import type { ScopeFilter } from '../../authz/engine/scope-filter';
import { usersReachableSql } from '../../db/queries/scope-sql';
import { leanNodeServes, leanPageServes, readUserNode, readUserPage, type LeanUserRow } from '../../db/queries/user-page.queries';
import type { Selection } from '../../db/read/selection';
import {
  countUsers,
  emailTaken,
  findPasswordHash,
  findUserById,
  insertUser,
  listUsers,
  lockUser,
  updateUser,
  type PublicUser,
  type UserListFilter,
} from '../../db/queries/users.queries';
import type { UserChangeKind } from '../../pubsub/topics';
import { diffChanges } from '../audit/changes';
import type { AuditEventName } from '../audit/audit-events';
import { hashPassword, verifyPassword } from '../auth/password';
import { SessionService } from '../auth/session.service';
import { announcePermissionChange } from '../permissions/announce';
import { assertDoesNotOutrank } from '../permissions/outranks';
import { PermissionSetService } from '../permissions/permission-set.service';
import { decodeCursor, encodeCursor, isUuid, pageSize, toConnection, type Connection } from '../shared/connection';
import { newId } from '../shared/ids';
import { liveStream } from '../shared/live-stream';
import { inTransaction, type UnitOfWork } from '../shared/unit-of-work';
import { AUDITED_USER_FIELDS, emailDecided, fromSnapshot, shownToThemselves, toSnapshot, userResource } from './user-snapshot';
import { parseInput } from '../shared/parse-input';
import { createUserSchema, passwordSchema, updateUserSchema } from './user.validation';
import { AuditedService } from '../shared/audited-service';
import { requireStepUp } from '../auth/step-up';

type StatusChange = {
  event: AuditEventName;
  kind: UserChangeKind;
  from: PublicUser['status'][];
  to: PublicUser['status'];
  revokeSessions: boolean;
  /** Said when the user is not in a `from` status; written out, never derived from the event name. */
  refusal: Partial<Record<PublicUser['status'], string>>;
};

const STATUS_CHANGES = {
  suspend: {
    event: 'user.suspended',
    kind: 'UPDATED',
    from: ['ACTIVE'],
    to: 'SUSPENDED',
    revokeSessions: true,
    refusal: {
      SUSPENDED: 'This user is already suspended',
      DELETED: 'This user is deleted; restore them before suspending them',
    },
  },
  reactivate: {
    event: 'user.reactivated',
    kind: 'UPDATED',
    from: ['SUSPENDED'],
    to: 'ACTIVE',
    revokeSessions: false,
    refusal: {
      ACTIVE: 'This user is already active; only a suspended user can be reactivated',
      DELETED: 'This user is deleted; use restoreUser to bring them back',
    },
  },
  delete: {
    event: 'user.deleted',
    kind: 'DELETED',
    from: ['ACTIVE', 'SUSPENDED'],
    to: 'DELETED',
    revokeSessions: true,
    refusal: { DELETED: 'This user is already deleted' },
  },
  restore: {
    event: 'user.restored',
    kind: 'RESTORED',
    from: ['DELETED'],
    to: 'ACTIVE',
    revokeSessions: false,
    refusal: {
      ACTIVE: 'This user is not deleted, so there is nothing to restore',
      SUSPENDED: 'This user is suspended, not deleted; use reactivateUser',
    },
  },
} satisfies Record<string, StatusChange>;

export class UserService extends AuditedService {

  private get db() {
    return this.deps.database.db;
  }

  /**
   * With the client's selection, a lean read: only the selected columns (labels too when email is
   * asked for: its visibility is decided on them), the held sets in the same statement.
   */
  async me(fields?: Selection): Promise<PublicUser | LeanUserRow> {
    const id = this.ctx.authz.requireViewer().userId;
    const user = fields && leanNodeServes(fields) ? await readUserNode(this.db, id, fields, fields.has('email')) : await findUserById(this.db, id);
    if (!user) throw AppError.unauthenticated();
    return user;
  }

  /** Email is a sensitive field with its own permission; without it the field reads as null. */
  visibleEmail(user: { id: string; labels: Record<string, string>; email: string | null }): string | null {
    if (shownToThemselves.has(user) || emailDecided.has(user)) return user.email;
    return this.ctx.authz.can('users:readEmail', userResource(user)) ? user.email : null;
  }

  /** Lean like `me` when `fields` allow; labels are always read, since `users:read` is decided on them. */
  async get(id: string, fields?: Selection): Promise<PublicUser | LeanUserRow> {
    const lean = fields && leanNodeServes(fields);
    const user = !isUuid(id) ? undefined : lean ? await readUserNode(this.db, id, fields, true) : await findUserById(this.db, id);
    if (!user) throw AppError.notFound('User');
    this.ctx.authz.assertCan('users:read', userResource(user as Pick<PublicUser, 'id' | 'labels'>));
    return user;
  }

  /**
   * Lists only the users the viewer may read (label- or id-scoped readers see their slice). With the
   * client's node selection, a page it can serve is read lean: only the selected columns, the held
   * sets in the same statement, and email visibility decided once for the page (in SQL where it
   * depends on the row) instead of once per row.
   */
  async list(
    filter: UserListFilter,
    first?: number | null,
    after?: string | null,
    nodeFields?: Selection,
  ): Promise<Connection<PublicUser | LeanUserRow>> {
    const viewer = this.ctx.authz.requireViewer();
    const readable = scopeFilter(viewer.permissions, 'users:read');
    if (!reachesEverything(readable)) filter = { ...filter, reachable: usersReachableSql(readable) };
    const emails = scopeFilter(viewer.permissions, 'users:readEmail');
    const emailsEverywhere = reachesEverything(emails);
    if (filter.search && !emailsEverywhere) filter = { ...filter, emailReadable: usersReachableSql(emails) };
    const size = pageSize(first);
    const afterId = decodeCursor('users', after, isUuid);
    if (filter.permissionSetId && !isUuid(filter.permissionSetId)) {
      throw AppError.badInput('filter.permissionSetId is not a valid id', 'filter.permissionSetId');
    }
    const count = () => countUsers(this.db, filter);
    const cursorOf = (u: { id: string }) => encodeCursor('users', u.id);
    if (!nodeFields || !leanPageServes(nodeFields)) {
      const rows = await listUsers(this.db, filter, { first: size, afterId });
      return toConnection<PublicUser>(rows, size, cursorOf, undefined, count);
    }
    const email = emailsEverywhere ? true : reachesNothing(emails) ? false : usersReachableSql(emails);
    const rows = await readUserPage(this.db, filter, { first: size, afterId }, { fields: nodeFields, email });
    if (nodeFields.has('email')) for (const row of rows) emailDecided.add(row);
    return toConnection<LeanUserRow>(rows, size, cursorOf, undefined, count);
  }

  async create(raw: unknown): Promise<PublicUser> {
    const input = parseInput(createUserSchema, raw);
    this.ctx.authz.assertCan('users:write', { type: 'users', labels: input.labels ?? {} });
    const passwordHash = await hashPassword(input.password);
    return this.mutate('CREATED', async (uow) => {
      if (await emailTaken(uow.tx, input.email)) throw AppError.conflict('A user with this email already exists', 'input.email');
      const user = await insertUser(uow.tx, { id: newId(), email: input.email, name: input.name, labels: input.labels ?? {}, passwordHash });
      await this.audit.record(uow, {
        action: 'user.created',
        targetType: 'user',
        targetId: user.id,
        changes: diffChanges(null, { ...user, password: 'set' }, [...AUDITED_USER_FIELDS, 'password']),
      });
      const sets = new PermissionSetService(this.deps, this.ctx);
      for (const setId of new Set(input.permissionSetIds ?? [])) await sets.assignInTransaction(uow, user.id, setId, null);
      return user;
    });
  }

  async update(id: string, raw: unknown): Promise<PublicUser> {
    const input = parseInput(updateUserSchema, raw);
    return this.mutate('UPDATED', async (uow) => {
      const before = await this.lockForWrite(uow, id);
      if (input.labels) this.ctx.authz.assertCan('users:write', { type: 'users', id, labels: input.labels });
      if (input.email && (await emailTaken(uow.tx, input.email, id))) {
        throw AppError.conflict('A user with this email already exists', 'input.email');
      }
      const after = (await updateUser(uow.tx, id, input))!;
      await this.audit.record(uow, { action: 'user.updated', targetType: 'user', targetId: id, changes: diffChanges(before, after, AUDITED_USER_FIELDS) });
      return after;
    });
  }

  suspend = (id: string) => this.changeStatus(id, STATUS_CHANGES.suspend);
  reactivate = (id: string) => this.changeStatus(id, STATUS_CHANGES.reactivate);
  delete = (id: string) => this.changeStatus(id, STATUS_CHANGES.delete);
  restore = (id: string) => this.changeStatus(id, STATUS_CHANGES.restore);

  private changeStatus(id: string, change: StatusChange): Promise<PublicUser> {
    return this.mutate(change.kind, async (uow) => {
      const before = await this.lockForWrite(uow, id);
      if (change.to === 'DELETED') requireStepUp(this.deps, this.ctx);
      if (before.id === this.ctx.authz.viewer?.userId && change.to !== 'ACTIVE') {
        throw AppError.badInput('You cannot suspend or delete your own account', 'id');
      }
      if (!change.from.includes(before.status)) {
        throw AppError.conflict(change.refusal[before.status] ?? 'This user is not in a state that allows this change');
      }
      const after = (await updateUser(uow.tx, id, {
        status: change.to,
        deletedAt: change.to === 'DELETED' ? new Date() : null,
      }))!;
      const revokedSessions = change.revokeSessions
        ? await new SessionService(this.deps, this.ctx).revokeAllOfUser(uow, id, change.event)
        : 0;
      // Their delegations lend rights only while they are active: delegatees must re-evaluate.
      await announcePermissionChange(this.deps, uow, [id]);
      await this.audit.record(uow, {
        action: change.event,
        targetType: 'user',
        targetId: id,
        changes: diffChanges(before, after, AUDITED_USER_FIELDS),
        metadata: change.revokeSessions ? { revokedSessions } : null,
      });
      return after;
    });
  }

  async changePassword(currentPassword: string, newPassword: string): Promise<boolean> {
    const viewer = this.ctx.authz.requireViewer();
    // changePassword is open to any signed-in user; a machine credential must not reach it.
    if (viewer.apiKeyId) throw AppError.forbidden('An API key cannot change passwords; sign in as the user');
    const next = parseInput(passwordSchema, newPassword, 'newPassword');
    const hash = await findPasswordHash(this.db, viewer.userId);
    if (!hash || !(await verifyPassword(hash, currentPassword))) {
      throw AppError.badInput('currentPassword is incorrect', 'currentPassword');
    }
    if (currentPassword === next) throw AppError.badInput('newPassword must differ from the current one', 'newPassword');
    const passwordHash = await hashPassword(next);
    await inTransaction(this.deps, this.ctx.log, async (uow) => {
      await updateUser(uow.tx, viewer.userId, { passwordHash });
      // Whoever else held a session with the old password is signed out; this session stays.
      const sessions = new SessionService(this.deps, this.ctx);
      const revokedSessions = await sessions.revokeAllOfUser(uow, viewer.userId, 'password_changed', viewer.sessionId ?? undefined);
      await this.audit.record(uow, {
        action: 'user.password_changed',
        targetType: 'user',
        targetId: viewer.userId,
        changes: { password: { before: '[redacted]', after: '[redacted]' } },
        metadata: { revokedSessions },
      });
    });
    return true;
  }

  /**
   * Locks the row, checks write permission on it, and refuses to act on anyone whose effective
   * permissions exceed the caller's (an Admin cannot suspend or rename the Owner).
   */
  private async lockForWrite(uow: UnitOfWork, id: string): Promise<PublicUser> {
    const user = isUuid(id) ? await lockUser(uow.tx, id) : undefined;
    if (!user) throw AppError.notFound('User');
    this.ctx.authz.assertCan('users:write', userResource(user));
    await assertDoesNotOutrank(this.deps, this.ctx.authz.requireViewer(), user.id);
    return user;
  }

  private async mutate(kind: UserChangeKind, work: (uow: UnitOfWork) => Promise<PublicUser>): Promise<PublicUser> {
    return inTransaction(this.deps, this.ctx.log, async (uow) => {
      const user = await work(uow);
      uow.emit('user.changed', { kind, user: toSnapshot(user) });
      return user;
    }).catch((err: unknown) => {
      // Concurrent writers can both pass emailTaken; the unique index decides and the loser gets CONFLICT.
      if (isUniqueViolation(err, 'users_email_lower_uq')) throw AppError.conflict('A user with this email already exists', 'input.email');
      throw err;
    });
  }

  subscribeChanges(after?: string | null) {
    return liveStream(this.deps, this.ctx, {
      topic: 'user.changed',
      shareKey: '',
      after,
      authorize: (authz) => authz.assertRule({ kind: 'can', action: 'users:read' }),
      accept: (msg, authz) => authz.can('users:read', userResource(msg.user)),
      map: (msg) => ({ kind: msg.kind, user: fromSnapshot(msg.user) }),
    });
  }
}

/** postgres.js errors arrive as-is or wrapped by drizzle (DrizzleQueryError.cause). */
function isUniqueViolation(err: unknown, constraint: string): boolean {
  const pg = ((err as { cause?: unknown } | null)?.cause ?? err) as { code?: string; constraint_name?: string } | null;
  return pg?.code === '23505' && pg.constraint_name === constraint;
}

/** No allow of any kind: nothing is reachable, so the column need not even be read. */
function reachesNothing(filter: ScopeFilter): boolean {
  return filter.allow.length === 0 && filter.delegated.length === 0;
}
