import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { errorEvents, type NewErrorEventRow } from '../schema/errors';

export async function insertErrorEvents(db: DbOrTx, rows: NewErrorEventRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(errorEvents).values(rows);
}

/** Deletes at most `limit` rows older than `before` (a purge never holds locks for long). */
export async function purgeErrorEventsBefore(db: DbOrTx, before: Date, limit: number): Promise<number> {
  const [row] = await db.execute<{ purged: string }>(sql`
    with purged as (
      delete from ${errorEvents} where ${errorEvents.id} in (
        select ${errorEvents.id} from ${errorEvents} where ${errorEvents.occurredAt} < ${before.toISOString()}::timestamptz limit ${limit}
      ) returning 1
    )
    select count(*)::text as purged from purged`);
  return Number(row?.purged ?? 0);
}

export interface KeyCount {
  key: string;
  count: number;
}

export interface TopMessage {
  message: string;
  code: string;
  count: number;
  sampleRequestId: string | null;
  lastSeen: Date;
}

export interface ErrorStatsRow {
  total: number;
  byClass: KeyCount[];
  byCode: KeyCount[];
  byOperation: KeyCount[];
  topMessages: TopMessage[];
}

/** Every aggregate of one window in one statement (one scan of the window through the time index). */
export async function errorStatsBetween(db: DbOrTx, from: Date, to: Date, top: number): Promise<ErrorStatsRow> {
  const counts = (key: ReturnType<typeof sql>, limit: number) => sql`(
    select coalesce(json_agg(json_build_object('key', k, 'count', n) order by n desc, k), '[]'::json)
    from (select ${key} as k, count(*)::int as n from win group by 1 order by 2 desc, 1 limit ${limit}) x)`;
  const [row] = await db.execute<{ total: number; by_class: KeyCount[]; by_code: KeyCount[]; by_operation: KeyCount[]; top_messages: Array<Omit<TopMessage, 'lastSeen'> & { lastSeen: string }> }>(sql`
    with win as materialized (
      select id, occurred_at, classes, code, operation, message, request_id from ${errorEvents}
      where ${errorEvents.occurredAt} >= ${from.toISOString()}::timestamptz and ${errorEvents.occurredAt} < ${to.toISOString()}::timestamptz
    )
    select
      (select count(*)::int from win) as total,
      ${counts(sql`unnest(classes)`, 50)} as by_class,
      ${counts(sql`code`, 50)} as by_code,
      ${counts(sql`operation`, 100)} as by_operation,
      (select coalesce(json_agg(json_build_object(
          'message', message, 'code', code, 'count', n, 'sampleRequestId', sample, 'lastSeen', last_seen) order by n desc, message), '[]'::json)
        from (
          select message, code, count(*)::int as n, max(occurred_at) as last_seen,
            (array_agg(request_id order by id desc) filter (where request_id is not null))[1] as sample
          from win group by message, code order by n desc, message limit ${top}
        ) m) as top_messages`);
  return {
    total: Number(row?.total ?? 0),
    byClass: row?.by_class ?? [],
    byCode: row?.by_code ?? [],
    byOperation: row?.by_operation ?? [],
    topMessages: (row?.top_messages ?? []).map((m) => ({ ...m, lastSeen: new Date(m.lastSeen) })),
  };
}
