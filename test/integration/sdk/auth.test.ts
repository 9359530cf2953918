import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { ControlPlaneClient, ControlPlaneError, Tokens } from '../../../sdk';
import { allow } from '../../fixtures/grants';
import { thrownBy, uniqueEmail } from '../../fixtures/seed';
import { OWNER_EMAIL, OWNER_PASSWORD, sdk, startCluster, useCluster, type TestNode } from '../../fixtures/test-node';
import { currentSessionId, signAccessToken } from '../auth/helpers';

/**
 * The SDK's credential handling against a real server: API keys, renewal of an expired access
 * token with the refresh token (single flight, rotated tokens handed to `onTokens`), subscriptions
 * that re-authenticate, and the documented code of every failure a socket or a request can end in.
 */
const ctx = useCluster();

const failure = async (fn: () => Promise<unknown>) => {
  const e = await thrownBy(fn);
  if (!(e instanceof sdk.ControlPlaneError)) throw e;
  return e as ControlPlaneError;
};

/** A signed-in session whose access token has already expired, plus its live refresh token. */
async function expiredSession(node: TestNode) {
  const { login } = await ctx.track(sdk.createClient({ url: node.url })).Login({ email: OWNER_EMAIL, password: OWNER_PASSWORD });
  const sessionId = await currentSessionId(ctx.track(sdk.createClient({ url: node.url, token: login.accessToken })));
  const expired = await signAccessToken({ userId: login.user.id, sessionId, expiresAt: new Date(Date.now() - 1_000) });
  return { expired, refreshToken: login.refreshToken };
}

function clientWithExpiredToken(node: TestNode, session: { expired: string; refreshToken: string }, reconnectAttempts?: number) {
  const seen: Array<Tokens | null> = [];
  const client = ctx.track(
    sdk.createClient({ url: node.url, wsUrl: node.wsUrl, token: session.expired, refreshToken: session.refreshToken, onTokens: (t) => void seen.push(t), reconnectAttempts }),
  );
  return { client, seen };
}

/** The first event of `iterable` while `poke` creates users; the subscription may register late. */
async function firstEvent<T>(iterable: AsyncIterable<T>, poke: () => Promise<unknown>): Promise<T> {
  const iterator = iterable[Symbol.asyncIterator]();
  const next = iterator.next();
  try {
    for (let i = 0; i < 20; i += 1) {
      await poke();
      const outcome = await Promise.race([next, new Promise<null>((r) => setTimeout(() => r(null), 500))]);
      if (outcome) return (outcome as IteratorResult<T>).value as T;
    }
    throw new Error('no event after 20 pokes');
  } finally {
    void iterator.return?.();
  }
}
const poke = () => ctx.owner.CreateUser({ input: { email: uniqueEmail('poke'), name: 'Poke', password: 'poke-password-123' } });

/**
 * Opens UserChanged on `client`, pokes until an event proves the socket open, runs `end`, and
 * returns the error the subscription then fails with (events queued before it are drained).
 */
async function endOfOpenSubscription(client: ControlPlaneClient, pokeWith: () => Promise<unknown>, end: () => Promise<unknown>) {
  const iterator = client.UserChanged()[Symbol.asyncIterator]();
  const first = iterator.next();
  for (let i = 0; i < 20; i += 1) {
    await pokeWith();
    if (await Promise.race([first.then(() => true), new Promise<false>((r) => setTimeout(() => r(false), 500))])) break;
  }
  await end();
  for (let i = 0; i < 100; i += 1) {
    try {
      const r = await iterator.next();
      if (r.done) throw new Error('the subscription completed instead of failing');
    } catch (e) {
      if (e instanceof sdk.ControlPlaneError) return e as ControlPlaneError;
      throw e;
    }
  }
  throw new Error('the subscription did not fail');
}

/** Settles with the iterator's first outcome: an event, or the error it fails with. */
const firstOutcome = (client: ControlPlaneClient) =>
  client
    .UserChanged()
    [Symbol.asyncIterator]()
    .next()
    .then(
      () => null,
      (e: unknown) => e as ControlPlaneError,
    );

describe('credentials', () => {
  it('sends an API key (cpk_…) as a Bearer credential, over HTTP and WebSocket', async () => {
    const { createApiKey } = await ctx.owner.CreateApiKey({
      input: { name: 'sdk', grants: [allow('users:read')], expiresAt: new Date(Date.now() + 86_400_000).toISOString() },
    });
    expect(createApiKey.secret.startsWith('cpk_')).toBe(true);
    const client = ctx.track(sdk.createClient({ url: ctx.node.url, wsUrl: ctx.node.wsUrl, apiKey: createApiKey.secret }));
    // The key acts as its owner (with the key's grants: the owner's email is not among them).
    expect((await client.Me()).me.id).toBe(ctx.ownerId);
    expect(client.tokens()).toBeNull();
    const event = await firstEvent(client.UserChanged(), poke);
    expect(event.userChanged.kind).toBe('CREATED');
  });

  it('renews an expired access token once, retries, and hands the rotated tokens to onTokens', async () => {
    const session = await expiredSession(ctx.node);
    const { client, seen } = clientWithExpiredToken(ctx.node, session);
    expect((await client.Me()).me.email).toBe(OWNER_EMAIL);
    expect(client.refreshCount).toBe(1);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.refreshToken).not.toBe(session.refreshToken);
    expect(client.tokens()?.accessToken).toBe(seen[0]!.accessToken);
    // The renewed token is used from now on: no second refresh.
    await client.Me();
    expect(client.refreshCount).toBe(1);
  });

  it('shares one refresh between concurrent calls (single flight): the rotated refresh token is spent once', async () => {
    const session = await expiredSession(ctx.node);
    const { client, seen } = clientWithExpiredToken(ctx.node, session);
    const results = await Promise.all(Array.from({ length: 6 }, () => client.Me()));
    expect(results.map((r) => r.me.email)).toEqual(Array(6).fill(OWNER_EMAIL));
    expect(client.refreshCount).toBe(1);
    expect(seen).toHaveLength(1);
  });

  it('reports UNAUTHENTICATED and onTokens(null) when the session cannot be renewed', async () => {
    const session = await expiredSession(ctx.node);
    // Spending the refresh token elsewhere first: the client's copy is now a reused one.
    await ctx.node.anonymous().RefreshSession({ refreshToken: session.refreshToken });
    const { client, seen } = clientWithExpiredToken(ctx.node, session);
    const error = await failure(() => client.Me());
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(seen).toEqual([null]);
    expect(client.tokens()).toBeNull();
  });

  it('re-authenticates a subscription refused for its expired token (4401) with a renewed one', async () => {
    const session = await expiredSession(ctx.node);
    const { client, seen } = clientWithExpiredToken(ctx.node, session);
    // The socket authenticates with a fresh token only after the first close; the event must still arrive.
    const event = await firstEvent(client.UserChanged(), poke);
    expect(event.userChanged.kind).toBe('CREATED');
    expect(client.refreshCount).toBe(1);
    expect(seen).toHaveLength(1);
  });
});

describe('real expiry (ACCESS_TOKEN_TTL_SECONDS=30)', () => {
  it('renews after the access token really expired, before (known expiry) or after (refusal) sending', async () => {
    const cluster = await startCluster({ env: { ACCESS_TOKEN_TTL_SECONDS: '30' } });
    try {
      const node = cluster.nodes[0]!;
      const knowsExpiry = sdk.createClient({ url: node.url });
      await knowsExpiry.login({ email: OWNER_EMAIL, password: OWNER_PASSWORD });
      const blind = sdk.createClient({ url: node.url });
      const { login } = await blind.Login({ email: OWNER_EMAIL, password: OWNER_PASSWORD });
      await blind.setTokens({ accessToken: login.accessToken, refreshToken: login.refreshToken, expiresAt: null });
      await new Promise((r) => setTimeout(r, 31_000));
      // The expired token itself is refused, so the retries below are real renewals.
      expect((await failure(() => sdk.createClient({ url: node.url, token: login.accessToken }).Me())).code).toBe('UNAUTHENTICATED');
      expect((await knowsExpiry.Me()).me.email).toBe(OWNER_EMAIL);
      expect((await blind.Me()).me.email).toBe(OWNER_EMAIL);
      expect([knowsExpiry.refreshCount, blind.refreshCount]).toEqual([1, 1]);
    } finally {
      await cluster.close();
    }
  }, 90_000);
});

describe('documented codes for closed sockets and failed requests', () => {
  it('4401 (no or bad credential) -> UNAUTHENTICATED', async () => {
    const error = await firstOutcome(ctx.node.anonymous());
    expect({ code: error?.code, closeCode: error?.closeCode }).toEqual({ code: 'UNAUTHENTICATED', closeCode: 4401 });
  });

  it('4403 (session ended while subscribed) -> SESSION_ENDED', async () => {
    const { email, password } = { email: uniqueEmail('ended'), password: 'ended-password-123' };
    await ctx.owner.CreateUser({ input: { email, name: 'Ended', password, permissionSetIds: [ctx.builtins.Viewer] } });
    const client = await ctx.node.clientFor(email, password);
    const error = await endOfOpenSubscription(client, poke, () => client.Logout());
    expect({ code: error.code, closeCode: error.closeCode }).toEqual({ code: 'SESSION_ENDED', closeCode: 4403 });
  });

  it('1001 (server shutting down, reconnects off) -> UNAVAILABLE', async () => {
    const cluster = await startCluster();
    const node = cluster.nodes[0]!;
    const { login } = await sdk.createClient({ url: node.url }).Login({ email: OWNER_EMAIL, password: OWNER_PASSWORD });
    const client = sdk.createClient({ url: node.url, wsUrl: node.wsUrl, token: login.accessToken, reconnectAttempts: 0 });
    const owner = sdk.createClient({ url: node.url, token: login.accessToken });
    const make = () => owner.CreateUser({ input: { email: uniqueEmail('bye'), name: 'Bye', password: 'goodbye-password-1' } });
    try {
      const error = await endOfOpenSubscription(client, make, () => cluster.close());
      expect({ code: error.code, closeCode: error.closeCode }).toEqual({ code: 'UNAVAILABLE', closeCode: 1001 });
    } finally {
      await client.close();
    }
  });

  it('nobody listening -> NETWORK_ERROR, over HTTP and WebSocket', async () => {
    const port = await new Promise<number>((resolve) => {
      const srv = createServer().listen(0, '127.0.0.1', () => {
        const { port: p } = srv.address() as { port: number };
        srv.close(() => resolve(p));
      });
    });
    const client = ctx.track(sdk.createClient({ url: `http://127.0.0.1:${port}/graphql`, token: 't', reconnectAttempts: 0 }));
    expect((await failure(() => client.Me())).code).toBe('NETWORK_ERROR');
    const ws = await firstOutcome(client);
    expect(ws?.code).toBe('NETWORK_ERROR');
  });
});
