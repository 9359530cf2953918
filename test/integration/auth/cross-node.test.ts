import { describe, expect, it } from 'vitest';
import { createUserWithSets, errorCode, uniqueEmail } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';
import { currentSessionId, liveUserChanged, login, settleWithin, withToken } from './helpers';

// Two API nodes sharing one PostgreSQL and one Redis, as behind a load balancer.
const ctx = useCluster({ nodes: 2, redis: true });

/** A user logged in on node 0 whose token has already been used there (so any cache is warm). */
async function warmSessionOnNode0() {
  const { user, email, password } = await createUserWithSets(ctx.owners[0]!, ['Viewer']);
  const session = await login(ctx.nodes[0]!, email, password);
  expect((await session.client.Me()).me.id).toBe(user.id);
  return { ...session, user, email, password };
}

describe('revocation on another node', () => {
  it('a logout on node 1 is refused on node 0 on the very next request', async () => {
    const s = await warmSessionOnNode0();
    expect((await withToken(ctx.nodes[1]!, s.accessToken).Logout()).logout).toBe(true);
    expect(await errorCode(() => s.client.Me())).toBe('UNAUTHENTICATED');
  });

  it('revokeSession on node 1 is refused on node 0 on the very next request', async () => {
    const s = await warmSessionOnNode0();
    const other = await login(ctx.nodes[1]!, s.email, s.password);
    await other.client.RevokeSession({ id: await currentSessionId(s.client) });
    expect(await errorCode(() => s.client.Me())).toBe('UNAUTHENTICATED');
    expect((await other.client.Me()).me.id).toBe(s.user.id);
  });

  it('suspending the user on node 1 is refused on node 0 on the very next request', async () => {
    const s = await warmSessionOnNode0();
    await ctx.owners[1]!.SuspendUser({ id: s.user.id });
    expect(await errorCode(() => s.client.Me())).toBe('UNAUTHENTICATED');
  });

  it('refresh reuse detected on node 1 kills the session on node 0', async () => {
    const s = await warmSessionOnNode0();
    const { refreshSession } = await ctx.nodes[0]!.anonymous().RefreshSession({ refreshToken: s.refreshToken });
    const newest = withToken(ctx.nodes[0]!, refreshSession.accessToken);
    expect((await newest.Me()).me.id).toBe(s.user.id);
    expect(await errorCode(() => ctx.nodes[1]!.anonymous().RefreshSession({ refreshToken: s.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(await errorCode(() => newest.Me())).toBe('UNAUTHENTICATED');
  });

  it('a logout on node 1 closes that session\'s live subscription on node 0 (4403)', async () => {
    const s = await warmSessionOnNode0();
    const poke = () => ctx.owners[1]!.CreateUser({ input: { email: uniqueEmail('poke'), name: 'Poke', password: 'poke-password-123' } }).then((r) => r.createUser.id);
    // Events from node 1 reach node 0's subscriber through Redis.
    const iterator = await liveUserChanged(s.client, poke);
    const closed = settleWithin(iterator.next(), 5_000);
    await withToken(ctx.nodes[1]!, s.accessToken).Logout();
    const outcome = await closed;
    expect(outcome.status).toBe('error');
    expect((outcome as { error?: { code?: string } }).error?.code).toBe('SESSION_ENDED');
  });
});
