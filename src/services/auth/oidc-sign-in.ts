import {
  addMissingAssignments,
  findIdentity,
  findSetsByNames,
  findUserByEmail,
  insertIdentity,
  lockIdentityForTransaction,
  touchIdentity,
} from '../../db/queries/oidc.queries';
import { findUserById, insertUser, type PublicUser } from '../../db/queries/users.queries';
import type { AuditService } from '../audit/audit.service';
import type { ServiceDeps } from '../deps';
import { announcePermissionChange } from '../permissions/announce';
import { newId } from '../shared/ids';
import type { ServiceContext } from '../shared/service-context';
import { inTransaction, type UnitOfWork } from '../shared/unit-of-work';
import { toSnapshot } from '../users/user-snapshot';
import type { AuthPayload } from './auth.service';
import type { OidcClient } from './oidc-client';
import { OidcRefusal, refusalEvent, unusablePassword } from './oidc-refusal';
import { hashPassword } from './password';
import { startSession } from './session-start';
import { assertIpAllowed } from '../security/ip-access';

/** Verified claims about the person, from the ID token (and userinfo, for the same subject). */
export interface ExternalClaims extends Record<string, unknown> {
  issuer: string;
  subject: string;
}

type MatchedBy = 'identity' | 'email' | 'signup';

const NOT_VERIFIED = 'Your identity provider has not verified this email address, so it cannot be used to sign in here';
const INACTIVE = 'This account is suspended or deleted';

/**
 * Finds the user for an external identity: by its stored link first; otherwise by email, only when
 * the provider says the email is verified (an unverified email is anyone's to type); otherwise
 * creates one when sign-up is allowed. Then applies the group mapping and starts a session, all in
 * one transaction with its audit events. Refusals are audited in that transaction and returned.
 */
export async function signInExternalIdentity(
  deps: ServiceDeps,
  ctx: ServiceContext,
  audit: AuditService,
  client: OidcClient,
  claims: ExternalClaims,
): Promise<AuthPayload | OidcRefusal> {
  const { issuer, subject } = claims;
  const email = typeof claims.email === 'string' && claims.email.trim() !== '' ? claims.email.trim().slice(0, 320) : null;
  // Some providers send the boolean as a string.
  const verified = claims.email_verified === true || claims.email_verified === 'true';

  return inTransaction(deps, ctx.log, async (uow) => {
    const refuse = async (refusal: OidcRefusal) => {
      await audit.record(uow, refusalEvent(refusal));
      return refusal;
    };
    await lockIdentityForTransaction(uow.tx, issuer, subject);
    const identity = await findIdentity(uow.tx, issuer, subject);
    let user: PublicUser | undefined;
    let matchedBy: MatchedBy;
    if (identity) {
      user = (await findUserById(uow.tx, identity.userId))!;
      matchedBy = 'identity';
    } else {
      if (!email) return refuse(new OidcRefusal('email_missing', 'Your identity provider did not share an email address'));
      if (!verified) return refuse(new OidcRefusal('email_not_verified', NOT_VERIFIED));
      user = await findUserByEmail(uow.tx, email);
      matchedBy = user ? 'email' : 'signup';
      if (!user) {
        if (!client.settings.allowSignup) {
          return refuse(new OidcRefusal('signup_disabled', 'No account matches this identity, and sign-up through OIDC is disabled'));
        }
        user = await createUser(uow, audit, deps, claims, email);
      }
      if (user.status !== 'ACTIVE') return refuse(new OidcRefusal('inactive_user', INACTIVE, { userId: user.id }));
      await insertIdentity(uow.tx, { id: newId(), userId: user.id, issuer, subject, email });
    }
    if (user.status !== 'ACTIVE') return refuse(new OidcRefusal('inactive_user', INACTIVE, { userId: user.id }));
    if (identity) await touchIdentity(uow.tx, identity.id);

    const setsAdded = await applyGroupSets(uow, audit, deps, client, user.id, claims);
    // The same gates as a password login: the user's and their sets' IP allowlists.
    await assertIpAllowed(deps, ctx.meta, { userId: user.id, via: 'login' });
    const { sessionId, payload } = await startSession(deps, ctx.meta, uow, user.id);
    await audit.record(uow, {
      action: 'auth.oidc_login_succeeded',
      actor: { type: 'USER', id: user.id },
      targetType: 'session',
      targetId: sessionId,
      metadata: { issuer, subject, matchedBy, ...(setsAdded.length > 0 && { permissionSetsAdded: setsAdded }) },
    });
    return payload;
  });
}

async function createUser(
  uow: UnitOfWork,
  audit: AuditService,
  deps: ServiceDeps,
  claims: ExternalClaims,
  email: string,
): Promise<PublicUser> {
  // Only on a first sign-in (argon2 is slow): a real hash of a password nobody knows.
  const passwordHash = await hashPassword(unusablePassword());
  const named = typeof claims.name === 'string' && claims.name.trim() !== '' ? claims.name.trim() : email.split('@')[0]!;
  const user = await insertUser(uow.tx, { id: newId(), email, name: named.slice(0, 200), passwordHash });
  await audit.record(uow, {
    action: 'user.created',
    actor: { type: 'SYSTEM' },
    targetType: 'user',
    targetId: user.id,
    changes: { email: { after: user.email }, name: { after: user.name }, status: { after: user.status } },
    metadata: { source: 'oidc', issuer: claims.issuer },
  });
  uow.emit('user.changed', { kind: 'CREATED', user: toSnapshot(user) });
  return user;
}

/**
 * The provider's groups, mapped through OIDC_GROUP_SETS, add the sets the user lacks. They never
 * take sets away: an assignment an admin made must not vanish because a group claim was missing.
 */
async function applyGroupSets(
  uow: UnitOfWork,
  audit: AuditService,
  deps: ServiceDeps,
  client: OidcClient,
  userId: string,
  claims: ExternalClaims,
): Promise<string[]> {
  const raw = claims[client.settings.groupsClaim];
  const groups = Array.isArray(raw) ? raw.filter((g): g is string => typeof g === 'string') : typeof raw === 'string' ? [raw] : [];
  const mapping = client.settings.groupSets;
  const wanted = new Map<string, string>(); // lower-cased set name -> group that asked for it
  for (const group of groups) {
    const setName = Object.hasOwn(mapping, group) ? mapping[group] : undefined;
    if (setName) wanted.set(setName.toLowerCase(), group);
  }
  if (wanted.size === 0) return [];
  const sets = await findSetsByNames(uow.tx, [...wanted.keys()]);
  const added = new Set(await addMissingAssignments(uow.tx, userId, sets.map((s) => s.id)));
  const names: string[] = [];
  for (const set of sets) {
    if (!added.has(set.id)) continue;
    names.push(set.name);
    await audit.record(uow, {
      action: 'permission_set.assigned',
      actor: { type: 'SYSTEM' },
      targetType: 'user',
      targetId: userId,
      changes: { permissionSets: { after: { setId: set.id, name: set.name, expiresAt: null } } },
      metadata: { source: 'oidc_groups', group: wanted.get(set.name.toLowerCase()) },
    });
  }
  if (names.length > 0) await announcePermissionChange(deps, uow, [userId]);
  return names;
}
