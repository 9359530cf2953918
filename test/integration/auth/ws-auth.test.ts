import { describe, expect, it } from 'vitest';
import type { ControlPlaneClient } from '../../../sdk';
import { createUserWithSets, errorCode, uniqueEmail } from '../../fixtures/seed';
import type * as GraphqlWs from 'graphql-ws';
import type * as WsModule from 'ws';
import { loadServerModule } from '../../fixtures/load';
import { useCluster } from '../../fixtures/test-node';
import { currentSessionId, login, liveUserChanged, settleWithin, signAccessToken, withToken } from './helpers';

const ctx = useCluster();

const { createClient: createWsClient } = loadServerModule<typeof GraphqlWs>('graphql-ws');
const WebSocketImpl = loadServerModule<typeof WsModule>('ws');

/** Connects with graphql-ws directly; resolves to the close code, or 'connected' once acknowledged. */
function rawConnect(connectionParams: Record<string, unknown>): Promise<number | 'connected'> {
  return new Promise((resolve) => {
    const client = createWsClient({
      url: ctx.node.wsUrl,
      webSocketImpl: WebSocketImpl,
      lazy: false,
      retryAttempts: 0,
      connectionParams,
      onNonLazyError: () => undefined,
      on: {
        connected: () => (resolve('connected'), void client.dispose()),
        closed: (event) => resolve((event as { code: number }).code),
      },
    });
  });
}

/** Something every users:read subscriber hears about. */
const poke = () => ctx.owner.CreateUser({ input: { email: uniqueEmail('poke'), name: 'Poke', password: 'poke-password-123' } }).then((r) => r.createUser.id);

/** Opens UserChanged with the client and returns the error code it fails with. */
async function subscribeError(client: ControlPlaneClient): Promise<string | undefined> {
  return errorCode(async () => {
    for await (const _ of client.UserChanged()) throw new Error('received an event');
  });
}

/**
 * After revocation the socket must close at once with 4403, not merely end the stream at the next
 * event (which the per-event re-check would do, as a `complete` rather than a close code).
 */
function watchClose(iterator: AsyncIterator<unknown>) {
  // Settled right away: the rejection may come before the revoking request has even returned.
  return settleWithin(iterator.next(), 5_000);
}

async function expectClosedByRevocation(watch: ReturnType<typeof watchClose>) {
  const outcome = await watch;
  expect(outcome.status, 'the socket must close without waiting for another event').toBe('error');
  expect((outcome as { error?: { code?: string } }).error?.code).toBe('SESSION_ENDED');
}

describe('WebSocket authentication', () => {
  it('closes a connection without a token with 4401', async () => {
    expect(await subscribeError(ctx.node.anonymous())).toBe('UNAUTHENTICATED');
  });

  it('closes a connection with a garbage token with 4401', async () => {
    expect(await subscribeError(withToken(ctx.node, 'garbage'))).toBe('UNAUTHENTICATED');
    expect(await subscribeError(withToken(ctx.node, 'a.b.c'))).toBe('UNAUTHENTICATED');
  });

  it('closes a connection with an expired or revoked token with 4401', async () => {
    const { user, email, password } = await createUserWithSets(ctx.owner, ['Viewer']);
    const session = await login(ctx.node, email, password);
    const sessionId = await currentSessionId(session.client);
    const expired = await signAccessToken({ userId: user.id, sessionId, expiresAt: new Date(Date.now() - 1_000) });
    expect(await subscribeError(withToken(ctx.node, expired))).toBe('UNAUTHENTICATED');

    await session.client.Logout();
    expect(await subscribeError(withToken(ctx.node, session.accessToken))).toBe('UNAUTHENTICATED');
  });

  it('accepts only "Bearer <token>" in connectionParams.authorization', async () => {
    const { email, password } = await createUserWithSets(ctx.owner, ['Viewer']);
    const { accessToken } = await login(ctx.node, email, password);
    expect(await rawConnect({ authorization: accessToken })).toBe(4401);
    expect(await rawConnect({ authorization: `Basic ${accessToken}` })).toBe(4401);
    expect(await rawConnect({ token: accessToken })).toBe(4401);
    expect(await rawConnect({ authorization: `Bearer ${accessToken}` })).toBe('connected');
  });

  it('refuses a subscription the user may not open (FORBIDDEN when opened)', async () => {
    const { email, password } = await createUserWithSets(ctx.owner, ['Viewer']);
    const { client } = await login(ctx.node, email, password);
    expect(await errorCode(async () => {
      for await (const _ of client.AuditLogged({})) throw new Error('received an event');
    })).toBe('FORBIDDEN');
  });
});

describe('revocation ends live subscriptions', () => {
  it('closes the socket (4403) when the session logs out from another client', async () => {
    const { email, password } = await createUserWithSets(ctx.owner, ['Viewer']);
    const { accessToken } = await login(ctx.node, email, password);
    const subscriber = withToken(ctx.node, accessToken);
    const iterator = await liveUserChanged(subscriber, poke);
    const closed = watchClose(iterator);

    expect((await withToken(ctx.node, accessToken).Logout()).logout).toBe(true);
    await expectClosedByRevocation(closed);
  });

  it('closes the socket (4403) when the owner suspends the user', async () => {
    const { user, email, password } = await createUserWithSets(ctx.owner, ['Viewer']);
    const { client } = await login(ctx.node, email, password);
    const iterator = await liveUserChanged(client, poke);
    const closed = watchClose(iterator);

    await ctx.owner.SuspendUser({ id: user.id });
    await expectClosedByRevocation(closed);
  });

  it('closes the socket when the session is revoked through revokeSession', async () => {
    const { email, password } = await createUserWithSets(ctx.owner, ['Viewer']);
    const subscribed = await login(ctx.node, email, password);
    const other = await login(ctx.node, email, password);
    const iterator = await liveUserChanged(subscribed.client, poke);
    const closed = watchClose(iterator);

    await other.client.RevokeSession({ id: await currentSessionId(subscribed.client) });
    await expectClosedByRevocation(closed);
  });

  it('refuses new operations on an open socket once its session has expired, and closes it', async () => {
    const { email, password } = await createUserWithSets(ctx.owner, ['Viewer']);
    const { client } = await login(ctx.node, email, password);
    const sessionId = await currentSessionId(client);
    const iterator = await liveUserChanged(client, poke);
    const closed = watchClose(iterator);

    // Expiry is not announced anywhere: only the socket's own re-check can notice it.
    await ctx.node.database.sql`update sessions set expires_at = now() - interval '1 second' where id = ${sessionId}`;
    expect(await subscribeError(client)).toBeDefined();
    await expectClosedByRevocation(closed);
  });

  it("leaves the user's other sessions' subscriptions open", async () => {
    const { email, password } = await createUserWithSets(ctx.owner, ['Viewer']);
    const kept = await login(ctx.node, email, password);
    const revoked = await login(ctx.node, email, password);
    const keptIterator = await liveUserChanged(kept.client, poke);
    const revokedIterator = await liveUserChanged(revoked.client, poke);
    const revokedClosed = watchClose(revokedIterator);

    await revoked.client.Logout();
    await expectClosedByRevocation(revokedClosed);

    // The other session's subscription still delivers (after the events the second setup caused).
    const id = await poke();
    const delivered = settleWithin(
      (async () => {
        for (;;) {
          const next = await keptIterator.next();
          if (next.done || next.value.userChanged.user.id === id) return next.done ? 'ended' : 'delivered';
        }
      })(),
      10_000,
    );
    expect(await delivered).toEqual({ status: 'value', value: 'delivered' });
    await keptIterator.return?.();
  });
});
