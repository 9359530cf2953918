import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { findSetsByNames } from '../../db/queries/oidc.queries';
import type { Logger } from '../../logger';

/**
 * openid-client is ESM-only and this project is CommonJS: it is loaded with a dynamic import(),
 * which tsc keeps as a real import() under `module: node20`, and tsx/vitest leave alone.
 */
const loadLibrary = () => import('openid-client');
export type OpenIdClientLibrary = Awaited<ReturnType<typeof loadLibrary>>;
export type OidcConfiguration = InstanceType<OpenIdClientLibrary['Configuration']>;

let library: Promise<OpenIdClientLibrary> | null = null;
export function openIdClientLibrary(): Promise<OpenIdClientLibrary> {
  library ??= loadLibrary();
  return library;
}

/** Discovery and every later call to the provider give up after this long. */
const REQUEST_TIMEOUT_SECONDS = 5;

export interface DiscoveredProvider {
  lib: OpenIdClientLibrary;
  config: OidcConfiguration;
  issuer: string;
}

export const isLoopbackHost = (host: string) => host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);

/**
 * The relying-party side of one configured OpenID provider, per process. Discovery runs on first
 * use, not at start, so the server starts and serves everything else while the provider is down;
 * a failed discovery is forgotten, so the next sign-in attempt tries again.
 */
export class OidcClient {
  private discovered: Promise<DiscoveredProvider> | null = null;

  constructor(private readonly cfg: Config) {}

  get settings() {
    return {
      redirectUri: this.cfg.OIDC_REDIRECT_URI!,
      scopes: this.cfg.OIDC_SCOPES,
      allowSignup: this.cfg.OIDC_ALLOW_SIGNUP,
      groupsClaim: this.cfg.OIDC_GROUPS_CLAIM,
      groupSets: this.cfg.OIDC_GROUP_SETS,
    };
  }

  provider(): Promise<DiscoveredProvider> {
    if (!this.discovered) {
      const attempt = this.discover();
      this.discovered = attempt;
      attempt.catch(() => {
        if (this.discovered === attempt) this.discovered = null;
      });
    }
    return this.discovered;
  }

  private async discover(): Promise<DiscoveredProvider> {
    const lib = await openIdClientLibrary();
    const issuerUrl = new URL(this.cfg.OIDC_ISSUER!);
    const secret = this.cfg.OIDC_CLIENT_SECRET;
    // Plain http only for a provider on this machine (development, tests); loadConfig refuses others.
    const insecure = issuerUrl.protocol === 'http:' && isLoopbackHost(issuerUrl.hostname);
    const config = await lib.discovery(
      issuerUrl,
      this.cfg.OIDC_CLIENT_ID!,
      undefined,
      secret ? lib.ClientSecretBasic(secret) : lib.None(),
      { timeout: REQUEST_TIMEOUT_SECONDS, ...(insecure ? { execute: [lib.allowInsecureRequests] } : {}) },
    );
    config.timeout = REQUEST_TIMEOUT_SECONDS;
    return { lib, config, issuer: config.serverMetadata().issuer };
  }

  /** Once at start: a mapping that names a set which does not exist would silently grant nothing. */
  async warnAboutUnknownSets(db: Db, log: Logger): Promise<void> {
    const wanted = [...new Set(Object.values(this.cfg.OIDC_GROUP_SETS))];
    if (wanted.length === 0) return;
    const found = new Set((await findSetsByNames(db, wanted)).map((s) => s.name.toLowerCase()));
    for (const name of wanted) {
      if (!found.has(name.toLowerCase())) log.warn({ permissionSet: name }, 'OIDC_GROUP_SETS names a permission set that does not exist');
    }
  }
}
