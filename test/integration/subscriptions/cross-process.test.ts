import type RedisClient from 'ioredis';
import { describe, expect, inject, it } from 'vitest';
import type { AuditLoggedSubscription, UserChangedSubscription } from '../../../sdk';
import { loadServerModule } from '../../fixtures/load';
import { DEFAULT_PASSWORD, errorCode, uniqueEmail } from '../../fixtures/seed';
import { collect, EventStream, untilLive } from './stream';
import { useTwoProcesses } from './two-processes';

// Through the loader the server modules use (ioredis is already loaded there; a second copy breaks).
const Redis = loadServerModule<typeof RedisClient>('ioredis');

type UserChange = UserChangedSubscription['userChanged'];
type AuditEvent = AuditLoggedSubscription['auditLogged'];

const ctx = useTwoProcesses();

function open<T>(iterable: AsyncIterable<T>, label: string): EventStream<T> {
  return ctx.track(new EventStream(iterable, label));
}

describe('subscriptions across two server processes sharing PostgreSQL and Redis', () => {
  it('a UserChanged subscriber on A receives CREATED, UPDATED, DELETED, RESTORED made on B, in order', async () => {
    const { id: pokeId, poke } = await ctx.processes.pokeUser();
    const changes = open(ctx.ownerA.UserChanged(), 'owner UserChanged on A');
    await untilLive(changes, poke, (e) => e.userChanged.user.id === pokeId);

    const email = uniqueEmail('live');
    let subjectId = '';
    const steps: Array<{ kind: string; run: () => Promise<{ id: string }> }> = [
      { kind: 'CREATED', run: async () => (await ctx.ownerB.CreateUser({ input: { email, name: 'Live One', password: DEFAULT_PASSWORD } })).createUser },
      { kind: 'UPDATED', run: async () => (await ctx.ownerB.UpdateUser({ id: subjectId, input: { name: 'Live Two' } })).updateUser },
      { kind: 'DELETED', run: async () => (await ctx.ownerB.DeleteUser({ id: subjectId })).deleteUser },
      { kind: 'RESTORED', run: async () => (await ctx.ownerB.RestoreUser({ id: subjectId })).restoreUser },
    ];
    const latencies: Record<string, number> = {};
    const received: UserChange[] = [];
    for (const step of steps) {
      const sentAt = performance.now();
      const arrival = changes
        .next(`${step.kind} event`, 5_000, (e) => e.userChanged.user.id !== pokeId && (e.userChanged.user.email === email || e.userChanged.user.id === subjectId))
        .then((e) => ({ event: e.userChanged, at: performance.now() }));
      arrival.catch(() => undefined); // awaited below; keeps a mutation failure from leaving it unhandled
      const user = await step.run();
      subjectId = user.id;
      const { event, at } = await arrival;
      latencies[step.kind] = Math.round(at - sentAt);
      received.push(event);
    }
    console.info(`[subscriptions] B mutation sent -> event on A, ms: ${JSON.stringify(latencies)}`);

    expect(received.map((e) => e.kind)).toEqual(['CREATED', 'UPDATED', 'DELETED', 'RESTORED']);
    expect(received.every((e) => e.user.id === subjectId)).toBe(true);
    expect(received.map((e) => [e.user.name, e.user.status])).toEqual([
      ['Live One', 'ACTIVE'],
      ['Live Two', 'ACTIVE'],
      ['Live Two', 'DELETED'],
      ['Live Two', 'ACTIVE'],
    ]);
    expect(received[2]!.user.deletedAt).not.toBeNull();
    expect(received[3]!.user.deletedAt).toBeNull();
  });

  it('AuditLogged with an action filter on A receives only matching events made on B', async () => {
    const pokeIds = new Set<string>();
    const pokeCreate = async () => {
      const { createUser } = await ctx.ownerB.CreateUser({ input: { email: uniqueEmail('audit-poke'), name: 'poke', password: DEFAULT_PASSWORD } });
      pokeIds.add(createUser.id);
    };
    const filtered = open(ctx.ownerA.AuditLogged({ filter: { action: 'user.created' } }), 'AuditLogged(action: user.created) on A');
    await untilLive(filtered, pokeCreate, (e) => pokeIds.has(e.auditLogged.targetId ?? ''));

    // Non-matching events first: with a broken filter they would be delivered before the match.
    const { createUser: other } = await ctx.ownerB.CreateUser({ input: { email: uniqueEmail('other'), name: 'Other', password: DEFAULT_PASSWORD } });
    const notCreated = (e: { auditLogged: AuditEvent }) => !pokeIds.has(e.auditLogged.targetId ?? '') && e.auditLogged.targetId !== other.id;
    await ctx.ownerB.UpdateUser({ id: other.id, input: { name: 'Other renamed' } });
    await ctx.ownerB.SuspendUser({ id: other.id });
    const { createUser: wanted } = await ctx.ownerB.CreateUser({ input: { email: uniqueEmail('wanted'), name: 'Wanted', password: DEFAULT_PASSWORD } });

    const first = await filtered.next('user.created event for the wanted user', 5_000, notCreated);
    expect(first.auditLogged).toMatchObject({ action: 'user.created', targetType: 'user', targetId: wanted.id, outcome: 'SUCCESS' });
    // Every event the filtered subscription delivered, warm-up included, was a user.created.
    const actions = new Set(filtered.received.map((r) => (r.value as { auditLogged: AuditEvent }).auditLogged.action));
    expect([...actions]).toEqual(['user.created']);
    // The update and suspension did happen and are in the log (so the filter, not a lost event, hid them).
    const { auditLogs } = await ctx.ownerA.AuditLogs({ first: 20, after: null, filter: { targetId: other.id } });
    expect(auditLogs.edges.map((e) => e.node.action)).toEqual(expect.arrayContaining(['user.created', 'user.updated', 'user.suspended']));
  });

  it('publishes only after commit: a failed mutation produces no UserChanged or AuditLogged event', async () => {
    const { id: pokeId, poke } = await ctx.processes.pokeUser();
    const changes = open(ctx.ownerA.UserChanged(), 'UserChanged on A (after-commit)');
    const audit = open(ctx.ownerA.AuditLogged(), 'AuditLogged on A (after-commit)');
    await untilLive(changes, poke, (e) => e.userChanged.user.id === pokeId);
    await untilLive(audit, poke, (e) => e.auditLogged.targetId === pokeId);

    const { createUser: subject } = await ctx.ownerB.CreateUser({ input: { email: uniqueEmail('subject'), name: 'Subject', password: DEFAULT_PASSWORD } });
    const notPoke = (id: string | null | undefined) => id !== pokeId;
    // The subject's creation is seen first on both streams: the baseline for "nothing in between".
    expect((await changes.next('subject CREATED', 5_000, (e) => notPoke(e.userChanged.user.id))).userChanged).toMatchObject({ kind: 'CREATED' });
    expect((await audit.next('subject user.created', 5_000, (e) => notPoke(e.auditLogged.targetId))).auditLogged.targetId).toBe(subject.id);

    // Both fail inside their transaction, after the point where the change would have been written.
    const taken = subject.email!.toUpperCase();
    expect(await errorCode(() => ctx.ownerB.CreateUser({ input: { email: taken, name: 'Duplicate', password: DEFAULT_PASSWORD } }))).toBe('CONFLICT');
    const { createUser: other } = await ctx.ownerB.CreateUser({ input: { email: uniqueEmail('other'), name: 'Other', password: DEFAULT_PASSWORD } });
    expect((await changes.next('other CREATED', 5_000, (e) => notPoke(e.userChanged.user.id))).userChanged.user.id).toBe(other.id);
    expect((await audit.next('other user.created', 5_000, (e) => notPoke(e.auditLogged.targetId))).auditLogged.targetId).toBe(other.id);
    expect(await errorCode(() => ctx.ownerB.UpdateUser({ id: other.id, input: { email: taken, name: 'Never' } }))).toBe('CONFLICT');
    await ctx.ownerB.UpdateUser({ id: subject.id, input: { name: 'Committed' } });

    const change = await changes.next('first change after the failures', 5_000, (e) => notPoke(e.userChanged.user.id));
    expect(change.userChanged).toMatchObject({ kind: 'UPDATED', user: { id: subject.id, name: 'Committed' } });
    const event = await audit.next('first audit event after the failures', 5_000, (e) => notPoke(e.auditLogged.targetId) && e.auditLogged.outcome === 'SUCCESS');
    expect(event.auditLogged).toMatchObject({ action: 'user.updated', targetId: subject.id, outcome: 'SUCCESS' });
  });

  // Runs last: it ends every subscription this file opened on A.
  it('uses one Redis channel per node however many subscriptions are open, and releases every subscription once it ends', async () => {
    const redis = new Redis(inject('redisUrl'), { lazyConnect: true, maxRetriesPerRequest: 1 });
    await redis.connect();
    const channel = `${ctx.processes.redisPrefix}events`;
    const subscribersOfChannel = async () => Number(((await redis.pubsub('NUMSUB', channel)) as Array<string | number>)[1]);
    const openOn = async (server: { url: string }) => {
      const text = await (await fetch(server.url.replace(/\/graphql$/, '/metrics'))).text();
      return Number(/^control_plane_open_subscriptions (\d+)/m.exec(text)?.[1]);
    };
    try {
      // A subscription the client completes after one event, on a socket that stays open.
      const { id: pokeId, poke } = await ctx.processes.pokeUser();
      const stillOpen = await ctx.processes.ownerOn(ctx.processes.a);
      const extra = [stillOpen.UserChanged(), stillOpen.AuditLogged({})].map((it) => it[Symbol.asyncIterator]());
      const pulls = extra.map((it) => it.next());
      const one = collect(stillOpen.UserChanged(), 1, { label: 'one event, then complete', timeoutMs: 10_000, where: (e) => e.userChanged.user.id === pokeId });
      // Poke until every one of them has had its event: a subscription becomes live a little after
      // it is opened, so an early poke may reach some and not others (bounded: 20 s).
      let done = false;
      const all = Promise.all([one, ...pulls]);
      void all.finally(() => (done = true)).catch(() => undefined);
      for (const deadline = Date.now() + 20_000; !done && Date.now() < deadline; ) {
        await poke();
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(done, 'each subscription received an event within 20 s').toBe(true);
      await all;
      expect(await openOn(ctx.processes.a), 'subscriptions open on A while three more are live').toBeGreaterThanOrEqual(2);
      expect(await subscribersOfChannel(), 'one subscriber connection per node on the events channel').toBe(2);
      // Every other subscription of this file: end them by closing their socket.
      await Promise.all(extra.map((it) => it.return?.()));
      await stillOpen.close();
      await ctx.ownerA.close();

      const deadline = Date.now() + 5_000;
      let open = await openOn(ctx.processes.a);
      while (open > 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        open = await openOn(ctx.processes.a);
      }
      expect(open, 'subscriptions open on A after every one ended').toBe(0);
      expect(await subscribersOfChannel(), 'the nodes still hear each other').toBe(2);
    } finally {
      redis.disconnect();
    }
  });
});
