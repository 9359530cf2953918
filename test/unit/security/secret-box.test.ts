import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig, parseKey256 } from '../../../src/config';
import { kidOf, macWith, masterKid, newDataKey, openWith, sealWith, SecretBoxError } from '../../../src/services/security/secret-box.crypto';

const key = { kid: 'k1', key: randomBytes(32) };
const other = { kid: 'k2', key: randomBytes(32) };
const keys = new Map([key, other].map((k) => [k.kid, k.key]));
const lookup = (kid: string) => keys.get(kid);
const PURPOSE = 'user_totp.secret_sealed';

/** Flips one character of part `index` of the dotted format (base64url stays base64url). */
function tamper(sealed: string, index: number): string {
  const parts = sealed.split('.');
  const part = parts[index]!;
  const at = Math.floor(part.length / 2);
  parts[index] = part.slice(0, at) + (part[at] === 'A' ? 'B' : 'A') + part.slice(at + 1);
  return parts.join('.');
}

describe('secret box envelope', () => {
  it('round-trips, names its key id, and never contains the plaintext', () => {
    const sealed = sealWith(key, 'JBSWY3DPEHPK3PXP', PURPOSE);
    expect(sealed.split('.')).toHaveLength(5);
    expect(sealed.startsWith('v1.k1.')).toBe(true);
    expect(kidOf(sealed)).toBe('k1');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(openWith(lookup, sealed, PURPOSE)).toBe('JBSWY3DPEHPK3PXP');
  });

  it('uses a fresh IV every time', () => {
    expect(sealWith(key, 'same', PURPOSE)).not.toBe(sealWith(key, 'same', PURPOSE));
  });

  it.each([
    ['iv', 2],
    ['tag', 3],
    ['ciphertext', 4],
  ])('detects tampering with the %s', (_name, index) => {
    const sealed = sealWith(key, 'a secret value', PURPOSE);
    expect(() => openWith(lookup, tamper(sealed, index), PURPOSE)).toThrow(SecretBoxError);
  });

  it('refuses a ciphertext relabelled with another known key id', () => {
    const sealed = sealWith(key, 'a secret value', PURPOSE);
    expect(() => openWith(lookup, sealed.replace('v1.k1.', 'v1.k2.'), PURPOSE)).toThrow(SecretBoxError);
  });

  it('refuses an unknown key id, naming it', () => {
    const sealed = sealWith({ kid: 'gone', key: randomBytes(32) }, 'x', PURPOSE);
    expect(() => openWith(lookup, sealed, PURPOSE)).toThrow(/unknown key id gone/);
  });

  it('refuses a value moved to a column it was not sealed for', () => {
    const sealed = sealWith(key, 'x', PURPOSE);
    expect(() => openWith(lookup, sealed, 'channels.credentials')).toThrow(SecretBoxError);
  });

  it('refuses what is not a sealed value', () => {
    expect(() => openWith(lookup, 'JBSWY3DPEHPK3PXP', PURPOSE)).toThrow(/not a sealed value/);
    expect(() => openWith(lookup, 'v2.k1.a.b.c', PURPOSE)).toThrow(SecretBoxError);
  });

  it('derives distinct, stable master key ids and random data key ids', () => {
    const m = randomBytes(32);
    expect(masterKid(m)).toBe(masterKid(Buffer.from(m)));
    expect(masterKid(m)).not.toBe(masterKid(randomBytes(32)));
    expect(newDataKey().kid).not.toBe(newDataKey().kid);
  });
});

describe('ENCRYPTION_KEY parsing', () => {
  it('accepts 64 hex characters and base64 of 32 bytes, and nothing else', () => {
    const raw = randomBytes(32);
    expect(parseKey256(raw.toString('hex'))).toEqual(raw);
    expect(parseKey256(raw.toString('base64'))).toEqual(raw);
    expect(parseKey256(raw.toString('base64url'))).toEqual(raw);
    expect(parseKey256(randomBytes(16).toString('hex'))).toBeNull();
    expect(parseKey256(randomBytes(31).toString('base64'))).toBeNull();
    expect(parseKey256('not a key')).toBeNull();
  });

  it('is validated by the configuration schema', () => {
    expect(() => loadConfig({ ENCRYPTION_KEY: 'short' })).toThrow(/ENCRYPTION_KEY/);
    expect(() => loadConfig({ ENCRYPTION_KEYS_PREVIOUS: `${randomBytes(32).toString('hex')},nope` })).toThrow(/ENCRYPTION_KEYS_PREVIOUS/);
    expect(loadConfig({ ENCRYPTION_KEY: randomBytes(32).toString('base64') }).STEP_UP_MAX_AGE).toBe(600);
  });
});

describe('secret box MACs', () => {
  it('are deterministic per (master, purpose, data) and differ when any of them changes', () => {
    const mac = macWith(key.key, 'audit.checkpoint', 'v1|3|10|abc');
    expect(mac).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(macWith(key.key, 'audit.checkpoint', 'v1|3|10|abc')).toBe(mac);
    expect(macWith(other.key, 'audit.checkpoint', 'v1|3|10|abc')).not.toBe(mac);
    expect(macWith(key.key, 'other.purpose', 'v1|3|10|abc')).not.toBe(mac);
    expect(macWith(key.key, 'audit.checkpoint', 'v1|3|11|abc')).not.toBe(mac);
  });
});
