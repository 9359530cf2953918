import { describe, expect, it } from 'vitest';
import { backoffDelayMs, classifyHttp, parseRetryAfter, retryDelayMs, scrubSecrets } from '../../../src/services/deliveries/retry-policy';

const response = (status: number, headers: Record<string, string> = {}, body = '') => ({ kind: 'response' as const, status, headers, bodySnippet: body, latencyMs: 12 });
const cfg = { DELIVERY_BACKOFF_BASE_MS: 1000, DELIVERY_BACKOFF_MAX_MS: 60_000 };

describe('delivery retry policy', () => {
  it('succeeds on 2xx; retries 5xx, 429, timeouts and connection errors; fails at once on other 4xx, 3xx and blocked targets', () => {
    expect(classifyHttp(response(202))).toMatchObject({ ok: true, statusCode: 202, latencyMs: 12 });
    expect(classifyHttp(response(500))).toMatchObject({ ok: false, retryable: true, statusCode: 500 });
    expect(classifyHttp(response(503))).toMatchObject({ ok: false, retryable: true });
    expect(classifyHttp(response(429))).toMatchObject({ ok: false, retryable: true, statusCode: 429 });
    expect(classifyHttp({ kind: 'timeout', error: 'slow', latencyMs: 500 })).toMatchObject({ ok: false, retryable: true, statusCode: null });
    expect(classifyHttp({ kind: 'connection', error: 'ECONNREFUSED', latencyMs: 1 })).toMatchObject({ ok: false, retryable: true });
    for (const status of [400, 401, 403, 404, 410, 422]) expect(classifyHttp(response(status))).toMatchObject({ ok: false, retryable: false, statusCode: status });
    const redirect = classifyHttp(response(302, { location: 'http://169.254.169.254/' }));
    expect(redirect).toMatchObject({ ok: false, retryable: false });
    expect(!redirect.ok && redirect.error).toMatch(/redirects are not followed/);
    expect(classifyHttp({ kind: 'blocked', error: 'refused', latencyMs: 0 })).toMatchObject({ ok: false, retryable: false });
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-12-04T12:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter('Fri, 04 Dec 2026 12:01:30 GMT', now)).toBe(90_000);
    expect(parseRetryAfter('Fri, 04 Dec 2026 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter('-5', now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
    const outcome = classifyHttp(response(429, { 'retry-after': '30' }), now);
    expect(!outcome.ok && outcome.retryAfterMs).toBe(30_000);
    // Only retryable answers carry it.
    const final = classifyHttp(response(400, { 'retry-after': '30' }), now);
    expect(!final.ok && final.retryAfterMs).toBeNull();
  });

  it('backs off exponentially with full jitter, capped', () => {
    expect(backoffDelayMs(1, 1000, 60_000, () => 0.999)).toBe(999);
    expect(backoffDelayMs(3, 1000, 60_000, () => 0.999)).toBe(3996);
    expect(backoffDelayMs(20, 1000, 60_000, () => 0.999)).toBe(59_940);
    expect(backoffDelayMs(5, 1000, 60_000, () => 0)).toBe(0);
    const spread = new Set(Array.from({ length: 50 }, () => backoffDelayMs(4, 1000, 60_000)));
    expect(spread.size).toBeGreaterThan(10);
    for (const d of spread) expect(d).toBeLessThan(8000);
  });

  it("honours the receiver's Retry-After up to the cap", () => {
    expect(retryDelayMs({ retryAfterMs: 30_000 }, 1, cfg)).toBe(30_000);
    expect(retryDelayMs({ retryAfterMs: 86_400_000 }, 1, cfg)).toBe(60_000);
    expect(retryDelayMs({ retryAfterMs: null }, 1, cfg)).toBeLessThan(1000);
  });

  it('scrubs secret values out of error text', () => {
    expect(scrubSecrets('echo: token=abcd1234 and abcd1234', ['abcd1234'])).toBe('echo: token=[redacted] and [redacted]');
  });
});
