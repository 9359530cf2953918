import { requireStepUp } from '../auth/step-up';
import { coversAll, flattenSet } from '../../authz/engine';
import type { ResourceRef } from '../../authz/grant.types';
import { findAllowlist, replaceAllowlist } from '../../db/queries/ip-allowlists.queries';
import { findSetById, holdersOfSets } from '../../db/queries/permissions.queries';
import { findUserById } from '../../db/queries/users.queries';
import { AppError } from '../../errors/app-error';
import { isUuid } from '../shared/connection';
import { newId } from '../shared/ids';
import { inTransaction, type UnitOfWork } from '../shared/unit-of-work';
import { AuditedService } from '../shared/audited-service';
import { announcePermissionChange } from '../permissions/announce';
import { assertDoesNotOutrank } from '../permissions/outranks';
import { userResource } from '../users/user-snapshot';
import { ipMatches, MAX_CIDRS, parseCidr } from './cidr';
import { displayPath } from '../shared/parse-input';

type Subject = { userId: string } | { permissionSetId: string };

/**
 * IP allowlists on users and permission sets (security:allowlists). Lists are read on every
 * request, so a change applies from the next request on every node without a cache to invalidate.
 */
export class IpAllowlistService extends AuditedService {
  async setForUser(userId: string, cidrs: unknown): Promise<string[]> {
    requireStepUp(this.deps, this.ctx);
    const list = parseCidrList(cidrs);
    const user = isUuid(userId) ? await findUserById(this.deps.database.db, userId) : undefined;
    if (!user) throw AppError.notFound('User');
    await this.guarded(() => {
      this.ctx.authz.assertCan('security:allowlists', userResource(user));
      return assertDoesNotOutrank(this.deps, this.ctx.authz.requireViewer(), user.id);
    }, 'user', user.id);
    if (user.id === this.ctx.authz.requireViewer().userId) this.assertKeepsCaller(list, 'your own account');
    return this.replace({ userId: user.id }, list, 'user', user.id);
  }

  async setForPermissionSet(permissionSetId: string, cidrs: unknown): Promise<string[]> {
    requireStepUp(this.deps, this.ctx);
    const list = parseCidrList(cidrs);
    const set = isUuid(permissionSetId) ? await findSetById(this.deps.database.db, permissionSetId) : undefined;
    if (!set) throw AppError.notFound('Permission set');
    const viewer = this.ctx.authz.requireViewer();
    await this.guarded(async () => {
      this.ctx.authz.assertCan('security:allowlists', { type: 'permissionSets', id: set.id });
      // Restricting a set acts on everyone holding it: only someone who could assign it (holds all
      // it grants) and whom no holder outranks may do so.
      const graph = await this.deps.permissionCache.setGraph();
      const cover = coversAll(viewer.permissions, flattenSet(graph, set.id).map((f) => f.grant));
      if (!cover.ok) throw AppError.forbidden(`Cannot restrict ${set.name}: it grants ${cover.action}, ${cover.reason}`);
      for (const holder of await holdersOfSets(this.deps.database.db, [set.id])) await assertDoesNotOutrank(this.deps, viewer, holder);
    }, 'permission_set', set.id);
    if ((await holdersOfSets(this.deps.database.db, [set.id])).includes(viewer.userId)) this.assertKeepsCaller(list, `the permission set ${set.name}, which you hold`);
    return this.replace({ permissionSetId: set.id }, list, 'permission_set', set.id);
  }

  /** Whether the `ipAllowlist` fields show the list: to holders of security:allowlists or security:read on it. */
  visibleTo(resource: ResourceRef): boolean {
    return this.ctx.authz.can('security:allowlists', resource) || this.ctx.authz.can('security:read', resource);
  }

  private assertKeepsCaller(list: string[], what: string): void {
    if (list.length > 0 && !ipMatches(list, this.ctx.meta.ip)) {
      throw AppError.badInput(`This list would lock you out: your current address ${this.ctx.meta.ip ?? '(unknown)'} is not in it (${what})`, 'cidrs');
    }
  }

  /** Denials are audited as such, then rethrown. */
  private async guarded(check: () => unknown, targetType: string, targetId: string): Promise<void> {
    try {
      await check();
    } catch (err) {
      if (err instanceof AppError && err.code === 'FORBIDDEN') {
        await this.audit.recordStandalone({
          action: 'ip_allowlist.updated',
          outcome: 'DENIED',
          targetType,
          targetId,
          metadata: { reason: err.message },
        });
      }
      throw err;
    }
  }

  private replace(subject: Subject, cidrs: string[], targetType: string, targetId: string): Promise<string[]> {
    const viewer = this.ctx.authz.requireViewer();
    return inTransaction(this.deps, this.ctx.log, async (uow: UnitOfWork) => {
      const before = (await findAllowlist(uow.tx, subject))?.cidrs ?? [];
      await replaceAllowlist(uow.tx, subject, { id: newId(), cidrs, updatedBy: viewer.userId });
      await this.audit.record(uow, {
        action: 'ip_allowlist.updated',
        targetType,
        targetId,
        changes: { ipAllowlist: { before, after: cidrs } },
      });
      // Read per request, so nothing to invalidate for HTTP; live subscriptions re-check the
      // address when the users it binds have a permission change announced.
      const bound = 'userId' in subject ? [subject.userId] : await holdersOfSets(uow.tx, [subject.permissionSetId]);
      await announcePermissionChange(this.deps, uow, bound);
      return cidrs;
    });
  }
}

/** Validated, normalised and de-duplicated; the first bad entry is named. */
export function parseCidrList(raw: unknown, field = 'cidrs'): string[] {
  if (!Array.isArray(raw)) throw AppError.badInput(`${field} must be a list of CIDRs`, field);
  if (raw.length > MAX_CIDRS) throw AppError.badInput(`${field} may hold at most ${MAX_CIDRS} entries`, field);
  const out = new Set<string>();
  raw.forEach((entry, i) => {
    const parsed = typeof entry === 'string' ? parseCidr(entry) : ({ ok: false, reason: 'the entry is not a string' } as const);
    if (!parsed.ok) throw AppError.badInput(`${displayPath(field, [i])}: ${parsed.reason}`, `${field}.${i}`);
    out.add(parsed.cidr);
  });
  return [...out];
}
