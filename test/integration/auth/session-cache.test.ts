import { describe, expect, it } from 'vitest';
import { createUserWithSets, errorCode } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';
import { login, withToken } from './helpers';

// Two API nodes sharing one PostgreSQL and one Redis: each keeps session rows in its own cache.
const ctx = useCluster({ nodes: 2, redis: true });

/** The statements node 0 sent while `fn` ran. */
async function statementsOnNode0(fn: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const stop = ctx.nodes[0]!.database.onStatement((query) => seen.push(query));
  try {
    await fn();
  } finally {
    stop();
  }
  return seen;
}

const customSet = (name: string) => ({
  input: { name, grants: [{ effect: 'ALLOW' as never, action: 'users:read', scope: { kind: 'ALL' as never } }] },
});

describe('session cache', () => {
  it('a session already seen by a node costs that node no statement on later requests', async () => {
    const { email, password } = await createUserWithSets(ctx.owners[0]!, ['Viewer']);
    const s = await login(ctx.nodes[0]!, email, password);
    const cold = await statementsOnNode0(() => s.client.Me());
    expect(cold.filter((q) => /from "sessions"/.test(q))).toHaveLength(1);
    const warm = await statementsOnNode0(() => s.client.Me());
    expect(warm.filter((q) => /from "sessions"/.test(q))).toHaveLength(0);
    // IP allowlists are kept with the compiled permissions: not read again either.
    expect(warm.filter((q) => /ip_allowlists/.test(q))).toHaveLength(0);
  });

  it('reauthenticate on node 1 counts on node 0 at once, though node 0 cached the stale session', async () => {
    const { user, email, password } = await createUserWithSets(ctx.owners[0]!, ['Owner']);
    const s = await login(ctx.nodes[0]!, email, password);
    await ctx.nodes[0]!.database.sql`update sessions set authenticated_at = now() - interval '1 hour' where user_id = ${user.id}`;
    const name = `cached-${Date.now()}`;
    expect(await errorCode(() => s.client.CreatePermissionSet(customSet(name)))).toBe('STEP_UP_REQUIRED');
    // Node 0 now holds the row with the old authentication time; node 1 records a fresh one.
    await withToken(ctx.nodes[1]!, s.accessToken).Reauthenticate({ password });
    expect((await s.client.CreatePermissionSet(customSet(name))).createPermissionSet.name).toBe(name);
  });
});
