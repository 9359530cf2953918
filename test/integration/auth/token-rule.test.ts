import { describe, expect, it } from 'vitest';
import { createUserWithSets } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';
import { rawPost } from '../api/http.helpers';
import { currentSessionId, failure, login, signAccessToken, withToken } from './helpers';

const ctx = useCluster();

/**
 * One rule for credentials over HTTP (README, "Authentication over HTTP"): an operation that needs
 * a signed-in caller answers 401 UNAUTHENTICATED whether the token is missing or bad; public
 * operations run whatever the header says, and their own failures answer 200.
 */
describe('HTTP status of authentication failures', () => {
  async function staleToken() {
    const { user, email, password } = await createUserWithSets(ctx.owner, ['Viewer']);
    const session = await login(ctx.node, email, password);
    const sessionId = await currentSessionId(session.client);
    const expired = await signAccessToken({ userId: user.id, sessionId, expiresAt: new Date(Date.now() - 60_000) });
    return { email, password, expired, refreshToken: session.refreshToken };
  }

  it('a missing, a malformed and an expired token all answer 401 UNAUTHENTICATED through the SDK', async () => {
    const { expired } = await staleToken();
    const missing = await failure(() => ctx.node.anonymous().Me());
    const malformed = await failure(() => withToken(ctx.node, 'not-a-jwt').Me());
    const stale = await failure(() => withToken(ctx.node, expired).Me());
    for (const [name, error] of Object.entries({ missing, malformed, stale })) {
      expect({ name, status: error.status, code: error.code }).toEqual({ name, status: 401, code: 'UNAUTHENTICATED' });
    }
    // The message still says which case it was.
    expect(missing.message).toBe('Authentication required');
    expect(stale.message).toBe('Access token expired');
  });

  it('a 401 carries the Bearer challenge; invalid_token only when a token was sent', async () => {
    const missing = await fetch(ctx.node.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer');
    const bad = await fetch(ctx.node.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-jwt' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(bad.status).toBe(401);
    expect(bad.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
  });

  it('a signed-in caller without the permission gets 403 FORBIDDEN, not 401', async () => {
    const { email, password } = await createUserWithSets(ctx.owner, ['Viewer']);
    const viewer = await ctx.node.clientFor(email, password);
    const refused = await failure(() => viewer.AuditLogs({ first: 1 }));
    expect({ status: refused.status, code: refused.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
  });

  it('login and refreshSession run with a stale or garbage header, exactly as without one', async () => {
    const { email, password, expired, refreshToken } = await staleToken();
    for (const header of [expired, 'not-a-jwt']) {
      const client = withToken(ctx.node, header);
      const { login: signedIn } = await client.Login({ email, password });
      expect(signedIn.user.email).toBe(email);
    }
    const { refreshSession } = await withToken(ctx.node, expired).RefreshSession({ refreshToken });
    expect(refreshSession.user.email).toBe(email);
  });

  it("a public operation's own failure answers 200 UNAUTHENTICATED, with or without a header", async () => {
    const { email, expired } = await staleToken();
    const query = 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }';
    const variables = { e: email, p: 'wrong-password-123' };
    const bare = await rawPost(ctx.node.url, { query, variables });
    const withStale = await rawPost(ctx.node.url, { query, variables }, { token: expired });
    for (const res of [bare, withStale]) {
      expect(res.status).toBe(200);
      expect(res.body?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.body?.data).toBeNull();
    }
  });
});
