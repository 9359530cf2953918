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
export const webhookSender = defineSender({
  type: 'WEBHOOK',
  settings: z.strictObject({
    url: z.url({ protocol: /^https?$/ }).max(2048),
    /** Extra non-secret headers (a tenant id); signing covers the body, not these. */
    headers: z.record(headerName, z.string().max(1024)).refine((h) => Object.keys(h).length <= 20, 'may hold at most 20 headers').optional(),
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
