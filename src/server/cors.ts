import cors from 'cors';
import type { RequestHandler } from 'express';
import { CSRF_PREFLIGHT_HEADERS } from './apollo';

/** Headers a browser client may send: its token, JSON, correlation and tracing ids, Apollo's CSRF marker. */
export const CORS_ALLOWED_HEADERS = ['content-type', 'x-request-id', 'traceparent', 'tracestate', ...CSRF_PREFLIGHT_HEADERS];
/** Headers a browser client may read from an answer (correlation, tracing, when to retry). */
export const CORS_EXPOSED_HEADERS = ['x-request-id', 'traceparent', 'retry-after'];
/** Chromium caps preflight caching at 2 hours; longer values would be silently shortened. */
export const CORS_MAX_AGE_SECONDS = 7200;

/**
 * CORS for `/graphql` from the exact origins in CORS_ORIGINS (`*`: any origin). Without any, no
 * CORS header is sent and browsers keep their same-origin rule. Credentials (cookies) are never
 * allowed: callers authenticate with a bearer token, so a cross-site request carries no authority
 * the calling page did not already hold.
 */
export function corsMiddleware(origins: readonly string[]): RequestHandler | null {
  if (origins.length === 0) return null;
  return cors({
    origin: origins.includes('*') ? '*' : [...origins],
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: CORS_ALLOWED_HEADERS,
    exposedHeaders: CORS_EXPOSED_HEADERS,
    credentials: false,
    maxAge: CORS_MAX_AGE_SECONDS,
    optionsSuccessStatus: 204,
  });
}
