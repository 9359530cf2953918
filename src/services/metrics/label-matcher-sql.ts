import { sql, type SQL } from 'drizzle-orm';
import type { LabelMatcher } from '../shared/label-matchers';

/** Prometheus metric names. */
export const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;

/** Prometheus and Alertmanager anchor regex matchers: `=~ "a|b"` must match the whole value. */
const anchored = (pattern: string) => `^(?:${pattern})$`;

/**
 * One SQL condition over a jsonb labels column for all matchers (null when there are none).
 * A missing label reads as the empty string, as in Prometheus: `team=""` matches series without
 * `team`, and `team!="x"` matches them too.
 */
export function matchersToSql(labels: SQL, matchers: readonly LabelMatcher[]): SQL | null {
  if (matchers.length === 0) return null;
  const conditions = matchers.map((m) => {
    const value = sql`coalesce(${labels} ->> ${m.name}::text, '')`;
    switch (m.op) {
      case '=':
        return sql`${value} = ${m.value}::text`;
      case '!=':
        return sql`${value} <> ${m.value}::text`;
      case '=~':
        return sql`${value} ~ ${anchored(m.value)}::text`;
      case '!~':
        return sql`${value} !~ ${anchored(m.value)}::text`;
    }
  });
  return sql.join(conditions, sql` and `);
}
