import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { alerts } from '../schema';
import { countPerBucket, rowsOf, toNumber, toNumberOrNull, tsParam, type BucketSpec } from './report-sections-buckets.queries';

export interface AlertReportScope {
  from: Date;
  to: Date;
  /** The viewer's reach over alerts (label-scoped grants), or null for all. */
  reachable: SQL | null;
  /** The report's label selector (every pair must match), or null. */
  labels: Record<string, string> | null;
}

/** Alerts that started in [from, to) and the viewer may read (the alerts list's own condition). */
const where = (q: AlertReportScope): SQL =>
  sql.join(
    [
      sql`${alerts.startsAt} >= ${tsParam(q.from)} and ${alerts.startsAt} < ${tsParam(q.to)}`,
      ...(q.reachable ? [q.reachable] : []),
      ...(q.labels ? [sql`${alerts.labels} @> ${JSON.stringify(q.labels)}::jsonb`] : []),
    ],
    sql` and `,
  );

/** Display name of an alert: its alertname label, else the source that raised it. */
const NAME = sql`coalesce(${alerts.labels} ->> 'alertname', ${alerts.sourceName}, 'unnamed')`;

export async function alertsOpenedPerBucket(db: DbOrTx, q: AlertReportScope, b: BucketSpec): Promise<Array<{ t: Date; count: number }>> {
  return countPerBucket(db, { table: alerts, time: alerts.startsAt, where: where(q) }, b);
}

export interface AlertReportFigures {
  total: number;
  acknowledged: number;
  resolved: number;
  /** Mean time from start to acknowledgement / resolution, in milliseconds; null when none was. */
  mttaMs: number | null;
  mttrMs: number | null;
  bySeverity: Array<{ key: string; count: number }>;
  noisiest: Array<{ name: string; ruleId: string | null; count: number }>;
}

/** Every figure of the section in one statement over the alerts selected once. */
export async function alertReportFigures(db: DbOrTx, q: AlertReportScope, top: number): Promise<AlertReportFigures> {
  const result = await db.execute(sql`
    with w as materialized (
      select ${alerts.severity} as severity, ${alerts.startsAt} as starts_at, ${alerts.acknowledgedAt} as acknowledged_at,
             ${alerts.resolvedAt} as resolved_at, ${alerts.ruleId} as rule_id, ${NAME} as name
      from ${alerts} where ${where(q)}
    )
    select (select count(*) from w)::int as total,
           (select count(*) from w where acknowledged_at is not null)::int as acknowledged,
           (select count(*) from w where resolved_at is not null)::int as resolved,
           (select avg(extract(epoch from (acknowledged_at - starts_at)) * 1000) filter (where acknowledged_at is not null) from w)::float8 as mtta_ms,
           (select avg(extract(epoch from (resolved_at - starts_at)) * 1000) filter (where resolved_at is not null) from w)::float8 as mttr_ms,
           (select coalesce(json_agg(json_build_object('key', k, 'count', n) order by s), '[]')
              from (select severity::text k, severity s, count(*)::int n from w group by severity) x) as by_severity,
           (select coalesce(json_agg(json_build_object('name', name, 'ruleId', rule_id, 'count', n) order by n desc, name, rule_id), '[]')
              from (select name, rule_id, count(*)::int n from w group by name, rule_id order by n desc, name, rule_id limit ${top}) x) as noisiest`);
  const r = rowsOf<Record<string, unknown>>(result)[0]!;
  const json = <T>(v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as T;
  return {
    total: toNumber(r.total),
    acknowledged: toNumber(r.acknowledged),
    resolved: toNumber(r.resolved),
    mttaMs: toNumberOrNull(r.mtta_ms),
    mttrMs: toNumberOrNull(r.mttr_ms),
    bySeverity: json(r.by_severity),
    noisiest: json(r.noisiest),
  };
}

export interface AlertReportRow {
  id: string;
  /** The exact start as text (a Date keeps only milliseconds): the keyset. */
  atKey: string;
  fingerprint: string;
  name: string;
  severity: string;
  status: string;
  startsAt: Date;
  acknowledgedAt: Date | null;
  resolvedAt: Date | null;
  labels: Record<string, string>;
}

/** One batch of alerts in start order after the keyset `(startsAt, id)`. */
export async function alertReportBatch(db: DbOrTx, q: AlertReportScope, after: { atKey: string; id: string } | null, limit: number): Promise<AlertReportRow[]> {
  const keyset = after ? sql` and (${alerts.startsAt}, ${alerts.id}) > (${after.atKey}::timestamptz, ${after.id}::uuid)` : sql``;
  return db
    .select({
      id: alerts.id,
      atKey: sql<string>`${alerts.startsAt}::text`,
      fingerprint: alerts.fingerprint,
      name: sql<string>`${NAME}`,
      severity: alerts.severity,
      status: alerts.status,
      startsAt: alerts.startsAt,
      acknowledgedAt: alerts.acknowledgedAt,
      resolvedAt: alerts.resolvedAt,
      labels: alerts.labels,
    })
    .from(alerts)
    .where(sql`${where(q)}${keyset}`)
    .orderBy(alerts.startsAt, alerts.id)
    .limit(limit);
}
