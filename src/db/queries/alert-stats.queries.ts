import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client';

export type AlertStatsGroupBy = 'RULE' | 'SEVERITY' | 'STATUS' | 'SOURCE' | 'LABEL';

export interface AlertStatsQuery {
  from: Date;
  to: Date;
  groupBy: AlertStatsGroupBy;
  /** The label name LABEL groups by. */
  label?: string | null;
  top: number;
  /** The viewer's reach over `alerts` (label scopes), or null for everything. */
  reachable: SQL | null;
}

export interface CountRow {
  key: string | null;
  count: number;
}

export interface GroupRow extends CountRow {
  acknowledged: number;
  resolved: number;
  mttaSeconds: number | null;
  mttrSeconds: number | null;
}

export interface SourceRow {
  kind: 'RULE' | 'EXTERNAL';
  ruleId: string | null;
  name: string | null;
  count: number;
}

export interface FlappingRow {
  id: string;
  fingerprint: string;
  labels: Record<string, string>;
  status: string;
  startsAt: string;
}

export interface AlertStatsRow {
  total: number;
  acknowledged: number;
  resolved: number;
  flappingCount: number;
  mttaSeconds: number | null;
  mttrSeconds: number | null;
  byStatus: CountRow[];
  bySeverity: CountRow[];
  groups: GroupRow[];
  noisiest: SourceRow[];
  flapping: FlappingRow[];
  notifications: { sent: number; failed: number; pending: number };
}

/** The group key per alert row `a`; RULE leaves external alerts in the null group. */
function groupKey(q: AlertStatsQuery): SQL {
  switch (q.groupBy) {
    case 'RULE':
      return sql`rule_id::text`;
    case 'SEVERITY':
      return sql`severity::text`;
    case 'STATUS':
      return sql`status::text`;
    case 'SOURCE':
      return sql`case when source_kind = 'RULE' then 'rule:' || rule_id::text else 'external:' || coalesce(source_name, '') end`;
    case 'LABEL':
      return sql`labels ->> ${q.label ?? ''}`;
  }
}

// Seconds between two timestamps, averaged (null when no alert has the second one).
const MTTA = sql`avg(extract(epoch from (a.acknowledged_at - a.starts_at))) filter (where a.acknowledged_at is not null)`;
const MTTR = sql`avg(extract(epoch from (a.resolved_at - a.starts_at))) filter (where a.resolved_at is not null)`;

/**
 * Every figure of `alertStats` in one statement: the alerts that started in [from, to) and the
 * viewer may read are selected once (CTE), each aggregate runs in PostgreSQL and the whole answer
 * comes back as one JSON document. Notifications count the deliveries about those alerts (so a
 * label-scoped reader sees only its alerts' notifications): escalation pages (origin: the alert)
 * and routing-group notifications carrying at least one of them (matched by fingerprint and start,
 * as the message names its alerts), each notification once.
 */
export async function alertStatsBetween(db: DbOrTx, q: AlertStatsQuery): Promise<AlertStatsRow> {
  const reach = q.reachable ? sql`and ${q.reachable}` : sql``;
  const rows = await db.execute<{ stats: AlertStatsRow }>(sql`
    with w as materialized (
      select id, fingerprint, labels, status, severity, source_kind, rule_id, source_name,
             starts_at, acknowledged_at, resolved_at, flapping, ${groupKey(q)} as g
      from alerts
      where starts_at >= ${q.from.toISOString()}::timestamptz and starts_at < ${q.to.toISOString()}::timestamptz ${reach}
    )
    select json_build_object(
      'total', (select count(*) from w),
      'acknowledged', (select count(*) from w where acknowledged_at is not null),
      'resolved', (select count(*) from w where resolved_at is not null),
      'flappingCount', (select count(*) from w where flapping),
      'mttaSeconds', (select ${MTTA} from w a),
      'mttrSeconds', (select ${MTTR} from w a),
      'byStatus', (select coalesce(json_agg(json_build_object('key', k, 'count', n) order by n desc, k), '[]')
                   from (select status::text k, count(*) n from w group by 1) s),
      'bySeverity', (select coalesce(json_agg(json_build_object('key', k, 'count', n) order by n desc, k), '[]')
                     from (select severity::text k, count(*) n from w group by 1) s),
      'groups', (select coalesce(json_agg(json_build_object('key', g, 'count', n, 'acknowledged', ack, 'resolved', res,
                                                            'mttaSeconds', mtta, 'mttrSeconds', mttr) order by n desc, g nulls last), '[]')
                 from (select a.g, count(*) n, count(a.acknowledged_at) ack, count(a.resolved_at) res, ${MTTA} mtta, ${MTTR} mttr
                       from w a group by a.g) s),
      'noisiest', (select coalesce(json_agg(json_build_object('kind', kind, 'ruleId', rule_id, 'name', source_name, 'count', n) order by n desc, rule_id, source_name), '[]')
                   from (select source_kind kind, rule_id, source_name, count(*) n from w group by 1, 2, 3
                         order by n desc, rule_id, source_name limit ${q.top}) s),
      'flapping', (select coalesce(json_agg(json_build_object('id', id, 'fingerprint', fingerprint, 'labels', labels, 'status', status,
                                                              'startsAt', starts_at) order by starts_at desc, id), '[]')
                   from (select * from w where flapping order by starts_at desc, id limit ${q.top}) s),
      'notifications', (select json_build_object(
                          'sent', count(*) filter (where d.status = 'SUCCEEDED'),
                          'failed', count(*) filter (where d.status in ('FAILED', 'DEAD')),
                          'pending', count(*) filter (where d.status = 'PENDING'))
                        from deliveries d
                        where (d.origin_kind = 'alert' and d.origin_id in (select id::text from w))
                           or (d.origin_kind = 'alert-group' and d.created_at >= ${q.from.toISOString()}::timestamptz
                               and exists (select 1 from jsonb_array_elements(d.message->'alerts') x
                                           join w on w.fingerprint = x->>'fingerprint'
                                                 and date_trunc('milliseconds', w.starts_at) = (x->>'startsAt')::timestamptz)))
    ) as stats`);
  const stats = (rows as unknown as Array<{ stats: AlertStatsRow }>)[0]!.stats;
  return stats;
}
