import { AppError } from '../../errors/app-error';
import { consumeLoginState, insertLoginState, purgeExpiredLoginStates } from '../../db/queries/oidc.queries';
import type { OidcLoginStateRow } from '../../db/schema';
import { AuditedService } from '../shared/audited-service';
import type { AuthPayload } from './auth.service';
import type { DiscoveredProvider, OidcClient } from './oidc-client';
import { failureDetail, OidcRefusal, refusalEvent } from './oidc-refusal';
import { signInExternalIdentity, type ExternalClaims } from './oidc-sign-in';

/** How long a begun sign-in may take to come back from the provider. */
const STATE_TTL_MS = 10 * 60_000;
const MAX_CALLBACK_LENGTH = 8192;

export interface OidcLoginStart {
  authorizationUrl: string;
  state: string;
}

/**
 * Authorization code flow with PKCE and a nonce. The state, nonce and code verifier live in the
 * database, so any node can complete what another began, and each is used at most once.
 */
export class OidcService extends AuditedService {
  async begin(): Promise<OidcLoginStart> {
    const client = this.client();
    const { lib, config } = await this.provider(client);
    const state = lib.randomState();
    const nonce = lib.randomNonce();
    const codeVerifier = lib.randomPKCECodeVerifier();
    const codeChallenge = await lib.calculatePKCECodeChallenge(codeVerifier);
    // Nothing is changed for anyone yet, so there is no audit event; abandoned rows are purged here.
    await purgeExpiredLoginStates(this.deps.database.db);
    await insertLoginState(this.deps.database.db, { state, nonce, codeVerifier, expiresAt: new Date(Date.now() + STATE_TTL_MS) });
    const url = lib.buildAuthorizationUrl(config, {
      redirect_uri: client.settings.redirectUri,
      scope: client.settings.scopes,
      response_type: 'code',
      state,
      nonce,
      code_challenge: codeChallenge,
      code_challenge_method: 'S256',
    });
    return { authorizationUrl: url.href, state };
  }

  /**
   * `callbackUrl` is where the provider sent the browser back to (OIDC_REDIRECT_URI with `code`
   * and `state`). `expectedState`, when the client passes the state it kept from begin, also
   * refuses callbacks that belong to a sign-in this browser never started (login CSRF).
   */
  async complete(callbackUrl: string, expectedState?: string | null): Promise<AuthPayload> {
    const client = this.client();
    const url = this.parseCallback(client, callbackUrl);
    const state = url.searchParams.get('state');
    if (!state) return this.refuse(new OidcRefusal('missing_state', 'The sign-in response carries no state'));
    // Ours are base64url; anything else (a NUL, a megabyte) is not worth a database round trip.
    if (!/^[\w-]{1,128}$/.test(state)) return this.refuse(new OidcRefusal('unknown_state', 'Sign-in expired or already used; start again'));
    if (expectedState != null && expectedState !== state) {
      return this.refuse(new OidcRefusal('state_mismatch', 'The sign-in response belongs to another sign-in'));
    }
    const provider = await this.provider(client);
    // Consumed before the exchange, so a failed or replayed attempt can never be retried.
    const pending = await consumeLoginState(this.deps.database.db, state);
    if (!pending) return this.refuse(new OidcRefusal('unknown_state', 'Sign-in expired or already used; start again'));
    if (pending.expiresAt.getTime() <= Date.now()) return this.refuse(new OidcRefusal('expired_state', 'Sign-in expired or already used; start again'));

    const claims = await this.exchange(provider, client, url, pending);
    if (claims instanceof OidcRefusal) return this.refuse(claims);
    const outcome = await signInExternalIdentity(this.deps, this.ctx, this.audit, client, claims);
    if (outcome instanceof OidcRefusal) throw AppError.unauthenticated(outcome.message);
    return outcome;
  }

  private async exchange(
    { lib, config, issuer }: DiscoveredProvider,
    client: OidcClient,
    url: URL,
    pending: OidcLoginStateRow,
  ): Promise<ExternalClaims | OidcRefusal> {
    let tokens;
    try {
      // openid-client checks the state, the issuer parameter, the ID token's signature, audience,
      // expiry and nonce, and sends the PKCE verifier; any mismatch throws.
      tokens = await lib.authorizationCodeGrant(
        config,
        url,
        { pkceCodeVerifier: pending.codeVerifier, expectedState: pending.state, expectedNonce: pending.nonce, idTokenExpected: true },
        { redirect_uri: client.settings.redirectUri },
      );
    } catch (err) {
      return new OidcRefusal('code_exchange_failed', 'The identity provider did not confirm this sign-in', { detail: failureDetail(err) });
    }
    const idClaims = tokens.claims();
    if (!idClaims) return new OidcRefusal('code_exchange_failed', 'The identity provider did not confirm this sign-in', { detail: 'no_id_token' });
    let profile: Record<string, unknown> = {};
    if (config.serverMetadata().userinfo_endpoint && tokens.access_token) {
      try {
        // Providers may keep email and groups out of the ID token; userinfo must be about the same subject.
        profile = await lib.fetchUserInfo(config, tokens.access_token, idClaims.sub);
      } catch (err) {
        return new OidcRefusal('userinfo_failed', 'The identity provider did not return the user profile', { detail: failureDetail(err) });
      }
    }
    return { ...profile, ...idClaims, issuer, subject: idClaims.sub };
  }

  private parseCallback(client: OidcClient, raw: string): URL {
    let url: URL;
    try {
      if (typeof raw !== 'string' || raw.length > MAX_CALLBACK_LENGTH) throw new Error('length');
      url = new URL(raw);
    } catch {
      throw AppError.badInput('callbackUrl is not a valid URL', 'callbackUrl');
    }
    const expected = new URL(client.settings.redirectUri);
    if (url.origin !== expected.origin || url.pathname !== expected.pathname) {
      throw AppError.badInput('callbackUrl does not match the configured redirect URI', 'callbackUrl');
    }
    return url;
  }

  private client(): OidcClient {
    if (!this.deps.oidc) throw AppError.badInput('Sign-in with OIDC is not configured on this server');
    return this.deps.oidc;
  }

  private async provider(client: OidcClient): Promise<DiscoveredProvider> {
    try {
      return await client.provider();
    } catch (err) {
      this.ctx.log.warn({ reason: failureDetail(err) }, 'OIDC discovery failed');
      throw new AppError('INTERNAL', 'The identity provider is unavailable; try again later');
    }
  }

  private async refuse(refusal: OidcRefusal): Promise<never> {
    await this.audit.recordStandalone(refusalEvent(refusal));
    throw AppError.unauthenticated(refusal.message);
  }
}
