import { createHash, randomBytes } from 'node:crypto';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { AppError } from '../../errors/app-error';

const ISSUER = 'control-plane';
const AUDIENCE = 'control-plane-api';

export interface AccessClaims {
  userId: string;
  sessionId: string;
}

/** Verified access tokens one node remembers; the oldest goes first beyond this. */
const MAX_VERIFIED = 10_000;

/** Signs and verifies access tokens (HS256 JWT) and mints opaque refresh tokens. */
export class TokenService {
  private readonly key: Uint8Array;
  /**
   * Tokens whose signature and claims were verified, with their expiry (seconds): a client sends
   * the same token for minutes, and WebCrypto's HMAC (a thread-pool job) cost ~6 % of a busy
   * node's CPU. Keyed by the whole token string, so only a byte-identical token is served from
   * here; its expiry is checked at every use exactly as jose checks it. Whether its session still
   * stands is decided afterwards, per request, as before.
   */
  private readonly verified = new Map<string, { claims: AccessClaims; exp: number }>();

  constructor(
    secret: string,
    private readonly accessTtlSeconds: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async signAccessToken(claims: AccessClaims): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + this.accessTtlSeconds * 1000);
    const token = await new SignJWT({ sid: claims.sessionId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(claims.userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }

  async verifyAccessToken(token: string): Promise<AccessClaims> {
    const known = this.verified.get(token);
    if (known) {
      if (Math.floor(Date.now() / 1000) < known.exp) return known.claims;
      this.verified.delete(token);
      throw AppError.unauthenticated('Access token expired');
    }
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
      });
      if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') throw new Error('claims');
      const claims = { userId: payload.sub, sessionId: payload.sid };
      if (typeof payload.exp === 'number' && payload.nbf === undefined) {
        if (this.verified.size >= MAX_VERIFIED) this.verified.delete(this.verified.keys().next().value!);
        this.verified.set(token, { claims, exp: payload.exp });
      }
      return claims;
    } catch (e) {
      const expired = e instanceof joseErrors.JWTExpired;
      throw AppError.unauthenticated(expired ? 'Access token expired' : 'Invalid access token');
    }
  }

  /** 256 random bits; only its SHA-256 is stored. */
  mintRefreshToken(): { token: string; hash: string } {
    const token = randomBytes(32).toString('base64url');
    return { token, hash: TokenService.hashRefreshToken(token) };
  }

  static hashRefreshToken(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }
}
