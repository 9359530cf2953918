import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ControlPlaneClient } from '../../../sdk';
import { createUserWithSets, errorCode, uniqueEmail } from '../../fixtures/seed';
import { startCluster, type TestCluster, type TestNode } from '../../fixtures/test-node';
import { currentSessionId, liveUserChanged, login, settleWithin, withToken } from './helpers';

// Two API nodes sharing one PostgreSQL and one Redis, as behind a load balancer.
let cluster: TestCluster;
let n0: TestNode;
let n1: TestNode;
let owner0: ControlPlaneClient;
let owner1: ControlPlaneClient;
beforeAll(async () => {
  cluster = await startCluster({ nodes: 2, redis: true });
  [n0, n1] = [cluster.nodes[0]!, cluster.nodes[1]!];
  owner0 = await n0.owner();
  owner1 = await n1.owner();
});
afterAll(async () => {
  await cluster?.close();
});

/** A user logged in on node 0 whose token has already been used there (so any cache is warm). */
async function warmSessionOnNode0() {
  const { user, email, password } = await createUserWithSets(owner0, ['Viewer']);
  const session = await login(n0, email, password);
  expect((await session.client.Me()).me.id).toBe(user.id);
  return { ...session, user, email, password };
}

describe('revocation on another node', () => {
  it('a logout on node 1 is refused on node 0 on the very next request', async () => {
    const s = await warmSessionOnNode0();
    expect((await withToken(n1, s.accessToken).Logout()).logout).toBe(true);
    expect(await errorCode(() => s.client.Me())).toBe('UNAUTHENTICATED');
  });

  it('revokeSession on node 1 is refused on node 0 on the very next request', async () => {
    const s = await warmSessionOnNode0();
    const other = await login(n1, s.email, s.password);
    await other.client.RevokeSession({ id: await currentSessionId(s.client) });
    expect(await errorCode(() => s.client.Me())).toBe('UNAUTHENTICATED');
    expect((await other.client.Me()).me.id).toBe(s.user.id);
  });

  it('suspending the user on node 1 is refused on node 0 on the very next request', async () => {
    const s = await warmSessionOnNode0();
    await owner1.SuspendUser({ id: s.user.id });
    expect(await errorCode(() => s.client.Me())).toBe('UNAUTHENTICATED');
  });

  it('refresh reuse detected on node 1 kills the session on node 0', async () => {
    const s = await warmSessionOnNode0();
    const { refreshSession } = await n0.anonymous().RefreshSession({ refreshToken: s.refreshToken });
    const newest = withToken(n0, refreshSession.accessToken);
    expect((await newest.Me()).me.id).toBe(s.user.id);
    expect(await errorCode(() => n1.anonymous().RefreshSession({ refreshToken: s.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(await errorCode(() => newest.Me())).toBe('UNAUTHENTICATED');
  });

  it('a logout on node 1 closes that session\'s live subscription on node 0 (4403)', async () => {
    const s = await warmSessionOnNode0();
    const poke = () => owner1.CreateUser({ input: { email: uniqueEmail('poke'), name: 'Poke', password: 'poke-password-123' } }).then((r) => r.createUser.id);
    // Events from node 1 reach node 0's subscriber through Redis.
    const iterator = await liveUserChanged(s.client, poke);
    const closed = settleWithin(iterator.next(), 5_000);
    await withToken(n1, s.accessToken).Logout();
    const outcome = await closed;
    expect(outcome.status).toBe('error');
    expect((outcome as { error?: { code?: string } }).error?.code).toBe('4403');
  });
});
