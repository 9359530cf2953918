import { beforeAll, describe, expect, it } from 'vitest';
import type * as GraphqlWs from 'graphql-ws';
import type * as WsModule from 'ws';
import { createUserWithSets } from '../../fixtures/seed';
import { loadServerModule } from '../../fixtures/load';
import { OWNER_EMAIL, OWNER_PASSWORD, useCluster } from '../../fixtures/test-node';

/**
 * Shield never sees `subscribe`, so subscriptions are authorized when opened. Root fields reached
 * through an inline fragment or a fragment spread must be checked like direct ones.
 */
const ctx = useCluster();
const { createClient: createWsClient } = loadServerModule<typeof GraphqlWs>('graphql-ws');
const WebSocketImpl = loadServerModule<typeof WsModule>('ws');

let viewer: { id: string; token: string };

beforeAll(async () => {
  const created = await createUserWithSets(ctx.owner, ['Viewer']);
  const { login } = await ctx.node.anonymous().Login({ email: created.email, password: created.password });
  viewer = { id: created.user.id, token: login.accessToken };
});

type Outcome = { kind: 'error'; errors: Array<{ message: string; extensions?: { code?: string } }> } | { kind: 'next' } | { kind: 'complete' } | { kind: 'timeout' };

/** Opens one subscription on its own socket and reports how it ended (or that it stayed open). */
function subscribeOnce(token: string, query: string, timeoutMs = 3_000): Promise<Outcome> {
  const client = createWsClient({
    url: ctx.node.wsUrl,
    webSocketImpl: WebSocketImpl,
    retryAttempts: 0,
    connectionParams: { authorization: `Bearer ${token}` },
  });
  ctx.track({ close: () => client.dispose() });
  return new Promise<Outcome>((resolve) => {
    const timer = setTimeout(() => resolve({ kind: 'timeout' }), timeoutMs);
    const done = (outcome: Outcome) => (clearTimeout(timer), resolve(outcome));
    client.subscribe(
      { query },
      {
        next: () => done({ kind: 'next' }),
        error: (errors) => done({ kind: 'error', errors: (Array.isArray(errors) ? errors : [errors]) as never }),
        complete: () => done({ kind: 'complete' }),
      },
    );
  }).finally(() => void client.dispose());
}

async function deniedPaths(): Promise<string[]> {
  const { auditLogs } = await ctx.owner.AuditLogs({ first: 50, filter: { actorId: viewer.id, action: 'access.denied' } });
  return auditLogs.edges.filter((e) => e.node.outcome === 'DENIED').map((e) => String((e.node.metadata as { path?: unknown } | null)?.path));
}

describe('subscribe-time authorization looks through fragments', () => {
  it.each([
    ['an inline fragment', 'subscription { ... on Subscription { auditLogged { id action } } }'],
    ['an untyped inline fragment', 'subscription { ... { auditLogged { id } } }'],
    ['a fragment spread', 'subscription { ...Root } fragment Root on Subscription { auditLogged { id } }'],
    ['a spread inside an inline fragment', 'subscription { ... on Subscription { ...Root } } fragment Root on Subscription { auditLogged { id } }'],
  ])('refuses auditLogged to a Viewer through %s with FORBIDDEN, and records access.denied', async (_how, query) => {
    const before = (await deniedPaths()).length;
    const outcome = await subscribeOnce(viewer.token, query);
    expect(outcome.kind).toBe('error');
    if (outcome.kind !== 'error') return;
    expect(outcome.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    const after = await deniedPaths();
    expect(after.length).toBe(before + 1);
    expect(after[0]).toBe('auditLogged');
  });

  it('still lets the Viewer open what it may read through a fragment', async () => {
    const outcome = await subscribeOnce(viewer.token, 'subscription { ... on Subscription { userChanged { kind } } }', 1_000);
    // Stays open (no event is due): neither refused nor completed.
    expect(outcome.kind).toBe('timeout');
  });

  it('the owner may open auditLogged through an inline fragment', async () => {
    const { login } = await ctx.node.anonymous().Login({ email: OWNER_EMAIL, password: OWNER_PASSWORD });
    const outcome = await subscribeOnce(login.accessToken, 'subscription { ... on Subscription { auditLogged { id } } }', 1_000);
    expect(outcome.kind === 'timeout' || outcome.kind === 'next').toBe(true);
  });
});
