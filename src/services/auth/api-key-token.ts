import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { crc32 } from 'node:zlib';

/**
 * API key secrets: `cpk_` + lookup id (22) + random part (43) + CRC32 checksum (6), all base62.
 * The prefix and checksum let secret scanners recognise a leaked key without a database (as
 * GitHub tokens do); the lookup id makes authentication one primary-key read.
 */
export const API_KEY_PREFIX = 'cpk_';
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const ID_LEN = 22; // 128 bits
const RANDOM_LEN = 43; // 256 bits
const CHECK_LEN = 6; // 32 bits
export const API_KEY_LENGTH = API_KEY_PREFIX.length + ID_LEN + RANDOM_LEN + CHECK_LEN;
const SHAPE = new RegExp(`^${API_KEY_PREFIX}[0-9A-Za-z]{${ID_LEN + RANDOM_LEN + CHECK_LEN}}$`);

function toBase62(bytes: Buffer, length: number): string {
  let n = BigInt(`0x${bytes.toString('hex') || '0'}`);
  let out = '';
  while (n > 0n) {
    out = ALPHABET[Number(n % 62n)] + out;
    n /= 62n;
  }
  return out.padStart(length, '0');
}

function fromBase62(text: string, byteLength: number): Buffer | null {
  let n = 0n;
  for (const ch of text) n = n * 62n + BigInt(ALPHABET.indexOf(ch));
  const hex = n.toString(16).padStart(byteLength * 2, '0');
  return hex.length > byteLength * 2 ? null : Buffer.from(hex, 'hex');
}

const uuidToBytes = (id: string) => Buffer.from(id.replace(/-/g, ''), 'hex');
const bytesToUuid = (b: Buffer) => {
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

function checksum(body: string): string {
  const buf = Buffer.alloc(4);
  buf.writeUInt32BE(crc32(body) >>> 0);
  return toBase62(buf, CHECK_LEN);
}

/** Looks like one of ours (prefix and length); says nothing about validity. */
export const looksLikeApiKey = (token: string): boolean => token.startsWith(API_KEY_PREFIX);

export function hashApiKeySecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function hashesMatch(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A new secret for the secret row `secretId`: the secret is shown once, only its hash is kept. */
export function mintApiKeySecret(secretId: string): { secret: string; hash: string } {
  const body = API_KEY_PREFIX + toBase62(uuidToBytes(secretId), ID_LEN) + toBase62(randomBytes(32), RANDOM_LEN);
  const secret = body + checksum(body);
  return { secret, hash: hashApiKeySecret(secret) };
}

/** The secret row id inside a well-formed secret, or null (bad shape or checksum: no database read). */
export function parseApiKeySecret(secret: string): { secretId: string } | null {
  if (secret.length !== API_KEY_LENGTH || !SHAPE.test(secret)) return null;
  const body = secret.slice(0, -CHECK_LEN);
  if (checksum(body) !== secret.slice(-CHECK_LEN)) return null;
  const idBytes = fromBase62(body.slice(API_KEY_PREFIX.length, API_KEY_PREFIX.length + ID_LEN), 16);
  return idBytes ? { secretId: bytesToUuid(idBytes) } : null;
}
