import { and, asc, eq, gt, lte, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../client';
import { eventLog, eventLogHead, type EventLogRow } from '../schema';

export interface NewEvent {
  topic: string;
  payload: unknown;
}

export interface LogHead {
  position: number;
  purgedThrough: number;
}

/**
 * Appends events in the caller's transaction and returns their positions. The upsert on the head
 * row locks it until commit: the next transaction to append waits, so positions follow commit
 * order with no gaps. `pg_notify` is delivered at commit (never on rollback), in commit order: it
 * wakes the relay of every node even when Redis is away.
 */
export async function appendEvents(tx: Tx, events: NewEvent[], channel: string): Promise<number[]> {
  const n = events.length;
  const [row] = await tx.execute<{ last: string }>(sql`
    with head as (
      insert into ${eventLogHead} as h (id, position) values (1, ${n})
      on conflict (id) do update set position = h.position + ${n}
      returning h.position
    ), appended as (
      insert into ${eventLog} (position, topic, payload)
      select (select position from head) - ${n} + e.ord, e.value->>'topic', e.value->'payload'
      from jsonb_array_elements(${JSON.stringify(events)}::jsonb) with ordinality as e(value, ord)
      returning position
    )
    select max(position)::text as last, pg_notify(${channel}, max(position)::text) from appended`);
  const last = Number(row!.last);
  return events.map((_, i) => last - n + 1 + i);
}

export async function readHead(db: DbOrTx): Promise<LogHead> {
  const [row] = await db.select({ position: eventLogHead.position, purgedThrough: eventLogHead.purgedThrough }).from(eventLogHead).where(eq(eventLogHead.id, 1));
  return row ?? { position: 0, purgedThrough: 0 };
}

/** Events after a position, oldest first; optionally one topic, and no further than `upTo`. */
export async function readEventsAfter(
  db: DbOrTx,
  after: number,
  opts: { limit: number; topic?: string; upTo?: number },
): Promise<EventLogRow[]> {
  const conditions = [gt(eventLog.position, after)];
  if (opts.topic) conditions.push(eq(eventLog.topic, opts.topic));
  if (opts.upTo !== undefined) conditions.push(lte(eventLog.position, opts.upTo));
  return db.select().from(eventLog).where(and(...conditions)).orderBy(asc(eventLog.position)).limit(opts.limit);
}

/**
 * Drops events committed before `before` and records how far it went, so a resume from an older
 * cursor is refused rather than silently missing events. Idempotent: several nodes may run it.
 */
export async function purgeEventsBefore(db: DbOrTx, before: Date): Promise<number> {
  const [row] = await db.execute<{ purged: string; through: string | null }>(sql`
    with purged as (
      delete from ${eventLog} where ${eventLog.recordedAt} < ${before.toISOString()}::timestamptz returning position
    ), moved as (
      update ${eventLogHead} set purged_through = greatest(purged_through, (select max(position) from purged))
      where id = 1 and exists (select 1 from purged)
    )
    select count(*)::text as purged from purged`);
  return Number(row?.purged ?? 0);
}
