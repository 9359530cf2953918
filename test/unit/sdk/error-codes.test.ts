import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_ERROR_CODES, codeOfClose, codeOfStatus, fromGraphQLErrors, toControlPlaneError } from '../../../sdk/errors';
import { ERROR_CODES } from '../../../src/errors/app-error';

const root = join(__dirname, '../../..');
/** The code column of the SDK's error table (`| code | raised for |`) in a README. */
function documented(file: string): Set<string> {
  const text = readFileSync(join(root, file), 'utf8');
  const table = text.slice(text.indexOf('| `code` | raised for |')).split('\n\n')[0]!;
  return new Set([...table.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]!));
}

describe('SDK error codes', () => {
  it('covers every code the server can send', () => {
    for (const code of ERROR_CODES) expect(CLIENT_ERROR_CODES).toContain(code);
  });

  it.each(['README.md', 'sdk/README.md'])('are all documented, and only they, in %s', (file) => {
    expect([...documented(file)].sort()).toEqual([...CLIENT_ERROR_CODES].sort());
  });

  it('maps WebSocket close codes', () => {
    const cases: Record<number, string> = {
      4401: 'UNAUTHENTICATED',
      4403: 'SESSION_ENDED',
      4008: 'SLOW_CONSUMER',
      1001: 'UNAVAILABLE',
      1012: 'UNAVAILABLE',
      1013: 'UNAVAILABLE',
      1006: 'NETWORK_ERROR',
      1011: 'INTERNAL',
      4500: 'INTERNAL',
      4400: 'PROTOCOL_ERROR',
      4406: 'PROTOCOL_ERROR',
      4408: 'PROTOCOL_ERROR',
      4409: 'PROTOCOL_ERROR',
      4429: 'PROTOCOL_ERROR',
      4504: 'PROTOCOL_ERROR',
      1000: 'CONNECTION_CLOSED',
      4499: 'CONNECTION_CLOSED',
      4321: 'CONNECTION_CLOSED',
    };
    for (const [close, code] of Object.entries(cases)) expect([close, codeOfClose(Number(close))]).toEqual([close, code]);
    const error = toControlPlaneError({ code: 4403, reason: 'Session revoked' });
    expect({ code: error.code, closeCode: error.closeCode, message: error.message }).toEqual({
      code: 'SESSION_ENDED',
      closeCode: 4403,
      message: 'WebSocket closed (4403: Session revoked)',
    });
  });

  it('maps HTTP statuses without a GraphQL body, and unknown server codes by status', () => {
    expect([401, 403, 404, 409, 413, 429, 500, 502, 503, 504, 200].map(codeOfStatus)).toEqual([
      'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'BAD_USER_INPUT', 'RATE_LIMITED', 'INTERNAL', 'UNAVAILABLE', 'UNAVAILABLE', 'UNAVAILABLE', 'BAD_RESPONSE',
    ]);
    expect(fromGraphQLErrors([{ message: 'x', extensions: { code: 'GRAPHQL_PARSE_FAILED' } }], 400).code).toBe('BAD_USER_INPUT');
    const limited = fromGraphQLErrors([{ message: 'slow down', extensions: { code: 'RATE_LIMITED', retryAfter: 7 } }], 429);
    expect({ code: limited.code, retryAfter: limited.retryAfter, status: limited.status }).toEqual({ code: 'RATE_LIMITED', retryAfter: 7, status: 429 });
  });

  it('maps thrown network failures and graphql-ws refusals', () => {
    expect(toControlPlaneError(new TypeError('fetch failed')).code).toBe('NETWORK_ERROR');
    expect(toControlPlaneError({ type: 'error', message: '' }).code).toBe('NETWORK_ERROR');
    expect(toControlPlaneError([{ message: 'no', extensions: { code: 'FORBIDDEN' } }]).code).toBe('FORBIDDEN');
  });
});
