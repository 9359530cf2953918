import { beforeAll, describe, expect, it } from 'vitest';
import type { ControlPlaneClient } from '../../../sdk';
import { createUserWithSets, member } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';
import { EventStream, StreamTimeout, untilLive } from '../subscriptions/stream';
import { allow, customSet } from './features.helpers';

// permissionsChanged(userId), and live subscriptions ending when their reader loses the right.
const ctx = useCluster();
let pokeUserId: string;
let pokes = 0;

beforeAll(async () => {
  pokeUserId = (await createUserWithSets(ctx.owner, [], { prefix: 'poke' })).user.id;
});

/** Every stream is returned (bounded) after the file; then the sockets close with the cluster. */
function open<T>(iterable: AsyncIterable<T>, label: string): EventStream<T> {
  return ctx.track(new EventStream(iterable, label));
}

type Change = Awaited<ReturnType<typeof nextChange>>;
const nextChange = async (s: EventStream<{ permissionsChanged: { userId: string; at: string } }>, what: string, ms = 5_000) =>
  (await s.next(what, ms)).permissionsChanged;

/** Subscribes to permissionsChanged(userId) and waits until it is live (warm-up: re-assigning Viewer to userId). */
async function livePermissionsChanged(client: ControlPlaneClient, userId: string, label: string) {
  const stream = open(client.PermissionsChanged({ userId }), label);
  await untilLive(
    stream,
    () => ctx.owner.AssignPermissionSet({ userId, permissionSetId: ctx.builtins.Viewer }),
    (e) => e.permissionsChanged.userId === userId,
  );
  return stream;
}

/** Consumes late warm-up events until none arrives for `quietMs`, so later assertions see only their own. */
async function drain<T>(stream: EventStream<T>, quietMs = 400): Promise<void> {
  for (;;) {
    try {
      await stream.next('late warm-up event', quietMs);
    } catch (err) {
      if (err instanceof StreamTimeout) return;
      throw err;
    }
  }
}

const codeOf = (error: unknown) => (error as { code?: string } | undefined)?.code;

describe('permissionsChanged', () => {
  it('a user’s own subscription fires when the owner assigns them a set or edits a set they hold, and not for others', async () => {
    const u = await member(ctx.node, ctx.owner, []);
    const stranger = await createUserWithSets(ctx.owner, []);
    const stream = await livePermissionsChanged(u.client, u.id, 'own permissionsChanged');

    await drain(stream);
    await ctx.owner.AssignPermissionSet({ userId: stranger.user.id, permissionSetId: ctx.builtins.Viewer });
    await expect(nextChange(stream, 'no event for someone else', 600)).rejects.toBeInstanceOf(StreamTimeout);

    const set = await customSet(ctx.owner, 'Live set', [allow('audit:read')]);
    const before = Date.now();
    await ctx.owner.AssignPermissionSet({ userId: u.id, permissionSetId: set.id });
    const change: Change = await nextChange(stream, 'the assignment');
    expect(change.userId).toBe(u.id);
    expect(Date.parse(change.at)).toBeGreaterThanOrEqual(before - 1_000);

    await ctx.owner.UpdatePermissionSet({ id: set.id, input: { grants: [allow('users:read')] } });
    expect((await nextChange(stream, 'the edit of a held set')).userId).toBe(u.id);
    await stream.close();
  });

  it('someone else’s is refused with FORBIDDEN without permissionSets:read, and allowed to a Viewer', async () => {
    const target = await member(ctx.node, ctx.owner, []);
    const bare = await member(ctx.node, ctx.owner, []);
    const refused = open(bare.client.PermissionsChanged({ userId: target.id }), 'bare user on someone else');
    const outcome = await refused.end('opening someone else’s permissionsChanged without permissionSets:read', 3_000);
    expect(outcome.events).toEqual([]);
    expect(codeOf(outcome.error)).toBe('FORBIDDEN');

    const viewer = await member(ctx.node, ctx.owner, ['Viewer']);
    const watching = await livePermissionsChanged(viewer.client, target.id, 'Viewer on someone else');
    await ctx.owner.GrantPermission({ userId: target.id, grant: allow('audit:read') });
    expect((await nextChange(watching, 'the grant')).userId).toBe(target.id);

    // Losing permissionSets:read ends the Viewer's watch on someone else.
    await ctx.owner.RevokePermissionSet({ userId: viewer.id, permissionSetId: ctx.builtins.Viewer });
    const ended = await watching.end('revoking Viewer from the watcher');
    expect(ended.events).toEqual([]);
  });
});

describe('live subscriptions follow the reader’s current rights', () => {
  /** UserChanged for `client`, live (warm-up: renames of `pokeId`) and drained of late warm-up events. */
  async function liveUserChanged(client: ControlPlaneClient, label: string, pokeId = pokeUserId) {
    const stream = open(client.UserChanged(), label);
    await untilLive(
      stream,
      () => ctx.owner.UpdateUser({ id: pokeId, input: { name: `Poke ${(pokes += 1)}` } }),
      (e) => e.userChanged.user.id === pokeId,
    );
    await drain(stream);
    return stream;
  }

  it('a UserChanged subscription ends when users:read is withdrawn entirely (an explicit DENY)', async () => {
    const v = await member(ctx.node, ctx.owner, ['Viewer']);
    const stream = await liveUserChanged(v.client, 'Viewer UserChanged, then denied');
    await ctx.owner.GrantPermission({ userId: v.id, grant: { effect: 'DENY', action: 'users:read', scope: { kind: 'ALL' } } });
    const ended = await stream.end('a DENY users:read on everything');
    expect(ended.events).toEqual([]);
    if (ended.error) expect(codeOf(ended.error)).toMatch(/FORBIDDEN|UNAUTHENTICATED|^4\d{3}$/);
  });

  it('when the Viewer set is revoked the stream narrows at once to what the baseline still allows: the user’s own record', async () => {
    const v = await member(ctx.node, ctx.owner, ['Viewer']);
    const stream = await liveUserChanged(v.client, 'Viewer UserChanged, then revoked');
    await ctx.owner.RevokePermissionSet({ userId: v.id, permissionSetId: ctx.builtins.Viewer });
    await ctx.owner.UpdateUser({ id: pokeUserId, input: { name: 'After revoke: not for v' } });
    await ctx.owner.UpdateUser({ id: v.id, input: { name: 'After revoke: about v' } });
    const next = await stream.next('the first change after the revocation', 5_000);
    expect(next.userChanged.user.id).toBe(v.id);
    expect(next.userChanged.user.name).toBe('After revoke: about v');
  });

  it('a label-scoped reader sees only its slice, and nothing of it once the scope is removed', async () => {
    const set = await customSet(ctx.owner, 'Live payments readers', [allow('users:read', { kind: 'LABELS', labels: { team: 'payments' } })]);
    const reader = await member(ctx.node, ctx.owner, []);
    await ctx.owner.AssignPermissionSet({ userId: reader.id, permissionSetId: set.id });
    const payments = await createUserWithSets(ctx.owner, [], { labels: { team: 'payments' } });
    const core = await createUserWithSets(ctx.owner, [], { labels: { team: 'core' } });
    const stream = await liveUserChanged(reader.client, 'payments reader UserChanged', payments.user.id);

    await ctx.owner.UpdateUser({ id: core.user.id, input: { name: 'Core change' } });
    await ctx.owner.UpdateUser({ id: payments.user.id, input: { name: 'Payments change' } });
    const first = await stream.next('the payments change', 5_000);
    expect(first.userChanged.user).toMatchObject({ id: payments.user.id, name: 'Payments change' });

    await ctx.owner.UpdatePermissionSet({ id: set.id, input: { grants: [] } });
    await ctx.owner.UpdateUser({ id: payments.user.id, input: { name: 'Payments after scope removed' } });
    await ctx.owner.UpdateUser({ id: reader.id, input: { name: 'Reader renamed' } });
    const next = await stream.next('the first change after the scope was removed', 5_000);
    expect(next.userChanged.user).toMatchObject({ id: reader.id, name: 'Reader renamed' });
  });
});
