import { coversAll } from '../../authz/engine';
import type { Viewer } from '../../authz/authorizer';
import { AppError } from '../../errors/app-error';
import type { ServiceDeps } from '../deps';

/**
 * Nobody acts on a user who holds more than they do: an Admin cannot suspend, rename, restrict or
 * re-assign the Owner. Acting on oneself is always allowed here (other checks still apply).
 */
export async function assertDoesNotOutrank(deps: ServiceDeps, viewer: Viewer, targetUserId: string): Promise<void> {
  if (targetUserId === viewer.userId) return;
  const target = await deps.permissionCache.get(targetUserId);
  const cover = coversAll(
    viewer.permissions,
    target.grants.filter((g) => g.source.kind !== 'BASELINE'),
  );
  if (!cover.ok) throw AppError.forbidden(`This user holds ${cover.action}, which you do not; you cannot change them`);
}
