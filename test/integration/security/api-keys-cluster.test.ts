import { describe, expect, it } from 'vitest';
import { member } from '../../fixtures/seed';
import { allow } from '../../fixtures/grants';
import { useCluster } from '../../fixtures/test-node';
import { withToken } from '../auth/helpers';
import { EventStream, untilLive } from '../subscriptions/stream';
import { createKey, outcome } from './helpers';

// Two API nodes sharing one PostgreSQL and one Redis: a key used on node 1, changed on node 0.
const ctx = useCluster({ nodes: 2, redis: true });

describe('API keys across nodes', () => {
  it('an owner stripped of a right on node 0 loses it through the key on node 1 at the next request', async () => {
    for (let round = 0; round < 3; round += 1) {
      const u = await member(ctx.nodes[0]!, ctx.owners[0]!, ['Developer']);
      const k = await createKey(ctx.nodes[0]!, u.client, [allow('audit:read')]);
      const onNode1 = withToken(ctx.nodes[1]!, k.secret);
      expect(await outcome(() => onNode1.AuditLogs({ first: 1 })), `round ${round}: warm`).toBe('OK');
      await ctx.owners[0]!.RevokePermissionSet({ userId: u.id, permissionSetId: ctx.builtins.Developer });
      expect(await outcome(() => onNode1.AuditLogs({ first: 1 })), `round ${round}: after revoke`).toBe('FORBIDDEN');
      await ctx.owners[0]!.AssignPermissionSet({ userId: u.id, permissionSetId: ctx.builtins.Developer });
      expect(await outcome(() => onNode1.AuditLogs({ first: 1 })), `round ${round}: after re-assign`).toBe('OK');
    }
  });

  it('suspension and revocation on node 0 refuse the key on node 1 at the next request', async () => {
    const u = await member(ctx.nodes[0]!, ctx.owners[0]!, ['Viewer']);
    const a = await createKey(ctx.nodes[0]!, u.client, [allow('users:read')]);
    const b = await createKey(ctx.nodes[0]!, u.client, [allow('users:read')]);
    const aOn1 = withToken(ctx.nodes[1]!, a.secret);
    const bOn1 = withToken(ctx.nodes[1]!, b.secret);
    expect(await outcome(() => aOn1.Me())).toBe('OK');
    expect(await outcome(() => bOn1.Me())).toBe('OK');
    await u.client.RevokeApiKey({ id: a.key.id });
    expect(await outcome(() => aOn1.Me())).toBe('UNAUTHENTICATED');
    expect(await outcome(() => bOn1.Me())).toBe('OK');
    await ctx.owners[0]!.SuspendUser({ id: u.id });
    expect(await outcome(() => bOn1.Me())).toBe('UNAUTHENTICATED');
    await ctx.owners[0]!.ReactivateUser({ id: u.id });
    expect(await outcome(() => bOn1.Me())).toBe('OK');
  });

  it('a key revoked on node 0 closes its subscription on node 1', async () => {
    const u = await member(ctx.nodes[0]!, ctx.owners[0]!, ['Viewer']);
    const k = await createKey(ctx.nodes[0]!, u.client, [allow('users:read')]);
    const stream = ctx.track(new EventStream(withToken(ctx.nodes[1]!, k.secret).UserChanged(), 'key on node 1'));
    let n = 0;
    await untilLive(stream, () => ctx.owners[0]!.UpdateUser({ id: u.id, input: { name: `Poke ${(n += 1)}` } }), (e) => e.userChanged.user.id === u.id);
    await u.client.RevokeApiKey({ id: k.key.id });
    const ended = await stream.next('end after revocation', 5_000).then(
      () => 'event',
      (e: { code?: string }) => String(e.code),
    );
    expect(ended).toBe('SESSION_ENDED');
  });
});
