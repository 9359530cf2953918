import { Webhook } from 'standardwebhooks';

const SECRET_PREFIX = 'whsec_';

/**
 * Standard Webhooks signatures (https://www.standardwebhooks.com) through the reference library:
 * `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` under the base64 key after `whsec_`.
 */
export function signWebhook(secret: string, id: string, at: Date, body: string): Record<'webhook-id' | 'webhook-timestamp' | 'webhook-signature', string> {
  const signature = new Webhook(secret).sign(id, at, body);
  return { 'webhook-id': id, 'webhook-timestamp': Math.floor(at.getTime() / 1000).toString(), 'webhook-signature': signature };
}

/** The spec asks for 24 to 64 random bytes, base64, after `whsec_`. Returns why a value is unusable. */
export function checkSigningSecret(value: string): string | null {
  if (!value.startsWith(SECRET_PREFIX)) return 'must start with whsec_ (Standard Webhooks secret)';
  const key = value.slice(SECRET_PREFIX.length);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(key)) return 'must be whsec_ followed by base64';
  const bytes = Buffer.from(key, 'base64').length;
  if (bytes < 24 || bytes > 64) return 'must carry between 24 and 64 bytes of key (base64 after whsec_)';
  return null;
}
