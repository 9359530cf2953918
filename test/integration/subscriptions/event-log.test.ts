import type * as DrizzleOrm from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import type { UserChangedSubscription } from '../../../sdk';
import type * as EventQueries from '../../../src/db/queries/events.queries';
import type * as Retention from '../../../src/services/events/event-log-retention';
import type * as Logger from '../../../src/logger';
import { loadServerModule } from '../../fixtures/load';
import { DEFAULT_PASSWORD, errorCode, member, uniqueEmail } from '../../fixtures/seed';
import { useCluster } from '../../fixtures/test-node';
import { EventStream, untilLive } from './stream';

const { sql } = loadServerModule<typeof DrizzleOrm>('drizzle-orm');
const { appendEvents } = loadServerModule<typeof EventQueries>('../../src/db/queries/events.queries.ts');
const { purgeEventLog } = loadServerModule<typeof Retention>('../../src/services/events/event-log-retention.ts');
const { createLogger } = loadServerModule<typeof Logger>('../../src/logger.ts');

type Change = UserChangedSubscription['userChanged'];

const fx = useCluster({ nodes: 2, redis: true });
const streams: Array<EventStream<unknown>> = [];
afterAll(async () => {
  await Promise.allSettled(streams.map((s) => s.close()));
});

function open(iterable: AsyncIterable<UserChangedSubscription>, label: string): EventStream<UserChangedSubscription> {
  const stream = new EventStream(iterable, label);
  streams.push(stream as EventStream<unknown>);
  return stream;
}

async function newUser(name: string) {
  const { createUser } = await fx.owners[0]!.CreateUser({ input: { email: uniqueEmail('log'), name, password: DEFAULT_PASSWORD } });
  return createUser;
}

/** A live UserChanged stream on node `i`, proven live by an event about `pokeId`. */
async function liveOn(i: number, label: string, after?: string) {
  const poke = await newUser('poke');
  const stream = open(fx.owners[i]!.UserChanged(after ? { after } : {}), label);
  let n = 0;
  await untilLive(stream, () => fx.owners[0]!.UpdateUser({ id: poke.id, input: { name: `poke ${(n += 1)}` } }), (e) => e.userChanged.user.id === poke.id);
  return stream;
}

const about = (id: string) => (e: UserChangedSubscription) => e.userChanged.user.id === id;
const decode = (cursor: string) => (JSON.parse(Buffer.from(cursor, 'base64url').toString()) as [string, number])[1];

describe('the event log: positions in commit order, resumable subscriptions', () => {
  it('a transaction that began first but commits last gets the later position, and a resume from the earlier commit still delivers it', async () => {
    // The race that loses rows in Hasura's streaming subscriptions (hasura#8632): ids handed out
    // at insert time are not commit order, so a cursor can move past a row that commits later.
    const slow = await newUser('slow');
    const fast = await newUser('fast');
    const stream = await liveOn(1, 'UserChanged on node 1');
    const node = fx.nodes[0]!;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let began!: () => void;
    const begun = new Promise<void>((resolve) => (began = resolve));
    const slowTx = node.database.db.transaction(async (tx) => {
      await tx.execute(sql`update users set name = 'slow, committed last' where id = ${slow.id}`);
      began();
      await gate;
      const now = new Date().toISOString();
      const user = { ...slow, name: 'slow, committed last', labels: {}, updatedAt: now, permissionSets: undefined };
      await appendEvents(tx, [{ topic: 'user.changed', payload: { kind: 'UPDATED', user } }], node.deps.events.channel);
    });
    await begun;
    await fx.owners[0]!.UpdateUser({ id: fast.id, input: { name: 'fast, committed first' } });
    release();
    await slowTx;

    const first = (await stream.next('the fast change', 5_000, (e) => about(fast.id)(e) || about(slow.id)(e))).userChanged;
    const second = (await stream.next('the slow change', 5_000, (e) => about(fast.id)(e) || about(slow.id)(e))).userChanged;
    expect([first.user.name, second.user.name], 'delivered in commit order').toEqual(['fast, committed first', 'slow, committed last']);
    expect(decode(second.cursor)).toBeGreaterThan(decode(first.cursor));

    // A client that saw the fast change and reconnects from there still gets the slow one.
    const resumed = open(fx.owners[1]!.UserChanged({ after: first.cursor }), 'resumed after the fast change');
    const replayed = await resumed.next('the slow change, replayed', 5_000, about(slow.id));
    expect(replayed.userChanged.user.name).toBe('slow, committed last');
    expect(replayed.userChanged.cursor).toBe(second.cursor);
  });

  it('a transaction that has appended holds the next one back until it commits: positions never run ahead of commits', async () => {
    const held = await newUser('held');
    const node = fx.nodes[0]!;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let appended!: (position: number) => void;
    const heldPosition = new Promise<number>((resolve) => (appended = resolve));
    const heldTx = node.database.db.transaction(async (tx) => {
      const [position] = await appendEvents(tx, [{ topic: 'user.changed', payload: { kind: 'UPDATED', user: { ...held, labels: {} } } }], node.deps.events.channel);
      appended(position!);
      await gate;
    });
    const position = await heldPosition;
    let answered = false;
    const mutation = fx.owners[1]!.UpdateUser({ id: held.id, input: { name: 'after the held one' } }).finally(() => (answered = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(answered, 'a mutation cannot commit events while an earlier transaction holds the log').toBe(false);
    release();
    await heldTx;
    await mutation;
    const [{ max }] = (await node.database.sql`select max(position)::int as max from event_log`) as unknown as [{ max: number }];
    expect(max, 'the mutation wrote its events after the held position').toBeGreaterThan(position);
    const rows = await node.database.sql`select position from event_log where position >= ${position} order by position`;
    expect(rows.map((r) => Number(r.position)), 'no gaps').toEqual(rows.map((_, i) => position + i));
  });

  it('a subscriber that comes back with after gets exactly what it missed, in order and once, then the live events', async () => {
    const subject = await newUser('subject 0');
    const first = await liveOn(1, 'before the disconnect');
    await fx.owners[0]!.UpdateUser({ id: subject.id, input: { name: 'subject 1' } });
    const seen = (await first.next('subject 1', 5_000, about(subject.id))).userChanged;
    await first.close();

    for (let i = 2; i <= 6; i += 1) await fx.owners[i % 2]!.UpdateUser({ id: subject.id, input: { name: `subject ${i}` } });
    const resumed = open(fx.owners[1]!.UserChanged({ after: seen.cursor }), 'after the disconnect');
    const replayed: Change[] = [];
    for (let i = 2; i <= 6; i += 1) replayed.push((await resumed.next(`subject ${i}`, 5_000, about(subject.id))).userChanged);
    await fx.owners[0]!.UpdateUser({ id: subject.id, input: { name: 'subject 7' } });
    const live = (await resumed.next('subject 7, live', 5_000, about(subject.id))).userChanged;

    const names = [...replayed, live].map((c) => c.user.name);
    expect(names).toEqual(['subject 2', 'subject 3', 'subject 4', 'subject 5', 'subject 6', 'subject 7']);
    const positions = [seen, ...replayed, live].map((c) => decode(c.cursor));
    expect([...positions].sort((a, b) => a - b), 'strictly increasing cursors').toEqual(positions);
    expect(new Set(positions).size).toBe(positions.length);
  });

  it('replays only what the subscriber may read now: another user’s email stays hidden from a Viewer', async () => {
    const subject = await newUser('watched');
    const { client } = await member(fx.nodes[1]!, fx.owner, ['Viewer']);
    const own = open(client.UserChanged({}), 'viewer, live');
    await untilLive(own, () => fx.owner.UpdateUser({ id: subject.id, input: { name: 'watched, warm-up' } }), about(subject.id));
    await own.close();
    await fx.owner.UpdateUser({ id: subject.id, input: { name: 'watched, missed' } });
    const { events } = await lastCursor(subject.id);
    const resumed = open(client.UserChanged({ after: events }), 'viewer, resumed');
    const replayed = await resumed.next('the missed change', 5_000, (e) => about(subject.id)(e) && e.userChanged.user.name === 'watched, missed');
    expect(replayed.userChanged.user.email, 'email is hidden from a Viewer in the replay as live').toBeNull();
  });

  it('an unknown cursor is BAD_USER_INPUT; one older than retention is CURSOR_EXPIRED (refetch, then subscribe anew)', async () => {
    const subject = await newUser('old');
    const { events: cursor } = await lastCursor(subject.id);
    expect(await errorCode(() => collectOne(fx.owners[0]!.UserChanged({ after: 'not-a-cursor' })))).toBe('BAD_USER_INPUT');
    const future = Buffer.from(JSON.stringify(['events', 10_000_000])).toString('base64url');
    expect(await errorCode(() => collectOne(fx.owners[0]!.UserChanged({ after: future })))).toBe('BAD_USER_INPUT');

    await fx.owners[0]!.UpdateUser({ id: subject.id, input: { name: 'old, then purged' } });
    // Two days from now, everything written so far is past a 24-hour retention.
    expect(await purgeEventLog(fx.nodes[0]!.database, createLogger('error'), 24, Date.now() + 48 * 3_600_000)).toBeGreaterThan(0);
    expect(await errorCode(() => collectOne(fx.owners[1]!.UserChanged({ after: cursor })))).toBe('CURSOR_EXPIRED');
  });
});

/** The cursor of the last event about a user, read from the log through a resumed subscription's replay. */
async function lastCursor(userId: string): Promise<{ events: string }> {
  const rows = (await fx.nodes[0]!.database.sql`
    select max(position)::int as position from event_log where topic = 'user.changed' and payload->'user'->>'id' = ${userId}`) as unknown as [
    { position: number },
  ];
  // Resuming from just before that event makes it the first one replayed.
  return { events: Buffer.from(JSON.stringify(['events', rows[0].position - 1])).toString('base64url') };
}

async function collectOne<T>(iterable: AsyncIterable<T>): Promise<T> {
  const iterator = iterable[Symbol.asyncIterator]();
  try {
    const first = await Promise.race([iterator.next(), new Promise<never>((_, fail) => setTimeout(() => fail(new Error('no answer in 5 s')), 5_000))]);
    return first.value as T;
  } finally {
    void iterator.return?.();
  }
}
