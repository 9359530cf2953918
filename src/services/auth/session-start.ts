import { insertRefreshToken, insertSession } from '../../db/queries/auth.queries';
import { updateUser, type PublicUser } from '../../db/queries/users.queries';
import type { ServiceDeps } from '../deps';
import { newId } from '../shared/ids';
import type { RequestMeta } from '../shared/service-context';
import type { UnitOfWork } from '../shared/unit-of-work';
import { shownToThemselves } from '../users/user-snapshot';
import type { AuthPayload } from './auth.service';

/**
 * What every way of signing in ends with (password, OIDC): a new session row, the user's
 * last_login_at, and the first token pair. Auditing stays with the caller, which knows how the
 * user proved who they are.
 */
export async function startSession(
  deps: ServiceDeps,
  meta: RequestMeta,
  uow: UnitOfWork,
  userId: string,
  /** MFA when a second factor was checked on the way in (verifyMfa). */
  authLevel: 'PASSWORD' | 'MFA' = 'PASSWORD',
): Promise<{ sessionId: string; payload: AuthPayload }> {
  const sessionId = newId();
  await insertSession(uow.tx, {
    id: sessionId,
    userId,
    expiresAt: new Date(Date.now() + deps.config.SESSION_ABSOLUTE_TTL_HOURS * 3_600_000),
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 512) ?? null,
    authLevel,
  });
  const user = (await updateUser(uow.tx, userId, { lastLoginAt: new Date() }))!;
  return { sessionId, payload: await issueTokens(deps, uow, userId, sessionId, user) };
}

/** A fresh access token and a new single-use refresh token for an existing session. */
export async function issueTokens(
  deps: ServiceDeps,
  uow: UnitOfWork,
  userId: string,
  sessionId: string,
  user: PublicUser,
): Promise<AuthPayload> {
  const refresh = deps.tokens.mintRefreshToken();
  await insertRefreshToken(uow.tx, { id: newId(), sessionId, tokenHash: refresh.hash });
  const access = await deps.tokens.signAccessToken({ userId, sessionId });
  shownToThemselves.add(user);
  return { accessToken: access.token, refreshToken: refresh.token, expiresAt: access.expiresAt, user };
}
