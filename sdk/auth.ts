import { ControlPlaneError, toControlPlaneError } from './errors';

/** What a sign-in or a refresh hands the app to persist. */
export interface Tokens {
  accessToken: string;
  refreshToken: string | null;
  /** When the access token expires (ISO 8601), if known. */
  expiresAt: string | null;
}

export interface AuthOptions {
  /** A session access token, sent as `Authorization: Bearer`. */
  token?: string | null;
  /** The session's refresh token: with it the client renews an expired access token by itself. */
  refreshToken?: string | null;
  /** When `token` expires (ISO 8601); lets the client refresh just before instead of after a refusal. */
  expiresAt?: string | null;
  /** An API key (`cpk_…`), sent as `Authorization: Bearer`. Keys are not refreshed. */
  apiKey?: string | null;
  /**
   * Called with the new tokens after every sign-in through `login` and every refresh (refresh
   * tokens rotate: persist the new one), and with `null` when the session could not be renewed.
   */
  onTokens?: (tokens: Tokens | null) => void | Promise<void>;
}

/** Renew this long before the known expiry, so a request does not race the clock. */
const EXPIRY_SKEW_MS = 10_000;

type Refresher = (refreshToken: string) => Promise<Tokens>;

/**
 * Holds the credential and renews it. One refresh at a time (single flight): concurrent requests
 * that fail together share it, and a request that was sent with an already replaced token just
 * retries with the new one instead of spending the rotated refresh token again.
 */
export class TokenStore {
  private access: string | null;
  private refresh: string | null;
  private expiresAt: number | null;
  private readonly apiKey: string | null;
  private inFlight: Promise<string> | null = null;
  /** How many refreshes ran (for diagnostics and tests). */
  refreshCount = 0;

  constructor(
    private readonly options: AuthOptions,
    private readonly refresher: Refresher,
  ) {
    this.apiKey = options.apiKey ?? null;
    this.access = options.token ?? null;
    this.refresh = options.refreshToken ?? null;
    this.expiresAt = options.expiresAt ? Date.parse(options.expiresAt) : null;
  }

  /** The credential to send now (an API key wins over a session token). */
  current(): string | null {
    return this.apiKey ?? this.access;
  }

  canRefresh(): boolean {
    return !this.apiKey && !!this.refresh;
  }

  tokens(): Tokens | null {
    if (!this.access) return null;
    return { accessToken: this.access, refreshToken: this.refresh, expiresAt: this.expiresAt ? new Date(this.expiresAt).toISOString() : null };
  }

  /** Adopts tokens from a sign-in (or from storage) and tells the app. */
  async set(tokens: Tokens | null, notify = true): Promise<void> {
    this.access = tokens?.accessToken ?? null;
    this.refresh = tokens?.refreshToken ?? null;
    this.expiresAt = tokens?.expiresAt ? Date.parse(tokens.expiresAt) : null;
    if (notify) await this.options.onTokens?.(tokens);
  }

  /** The current credential, renewed first when it is about to expire. */
  async fresh(): Promise<string | null> {
    if (this.canRefresh() && this.expiresAt !== null && this.expiresAt - Date.now() < EXPIRY_SKEW_MS) {
      return this.renew(this.access).catch(() => this.current());
    }
    return this.current();
  }

  /**
   * Renews the access token after `failed` was refused. Returns the token to retry with; throws a
   * ControlPlaneError (UNAUTHENTICATED) when the session cannot be renewed.
   */
  async renew(failed: string | null): Promise<string> {
    if (this.access && this.access !== failed) return this.access;
    this.inFlight ??= this.runRefresh().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  private async runRefresh(): Promise<string> {
    const refreshToken = this.refresh;
    if (!refreshToken || this.apiKey) throw new ControlPlaneError({ code: 'UNAUTHENTICATED', message: 'No refresh token to renew the session with' });
    this.refreshCount += 1;
    let next: Tokens;
    try {
      next = await this.refresher(refreshToken);
    } catch (e) {
      const error = toControlPlaneError(e);
      // The server refused the refresh token (expired, revoked, reused): the session is over.
      if (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN' || error.code === 'BAD_USER_INPUT') {
        await this.set(null);
        throw new ControlPlaneError({ code: 'UNAUTHENTICATED', message: `Session could not be renewed: ${error.message}`, errors: error.errors, status: error.status, cause: error });
      }
      throw error;
    }
    await this.set(next);
    return next.accessToken;
  }
}
