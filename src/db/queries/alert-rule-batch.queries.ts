import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { metricSamples, metricSeries } from '../schema';

export type BatchAggregation = 'avg' | 'min' | 'max' | 'sum' | 'count' | 'rate' | 'p95' | 'p99';

export interface BatchRule {
  matchers: Array<{ name: string; op: '=' | '!=' | '=~' | '!~'; value: string }>;
  by: string[];
}

/** Per-series partial aggregates that combine into the group's value (samples read once per series). */
const COMBINE: Record<'avg' | 'min' | 'max' | 'sum' | 'count', string> = {
  avg: 'sum(p.total) / sum(p.n)',
  min: 'min(p.low)',
  max: 'max(p.high)',
  sum: 'sum(p.total)',
  count: 'sum(p.n)',
};

/**
 * Several BUILTIN rules over one metric, aggregation, window and evaluation time, in ONE statement:
 * the same answer, rule by rule, as `queryBuiltin` (same matcher semantics: anchored regexes, a
 * missing label reads as ""; same grouping; a group without samples is absent). Matchers and
 * `by` travel as one jsonb parameter, so the statement's text (and plan) does not grow with the
 * rules. Each series' samples are read once whatever the number of rules that select it, except
 * for percentiles, which need every sample per group.
 */
export async function aggregateForRules(
  db: DbOrTx,
  q: { metric: string; aggregation: BatchAggregation; windowSeconds: number; at: Date; rules: BatchRule[] },
): Promise<Array<Array<{ labels: Record<string, string>; value: number | null }>>> {
  const out = q.rules.map(() => [] as Array<{ labels: Record<string, string>; value: number | null }>);
  if (q.rules.length === 0) return out;
  const specs = JSON.stringify(q.rules.map((r, i) => ({ i, m: r.matchers, b: [...new Set(r.by)] })));
  const from = sql`${new Date(q.at.getTime() - q.windowSeconds * 1000).toISOString()}::timestamptz`;
  const at = sql`${q.at.toISOString()}::timestamptz`;
  const value = sql.raw(`coalesce(s.labels ->> (mm ->> 'name'), '')`);
  const series = sql`
    rules as (
      select (r ->> 'i')::int as i, r -> 'm' as m, array(select jsonb_array_elements_text(r -> 'b')) as b
      from jsonb_array_elements(${specs}::jsonb) r
    ),
    series as materialized (
      select r.i, s.id,
        coalesce((select jsonb_object_agg(k, s.labels -> k) from unnest(r.b) k where s.labels ? k), '{}'::jsonb) as labels
      from ${metricSeries} s cross join rules r
      where s.metric = ${q.metric} and not exists (
        select 1 from jsonb_array_elements(r.m) mm where not (case mm ->> 'op'
          when '=' then ${value} = mm ->> 'value'
          when '!=' then ${value} <> mm ->> 'value'
          when '=~' then ${value} ~ ('^(?:' || (mm ->> 'value') || ')$')
          else ${value} !~ ('^(?:' || (mm ->> 'value') || ')$') end)
      )
    )`;
  let rows: Array<{ i: number; labels: Record<string, string>; value: number | null }>;
  if (q.aggregation === 'p95' || q.aggregation === 'p99') {
    const fraction = q.aggregation === 'p95' ? 0.95 : 0.99;
    rows = await db.execute(sql`with ${series}
      select g.i, g.labels, (percentile_cont(${fraction}::float8) within group (order by x.value))::float8 as value
      from series g join ${metricSamples} x on x.series_id = g.id and x.at > ${from} and x.at <= ${at}
      group by g.i, g.labels`);
  } else if (q.aggregation === 'rate') {
    rows = await db.execute(sql`with ${series},
      per as materialized (
        select id, sum(case when prev is null then 0 when value >= prev then value - prev else value end) as increase
        from (
          select x.series_id as id, x.value, lag(x.value) over (partition by x.series_id order by x.at) as prev
          from ${metricSamples} x where x.series_id in (select distinct id from series) and x.at > ${from} and x.at <= ${at}
        ) d group by id having count(*) >= 2
      )
      select g.i, g.labels, (sum(p.increase) / ${q.windowSeconds}::float8)::float8 as value
      from series g join per p on p.id = g.id group by g.i, g.labels`);
  } else {
    rows = await db.execute(sql`with ${series},
      per as materialized (
        select x.series_id as id, sum(x.value) as total, count(*) as n, min(x.value) as low, max(x.value) as high
        from ${metricSamples} x where x.series_id in (select distinct id from series) and x.at > ${from} and x.at <= ${at}
        group by x.series_id
      )
      select g.i, g.labels, (${sql.raw(COMBINE[q.aggregation])})::float8 as value
      from series g join per p on p.id = g.id group by g.i, g.labels`);
  }
  for (const r of rows) out[r.i]!.push({ labels: r.labels, value: r.value === null ? null : Number(r.value) });
  return out;
}
