import { z } from 'zod';
import { sendOutbound } from '../../deliveries/outbound-http';
import { classifyHttp } from '../../deliveries/retry-policy';
import { defineSender, EVENT_WORDS } from './channel-sender';

const phone = z.string().regex(/^\+[1-9]\d{6,14}$/, 'must be an E.164 phone number (+15551234567)');
const SMS_MAX = 320;

/**
 * Twilio-compatible Messages API: form-encoded POST with basic auth (account SID : auth token).
 * One recipient per channel: a partly sent batch could not be retried without texting someone twice.
 */
export const smsSender = defineSender({
  type: 'SMS',
  settings: z.strictObject({
    accountSid: z.string().regex(/^[A-Za-z0-9]{8,64}$/, 'must be an account SID'),
    from: phone,
    to: phone,
  }),
  secretNames: ['authToken'],
  requiredSecrets: ['authToken'],
  async send(target, message, ctx) {
    const { accountSid, from, to } = target.settings;
    const url = `${ctx.twilioApiUrl.replace(/\/+$/, '')}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`;
    const text = `[${message.severity.toUpperCase()}] ${EVENT_WORDS[message.event]}: ${message.title}. ${message.summary}${message.url ? ` ${message.url}` : ''}`;
    const body = new URLSearchParams({ To: to, From: from, Body: text.slice(0, SMS_MAX) }).toString();
    const auth = Buffer.from(`${accountSid}:${target.secrets.authToken}`).toString('base64');
    return classifyHttp(
      await sendOutbound({ url, headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${auth}` }, body }, ctx),
    );
  },
});
