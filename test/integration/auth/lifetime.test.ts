import { describe, expect, it } from 'vitest';
import { createUserWithSets, errorCode } from '../../fixtures/seed';
import { useClusterPerTest } from '../../fixtures/test-node';
import { login } from './helpers';

const freshCluster = useClusterPerTest();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function signedIn(env: Record<string, string>) {
  const node = (await freshCluster({ env })).nodes[0]!;
  // The owner logs in before the clock starts; its own session is not under test.
  const { user, email, password } = await createUserWithSets(await node.owner(), ['Viewer']);
  return { ...(await login(node, email, password)), node, user };
}

describe('session lifetime', () => {
  it('ends an idle session: access and refresh tokens are refused after the idle timeout', async () => {
    // 3 s idle timeout; the access token itself stays valid for 15 minutes.
    const s = await signedIn({ SESSION_IDLE_TTL_MINUTES: '0.05' });
    expect((await s.client.Me()).me.id).toBe(s.user.id);
    await sleep(3_500);
    expect(await errorCode(() => s.client.Me())).toBe('UNAUTHENTICATED');
    expect(await errorCode(() => s.node.anonymous().RefreshSession({ refreshToken: s.refreshToken }))).toBe('UNAUTHENTICATED');
  });

  it('ends a session at its absolute lifetime even when refreshed', async () => {
    // 3.6 s absolute lifetime, idle timeout left at its default.
    const s = await signedIn({ SESSION_ABSOLUTE_TTL_HOURS: '0.001' });
    const { refreshSession } = await s.node.anonymous().RefreshSession({ refreshToken: s.refreshToken });
    await sleep(4_000);
    expect(await errorCode(() => s.client.Me())).toBe('UNAUTHENTICATED');
    expect(await errorCode(() => s.node.anonymous().RefreshSession({ refreshToken: refreshSession.refreshToken }))).toBe('UNAUTHENTICATED');
  });
});
