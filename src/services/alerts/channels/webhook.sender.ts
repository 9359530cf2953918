import { z } from 'zod';
import { sendOutbound } from '../../deliveries/outbound-http';
import { classifyHttp } from '../../deliveries/retry-policy';
import { checkSigningSecret, signWebhook } from '../../deliveries/standard-webhooks';
import { defineSender } from './channel-sender';

const headerName = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'must be an HTTP header name');

/**
 * Generic JSON webhook signed per Standard Webhooks (webhook-id, webhook-timestamp,
 * webhook-signature). The body is `{ type, timestamp, data }`, the spec's recommended envelope;
 * `type` is `alert.firing`, `alert.resolved`, ...
 */
/** Header names that carry credentials, refused in the (readable) settings. */
const CREDENTIAL_HEADER = /^(?:authorization|proxy-authorization|cookie|x-api-key|api-key|x-auth-token|x-access-token)$|token|secret|password|apikey/i;

/** Userinfo, or a query parameter named like a credential (`?token=`, `?api_key=`, `?sig=`). */
function carriesCredential(raw: string): boolean {
  const url = new URL(raw);
  return url.username !== '' || url.password !== '' || [...url.searchParams.keys()].some((k) => CREDENTIAL_HEADER.test(k) || /^(?:key|sig|signature|auth|code)$|api[-_]?key|access[-_]?key/i.test(k));
}

export const webhookSender = defineSender({
  type: 'WEBHOOK',
  settings: z.strictObject({
    url: z
      .url({ protocol: /^https?$/ })
      .max(2048)
      .refine((u) => !carriesCredential(u), 'must not carry credentials (user:password@ or a token, key, signature or password in the query): settings are readable by alerts:read holders; the body is signed with signingSecret instead'),
    /** Extra non-secret headers (a tenant id); signing covers the body, not these. */
    // Settings are readable with alerts:read: credentials never belong here (the body is signed instead).
    headers: z
      .record(headerName, z.string().max(1024))
      .refine((h) => Object.keys(h).length <= 20, 'may hold at most 20 headers')
      .refine((h) => !Object.keys(h).some((k) => CREDENTIAL_HEADER.test(k)), 'must not carry credentials (Authorization, Cookie, API keys, tokens): settings are readable by alerts:read holders')
      .optional(),
  }),
  secretNames: ['signingSecret'],
  requiredSecrets: ['signingSecret'],
  checkSecret: (_name, value) => checkSigningSecret(value),
  async send(target, message, ctx) {
    const timestamp = new Date();
    const body = JSON.stringify({ type: `${message.kind}.${message.event.toLowerCase()}`, timestamp: timestamp.toISOString(), data: message });
    const signature = signWebhook(target.secrets.signingSecret!, ctx.deliveryId, timestamp, body);
    const reserved = new Set(['webhook-id', 'webhook-timestamp', 'webhook-signature', 'content-type', 'content-length', 'host']);
    const extra = Object.fromEntries(Object.entries(target.settings.headers ?? {}).filter(([k]) => !reserved.has(k.toLowerCase())));
    const result = await sendOutbound(
      {
        url: target.settings.url,
        headers: { ...extra, 'content-type': 'application/json', ...signature },
        body,
      },
      ctx,
    );
    return classifyHttp(result);
  },
});
