import { randomBytes } from 'node:crypto';
import type { AuditEventInput } from '../audit/audit.service';

/** A refusal: the client sees `message`, the audit trail gets `reason` (never a token or code). */
export class OidcRefusal {
  constructor(
    readonly reason: string,
    readonly message: string,
    readonly extra: { userId?: string | null; detail?: string } = {},
  ) {}
}

export function refusalEvent(refusal: OidcRefusal): AuditEventInput {
  const { userId, detail } = refusal.extra;
  return {
    action: 'auth.oidc_login_failed',
    outcome: 'FAILURE',
    actor: { type: 'ANONYMOUS' },
    targetType: userId ? 'user' : null,
    targetId: userId ?? null,
    metadata: { reason: refusal.reason, ...(detail && { detail }) },
  };
}

/**
 * A short, token-free label for why openid-client or the provider refused: library error codes
 * and OAuth error codes only, never messages (they can quote response bodies).
 */
export function failureDetail(err: unknown): string {
  if (typeof err !== 'object' || err === null) return 'unknown';
  const e = err as { error?: unknown; code?: unknown; cause?: unknown; name?: unknown };
  const oauthError = typeof e.error === 'string' ? e.error : null;
  const code = typeof e.code === 'string' ? e.code : null;
  // openid-client wraps oauth4webapi's error, which names the claim that did not match.
  let claim: string | null = null;
  for (let c: unknown = e.cause, depth = 0; c && typeof c === 'object' && depth < 3 && !claim; depth += 1) {
    const named = (c as { claim?: unknown }).claim;
    if (typeof named === 'string') claim = named;
    c = (c as { cause?: unknown }).cause;
  }
  const label = [code, oauthError, claim && `claim:${claim}`].filter(Boolean).join(' ');
  return (label || (typeof e.name === 'string' ? e.name : 'unknown')).replace(/[^\w:. -]/g, '').slice(0, 120);
}

/** A password nobody knows: the account signs in through its provider until a password is set. */
export const unusablePassword = () => randomBytes(32).toString('base64url');
