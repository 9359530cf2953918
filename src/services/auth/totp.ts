import { createHash, randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

/** RFC 6238 defaults every authenticator app understands: SHA-1, 6 digits, 30 s. */
const PERIOD = 30;
const ISSUER = 'Control Plane';
/** One step either side: clocks drift, and a code typed at the end of its step arrives in the next. */
const WINDOW = 1;
export const RECOVERY_CODE_COUNT = 10;

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totpFor(secretBase32: string, label: string): TOTP {
  return new TOTP({ issuer: ISSUER, label, algorithm: 'SHA1', digits: 6, period: PERIOD, secret: Secret.fromBase32(secretBase32) });
}

export async function provisioning(secretBase32: string, label: string): Promise<{ otpauthUri: string; qrCodeSvg: string }> {
  const otpauthUri = totpFor(secretBase32, label).toString();
  return { otpauthUri, qrCodeSvg: await QRCode.toString(otpauthUri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }) };
}

export const isTotpCode = (code: string) => /^\d{6}$/.test(code);

/**
 * The time step a code belongs to (within the window), or null when it matches none. The caller
 * accepts it only if it is later than the last accepted step, so each code works once.
 */
export function totpStep(secretBase32: string, code: string, now = Date.now()): number | null {
  if (!isTotpCode(code)) return null;
  const delta = totpFor(secretBase32, 'check').validate({ token: code, window: WINDOW, timestamp: now });
  return delta === null ? null : Math.floor(now / 1000 / PERIOD) + delta;
}

/** 60 random bits each (`abcd-efgh-ijkl`, base32): a fast hash suffices at that entropy. */
export function newRecoveryCodes(): string[] {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const bytes = randomBytes(12);
    const chars = Array.from(bytes, (b) => alphabet[b & 31]).join('');
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
  });
}

export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(code.replace(/[\s-]/g, '').toLowerCase()).digest('hex');
}

export function hashChallenge(challenge: string): string {
  return createHash('sha256').update(challenge).digest('hex');
}

export function newChallenge(): string {
  return randomBytes(32).toString('base64url');
}
