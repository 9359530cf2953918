import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * The AES-256-GCM envelope of the secret box, as pure functions (unit-tested on their own).
 * Format: `v1.<kid>.<iv>.<tag>.<ciphertext>`, each part base64url. The version, key id and the
 * purpose (e.g. `user_totp.secret_sealed`) are authenticated as associated data, so a ciphertext
 * can neither be relabelled with another key id nor be moved to a column it was not sealed for.
 */
const VERSION = 'v1';
const IV_BYTES = 12;
const KID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export class SecretBoxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretBoxError';
  }
}

export interface KeyMaterial {
  kid: string;
  key: Buffer;
}

const aad = (kid: string, purpose: string) => Buffer.from(`${VERSION}.${kid}.${purpose}`, 'utf8');

export function sealWith(material: KeyMaterial, plaintext: string, purpose: string): string {
  if (material.key.length !== 32) throw new SecretBoxError('key must be 32 bytes');
  if (!KID_PATTERN.test(material.kid)) throw new SecretBoxError('invalid key id');
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', material.key, iv);
  cipher.setAAD(aad(material.kid, purpose));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url'));
  return [VERSION, material.kid, ...parts].join('.');
}

/** The key id a ciphertext names, or null when it is not a sealed value at all. */
export function kidOf(sealed: string): string | null {
  const parts = sealed.split('.');
  return parts.length === 5 && parts[0] === VERSION && KID_PATTERN.test(parts[1]!) ? parts[1]! : null;
}

/** Throws SecretBoxError on an unknown key id, a malformed value or any tampering (GCM tag). */
export function openWith(keyFor: (kid: string) => Buffer | undefined, sealed: string, purpose: string): string {
  const kid = kidOf(sealed);
  if (!kid) throw new SecretBoxError('not a sealed value');
  const key = keyFor(kid);
  if (!key) throw new SecretBoxError(`unknown key id ${kid}`);
  const [, , ivPart, tagPart, bodyPart] = sealed.split('.') as [string, string, string, string, string];
  const iv = Buffer.from(ivPart, 'base64url');
  const tag = Buffer.from(tagPart, 'base64url');
  if (iv.length !== IV_BYTES || tag.length !== 16) throw new SecretBoxError('malformed sealed value');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(aad(kid, purpose));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(Buffer.from(bodyPart, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    throw new SecretBoxError('sealed value failed authentication (tampered, or sealed for another purpose)');
  }
}

/** Key id of a master key: derived from it, so a wrapped data key names the master that opens it. */
export function masterKid(key: Buffer): string {
  return `m${createHash('sha256').update('secret-box-master').update(key).digest('hex').slice(0, 16)}`;
}

export function newDataKey(): KeyMaterial {
  return { kid: `k${randomBytes(8).toString('hex')}`, key: randomBytes(32) };
}

/**
 * HMAC-SHA256 (base64url) under a key derived with HKDF from `master` for one purpose only, so a
 * MAC made for one use (audit checkpoints) proves nothing for another, and the master never signs.
 */
export function macWith(master: Buffer, purpose: string, data: string): string {
  const key = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `secret-box.mac.${purpose}`, 32));
  return createHmac('sha256', key).update(data, 'utf8').digest('base64url');
}
