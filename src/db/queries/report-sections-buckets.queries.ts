import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client';

/**
 * Time buckets of report sections, computed in PostgreSQL in the report's time zone: a DAY starts
 * at local midnight, a WEEK on local Monday, a MONTH on the local first, so a day across a DST
 * change is 23 or 25 hours long. The zone is a bound parameter (an unknown zone fails the
 * statement; the definition's parameters are validated before a run).
 */
export type BucketUnit = 'HOUR' | 'DAY' | 'WEEK' | 'MONTH';

export interface BucketSpec {
  from: Date;
  to: Date;
  timezone: string;
  granularity: BucketUnit;
}

const TRUNC: Record<BucketUnit, SQL> = {
  HOUR: sql.raw(`'hour'`),
  DAY: sql.raw(`'day'`),
  WEEK: sql.raw(`'week'`),
  MONTH: sql.raw(`'month'`),
};
const STEP: Record<BucketUnit, SQL> = {
  HOUR: sql.raw(`interval '1 hour'`),
  DAY: sql.raw(`interval '1 day'`),
  WEEK: sql.raw(`interval '1 week'`),
  MONTH: sql.raw(`interval '1 month'`),
};

export const tsParam = (d: Date): SQL => sql`${d.toISOString()}::timestamptz`;

/**
 * The start (a timestamptz) of the bucket holding `ts`. Hours are cut by subtracting the local
 * minutes and seconds from the instant: a local hour that occurs twice (DST ends) stays two
 * buckets, and zones with half-hour offsets get their own local hours.
 */
export function bucketOf(ts: AnyColumn | SQL, b: BucketSpec): SQL {
  const tz = sql`${b.timezone}::text`;
  if (b.granularity === 'HOUR') {
    return sql`(${ts} - make_interval(mins => extract(minute from ${ts} at time zone ${tz})::int,
                                       secs => extract(second from ${ts} at time zone ${tz})))`;
  }
  return sql`(date_trunc(${TRUNC[b.granularity]}, ${ts} at time zone ${tz}) at time zone ${tz})`;
}

/**
 * Every bucket that starts before `to`, from the one holding `from`, as a subquery with one column
 * `t` (timestamptz). Days, weeks and months step in local time (timestamp without time zone), so
 * the session's time zone never enters; hours step in absolute time.
 */
export function bucketSeries(b: BucketSpec): SQL {
  const tz = sql`${b.timezone}::text`;
  const to = tsParam(b.to);
  if (b.granularity === 'HOUR') {
    return sql`(select g as t from generate_series(${bucketOf(tsParam(b.from), b)}, ${to}, interval '1 hour') g where g < ${to})`;
  }
  return sql`(select g at time zone ${tz} as t
              from generate_series(date_trunc(${TRUNC[b.granularity]}, ${tsParam(b.from)} at time zone ${tz}),
                                   ${to} at time zone ${tz}, ${STEP[b.granularity]}) g
              where g at time zone ${tz} < ${to})`;
}

/** Rows as postgres.js returns them from `db.execute`. */
export const rowsOf = <T>(result: unknown): T[] => result as T[];

/**
 * A timestamp as milliseconds since the epoch: raw `db.execute` results carry timestamps as
 * PostgreSQL's text (drizzle turns off postgres.js' date parsing), so statements select this instead.
 */
export const epochMs = (ts: AnyColumn | SQL): SQL => sql`(extract(epoch from ${ts}) * 1000)::float8`;

/** A timestamp selected with {@link epochMs} (or a Date from a drizzle select). */
export const toDate = (v: unknown): Date => (v instanceof Date ? v : new Date(Number(v)));
export const toDateOrNull = (v: unknown): Date | null => (v === null || v === undefined ? null : toDate(v));
export const toNumber = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
export const toNumberOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** One point per bucket of the range, zeros included: the rows of `table` matching `where`, by `time`. */
export async function countPerBucket(db: DbOrTx, q: { table: SQL | AnyColumn | object; time: AnyColumn | SQL; where: SQL }, b: BucketSpec): Promise<Array<{ t: Date; count: number }>> {
  const result = await db.execute(sql`
    select ${epochMs(sql`s.t`)} as t, coalesce(c.n, 0)::int as n
    from ${bucketSeries(b)} s
    left join (select ${bucketOf(q.time, b)} as t, count(*) as n from ${q.table} where ${q.where} group by 1) c on c.t = s.t
    order by s.t`);
  return rowsOf<Record<string, unknown>>(result).map((r) => ({ t: toDate(r.t), count: toNumber(r.n) }));
}
