import type { OutboundResult } from './outbound-http';

/** One attempt's outcome as the delivery log and the retry decision see it. */
export type SendOutcome =
  | { ok: true; statusCode: number | null; latencyMs: number }
  | { ok: false; retryable: boolean; statusCode: number | null; retryAfterMs: number | null; error: string; latencyMs: number };

const ERROR_SNIPPET = 300;

/**
 * 2xx succeeds. 5xx, 429, timeouts and connection errors are worth another attempt (the receiver
 * may recover); any other answer (4xx, an unfollowed 3xx) will not change by asking again, and a
 * refused internal target is a configuration error: both fail at once.
 */
export function classifyHttp(result: OutboundResult, now = Date.now()): SendOutcome {
  if (result.kind === 'blocked') return { ok: false, retryable: false, statusCode: null, retryAfterMs: null, error: result.error, latencyMs: result.latencyMs };
  if (result.kind !== 'response') return { ok: false, retryable: true, statusCode: null, retryAfterMs: null, error: result.error, latencyMs: result.latencyMs };
  const { status } = result;
  if (status >= 200 && status < 300) return { ok: true, statusCode: status, latencyMs: result.latencyMs };
  const retryable = status === 429 || status >= 500;
  const header = result.headers['retry-after'];
  const retryAfterMs = retryable ? parseRetryAfter(Array.isArray(header) ? header[0] : header, now) : null;
  const body = result.bodySnippet.replace(/\s+/g, ' ').trim().slice(0, ERROR_SNIPPET);
  const error = `HTTP ${status}${status >= 300 && status < 400 ? ' (redirects are not followed)' : ''}${body ? `: ${body}` : ''}`;
  return { ok: false, retryable, statusCode: status, retryAfterMs, error, latencyMs: result.latencyMs };
}

/** `Retry-After` as delay-seconds or an HTTP date, in ms from now; null when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | null {
  if (value === undefined) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/[a-z]/i.test(text)) return null;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/**
 * Exponential backoff with full jitter (uniform between 0 and min(cap, base * 2^(n-1))): many
 * deliveries failing against one receiver spread out instead of retrying in step.
 */
export function backoffDelayMs(attempt: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}

/** The receiver's Retry-After wins (capped: a hostile receiver cannot park a delivery for a year); else backoff. */
export function retryDelayMs(outcome: { retryAfterMs: number | null }, attempt: number, cfg: { DELIVERY_BACKOFF_BASE_MS: number; DELIVERY_BACKOFF_MAX_MS: number }): number {
  if (outcome.retryAfterMs !== null) return Math.min(outcome.retryAfterMs, cfg.DELIVERY_BACKOFF_MAX_MS);
  return backoffDelayMs(attempt, cfg.DELIVERY_BACKOFF_BASE_MS, cfg.DELIVERY_BACKOFF_MAX_MS);
}

/** Removes every secret value from text bound for the log or the database (a receiver may echo a header). */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join('[redacted]');
  return out;
}
