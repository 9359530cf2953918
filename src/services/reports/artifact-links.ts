import type { SecretBox } from '../security/secret-box';

/** MAC purpose of download links: the key is derived for this use only (secret box, HKDF). */
const LINK_PURPOSE = 'reports.artifact-link';

const payload = (artifactId: string, exp: number) => `${artifactId}.${exp}`;

/**
 * A short-lived download link for one artifact: `?exp=<unix s>&sig=<kid>.<mac>`. Anyone holding it
 * may download until it expires (so a mail client or a browser tab needs no token); the link names
 * the key it was made with, so links made before a key rotation still verify until they expire.
 */
export function signArtifactLink(box: SecretBox, artifactId: string, ttlSeconds: number, now = Date.now()): { exp: number; sig: string } {
  const exp = Math.floor(now / 1000) + ttlSeconds;
  const { kid, mac } = box.mac(LINK_PURPOSE, payload(artifactId, exp));
  return { exp, sig: `${kid}.${mac}` };
}

export type LinkCheck = 'VALID' | 'EXPIRED' | 'INVALID';

export function checkArtifactLink(box: SecretBox, artifactId: string, exp: unknown, sig: unknown, now = Date.now()): LinkCheck {
  if (typeof exp !== 'string' || typeof sig !== 'string' || !/^\d{1,12}$/.test(exp)) return 'INVALID';
  const dot = sig.indexOf('.');
  if (dot <= 0 || sig.length > 512) return 'INVALID';
  if (!box.verifyMac(LINK_PURPOSE, payload(artifactId, Number(exp)), sig.slice(0, dot), sig.slice(dot + 1))) return 'INVALID';
  return Number(exp) * 1000 < now ? 'EXPIRED' : 'VALID';
}

export const artifactPath = (artifactId: string) => `/reports/artifacts/${artifactId}`;

/** The path and query of a signed download link (relative to the API's base URL). */
export function signedArtifactPath(box: SecretBox, artifactId: string, ttlSeconds: number): string {
  const { exp, sig } = signArtifactLink(box, artifactId, ttlSeconds);
  return `${artifactPath(artifactId)}?exp=${exp}&sig=${encodeURIComponent(sig)}`;
}
