import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { aggregateSamples, type Aggregation } from '../../db/queries/metrics.queries';
import { AppError } from '../../errors/app-error';
import { LABEL_NAME, validateMatchers, type LabelMatcher } from '../shared/label-matchers';
import { matchersToSql, METRIC_NAME } from './label-matcher-sql';

export type { Aggregation };
export const AGGREGATIONS: readonly Aggregation[] = ['avg', 'min', 'max', 'sum', 'count', 'rate', 'p95', 'p99'];

/** Longest window one evaluation may read (retention bounds it anyway). */
export const MAX_WINDOW_SECONDS = 31 * 86_400;

export interface BuiltinQuery {
  metric: string;
  matchers: LabelMatcher[];
  /** Labels to group by; the result carries only these (absent ones left out). Empty: one group. */
  by: string[];
  aggregation: Aggregation;
  windowSeconds: number;
  /** The evaluation time: samples in (at - windowSeconds, at] count. */
  at: Date;
}

export interface QueryResult {
  labels: Record<string, string>;
  value: number | null;
}

/**
 * What a BUILTIN alert rule reads: one SQL statement over the store, aggregated in PostgreSQL.
 * avg/min/max/sum/count/p95/p99 are over every sample of the group's series in the window
 * (p95/p99 by percentile_cont); `rate` is the per-second counter increase per series, summed per
 * group. A group none of whose series has a sample in the window is absent (NoData for the rule).
 * Bad input (names, regexes, window) is a BAD_USER_INPUT before any SQL runs.
 */
export async function queryBuiltin(db: DbOrTx, q: BuiltinQuery): Promise<QueryResult[]> {
  if (!METRIC_NAME.test(q.metric)) throw AppError.badInput(`metric ${JSON.stringify(q.metric)} is not a valid metric name`, 'metric');
  validateMatchers(q.matchers);
  q.by.forEach((name, i) => {
    if (!LABEL_NAME.test(name)) throw AppError.badInput(`by[${i}] ${JSON.stringify(name)} is not a valid label name`, `by.${i}`);
  });
  if (!AGGREGATIONS.includes(q.aggregation)) throw AppError.badInput(`aggregation must be one of ${AGGREGATIONS.join(', ')}`, 'aggregation');
  if (!Number.isFinite(q.windowSeconds) || q.windowSeconds <= 0 || q.windowSeconds > MAX_WINDOW_SECONDS) {
    throw AppError.badInput(`windowSeconds must be more than 0 and at most ${MAX_WINDOW_SECONDS}`, 'windowSeconds');
  }
  if (!(q.at instanceof Date) || Number.isNaN(q.at.getTime())) throw AppError.badInput('at must be a date', 'at');
  return aggregateSamples(db, {
    metric: q.metric,
    labels: matchersToSql(sql`s.labels`, q.matchers),
    by: [...new Set(q.by)],
    aggregation: q.aggregation,
    windowSeconds: q.windowSeconds,
    at: q.at,
  });
}
