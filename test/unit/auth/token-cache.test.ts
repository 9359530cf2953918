import { afterEach, describe, expect, it, vi } from 'vitest';
import { TokenService } from '../../../src/services/auth/token.service';

const SECRET = 'unit-secret-unit-secret-unit-secret-0123456789';
const claims = { userId: '00000000-0000-4000-8000-000000000001', sessionId: '00000000-0000-4000-8000-000000000002' };

const failure = async (p: Promise<unknown>) => p.then(() => null, (e: { code?: string; message?: string }) => e);

afterEach(() => vi.useRealTimers());

describe('verified access tokens kept per node', () => {
  it('serves a verified token again, still refusing it once expired and refusing any altered copy', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-04T12:00:00Z'));
    const tokens = new TokenService(SECRET, 60);
    const { token } = await tokens.signAccessToken(claims);
    expect(await tokens.verifyAccessToken(token)).toEqual(claims);
    expect(await tokens.verifyAccessToken(token)).toEqual(claims);

    const [head, body, signature] = token.split('.') as [string, string, string];
    const flipped = `${signature.slice(0, -2)}${signature.at(-2) === 'A' ? 'B' : 'A'}${signature.at(-1)}`;
    expect((await failure(tokens.verifyAccessToken(`${head}.${body}.${flipped}`)))?.code).toBe('UNAUTHENTICATED');
    expect((await failure(new TokenService(`${SECRET}-other`, 60).verifyAccessToken(token)))?.code).toBe('UNAUTHENTICATED');

    vi.setSystemTime(new Date('2026-12-04T12:01:00Z'));
    const expired = await failure(tokens.verifyAccessToken(token));
    expect(expired?.code).toBe('UNAUTHENTICATED');
    expect(expired?.message).toBe('Access token expired');
  });
});
