import { AppError } from '../errors/app-error';
import type { Action } from './catalogue';
import type { ResourceRef } from './grant.types';
import { check, holdsAnywhere, type CompiledPermissions, type Decision } from './engine';
import type { RuleSpec } from './rule-spec';

export type AuthLevel = 'PASSWORD' | 'MFA';

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
  /**
   * When and how strongly the session last authenticated (login, verifyMfa, reauthenticate).
   * Absent for a viewer without a session (e.g. an API key): such a viewer is never stepped up.
   */
  authenticatedAt?: Date | null;
  authLevel?: AuthLevel | null;
  /** The user has a confirmed TOTP authenticator. */
  mfaEnabled?: boolean;
}

/** How a refusal names the thing refused, in words rather than the catalogue's type identifier. */
const RESOURCE_NOUNS: Partial<Record<ResourceRef['type'], string>> = {
  users: 'user',
  sessions: 'session',
  audit: 'audit trail',
  permissionSets: 'permission set',
  apiKeys: 'API key',
  security: 'security setting',
  ratelimit: 'rate-limit policy',
};

export const MFA_ENROLMENT_MESSAGE = 'Your permission set requires a second factor: enroll with enrollTotp';

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

  /** Second factors and re-authentication belong to a person's session, never to an API key. */
  requireSessionViewer(): Viewer & { sessionId: string } {
    const viewer = this.requireViewer();
    if (viewer.sessionId === null) {
      throw new AppError('FORBIDDEN', 'This operation needs a signed-in session; an API key cannot perform it');
    }
    return viewer as Viewer & { sessionId: string };
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
      throw new AppError('FORBIDDEN', `Missing permission ${action} on this ${RESOURCE_NOUNS[resource.type] ?? 'resource'}`);
    }
  }

  /**
   * Step-up: sensitive operations need the session to have authenticated recently, at the highest
   * level the user has (MFA once TOTP is enabled). Throws STEP_UP_REQUIRED naming the methods that
   * satisfy it (through reauthenticate). Services call it via `requireStepUp` in services/auth/step-up.ts.
   */
  assertSteppedUp(maxAgeSeconds: number, now = Date.now()): void {
    const viewer = this.requireViewer();
    if (viewer.sessionId === null) {
      // A key cannot re-authenticate: sensitive changes need a person's recent sign-in.
      throw new AppError('FORBIDDEN', 'This operation needs a recent sign-in (step-up); an API key cannot perform it');
    }
    const needed: AuthLevel = viewer.mfaEnabled ? 'MFA' : 'PASSWORD';
    const methods = needed === 'MFA' ? ['TOTP', 'RECOVERY_CODE'] : ['PASSWORD'];
    const at = viewer.authenticatedAt?.getTime();
    const levelOk = viewer.authLevel === 'MFA' || (viewer.authLevel === 'PASSWORD' && needed === 'PASSWORD');
    if (at === undefined || !levelOk || now - at > maxAgeSeconds * 1000) {
      throw new AppError('STEP_UP_REQUIRED', 'This operation needs a recent authentication: call reauthenticate, then retry', { methods });
    }
  }

  /** Layer 1: may the viewer call this root field at all? Throws the typed error when not. */
  assertRule(spec: RuleSpec): void {
    if (spec.kind === 'public') return;
    const viewer = this.requireViewer();
    // requireMfa policy: until enrolment, only the fields needed to enrol (and leave) are reachable.
    if (viewer.permissions.requiresMfa && !viewer.mfaEnabled && !(spec.kind === 'authenticated' && spec.mfaExempt)) {
      throw new AppError('FORBIDDEN', MFA_ENROLMENT_MESSAGE);
    }
    if (spec.kind === 'can' && !holdsAnywhere(viewer.permissions, spec.action)) {
      throw new AppError('FORBIDDEN', `Missing permission ${spec.action}`);
    }
  }
}
