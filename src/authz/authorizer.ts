import { AppError } from '../errors/app-error';
import type { Action } from './catalogue';
import type { ResourceRef } from './grant.types';
import { check, holdsAnywhere, type CompiledPermissions, type Decision } from './engine';
import type { RuleSpec } from './rule-spec';

/**
 * Who is calling: the user, their session or API key, and their compiled effective permissions.
 * A key viewer has no session (`sessionId` null): `userId` is the key's owner and `permissions`
 * are the key's grants intersected with the owner's live rights.
 */
export interface Viewer {
  userId: string;
  sessionId: string | null;
  apiKeyId?: string | null;
  /** The secret the key authenticated with (rotation keeps older secrets alive for a while). */
  apiKeySecretId?: string | null;
  permissions: CompiledPermissions;
}

/**
 * Layer 2 of authorization, bound to one request's viewer. Services call `assertCan` for every
 * resource they touch; root-field gating (layer 1) uses `satisfies` with the same engine.
 */
export class Authorizer {
  /**
   * `tokenError` is why a presented token was not accepted (expired, revoked): the request still
   * runs anonymously, so public operations such as refreshSession work with a stale header, and
   * everything else fails with that precise reason.
   */
  constructor(
    readonly viewer: Viewer | null,
    readonly tokenError: AppError | null = null,
  ) {}

  requireViewer(): Viewer {
    if (!this.viewer) throw this.tokenError ?? AppError.unauthenticated();
    return this.viewer;
  }

  decide(action: Action, resource: ResourceRef): Decision | null {
    return this.viewer ? check(this.viewer.permissions, { action, resource }) : null;
  }

  can(action: Action, resource: ResourceRef): boolean {
    return this.decide(action, resource)?.allowed ?? false;
  }

  assertCan(action: Action, resource: ResourceRef): void {
    const viewer = this.requireViewer();
    if (!check(viewer.permissions, { action, resource }).allowed) {
      throw new AppError('FORBIDDEN', `Missing permission ${action} on this ${resource.type} resource`);
    }
  }

  /** Layer 1: may the viewer call this root field at all? Throws the typed error when not. */
  assertRule(spec: RuleSpec): void {
    if (spec.kind === 'public') return;
    const viewer = this.requireViewer();
    if (spec.kind === 'can' && !holdsAnywhere(viewer.permissions, spec.action)) {
      throw new AppError('FORBIDDEN', `Missing permission ${spec.action}`);
    }
  }
}
