import { createHmac } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { checkSigningSecret, signWebhook } from '../../../src/services/deliveries/standard-webhooks';

describe('Standard Webhooks signatures', () => {
  it("matches the specification's test vector", () => {
    // From the Standard Webhooks reference libraries' tests.
    const headers = signWebhook('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'msg_p5jXN8AQM9LWM0D4loKWxJek', new Date(1614265330 * 1000), '{"test": 2432232314}');
    expect(headers).toEqual({
      'webhook-id': 'msg_p5jXN8AQM9LWM0D4loKWxJek',
      'webhook-timestamp': '1614265330',
      'webhook-signature': 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    });
  });

  it('is HMAC-SHA256 of id.timestamp.body under the base64 key, and verifies with the secret only', () => {
    const secret = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;
    const at = new Date();
    const body = JSON.stringify({ type: 'alert.firing', data: { title: 'x' } });
    const h = signWebhook(secret, 'd-1', at, body);
    const expected = createHmac('sha256', Buffer.alloc(32, 7)).update(`d-1.${h['webhook-timestamp']}.${body}`).digest('base64');
    expect(h['webhook-signature']).toBe(`v1,${expected}`);
    expect(() => new Webhook(secret).verify(body, h)).not.toThrow();
    expect(() => new Webhook(`whsec_${Buffer.alloc(32, 8).toString('base64')}`).verify(body, h)).toThrow();
    expect(() => new Webhook(secret).verify(body.replace('x', 'y'), h)).toThrow();
  });

  it('accepts only whsec_ secrets of 24 to 64 bytes', () => {
    expect(checkSigningSecret(`whsec_${Buffer.alloc(32).toString('base64')}`)).toBeNull();
    expect(checkSigningSecret(Buffer.alloc(32).toString('base64'))).toMatch(/whsec_/);
    expect(checkSigningSecret(`whsec_${Buffer.alloc(8).toString('base64')}`)).toMatch(/24 and 64/);
    expect(checkSigningSecret('whsec_not base64!')).toMatch(/base64/);
  });
});
