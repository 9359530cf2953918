import { sql, type SQL } from 'drizzle-orm';
import { AppError } from '../../errors/app-error';

/**
 * Same shape as src/services/shared/label-matchers.ts (alerts-core owns that file; this copy of
 * the type lets the metrics store build alone until the two are folded together).
 */
export interface LabelMatcher {
  name: string;
  op: '=' | '!=' | '=~' | '!~';
  value: string;
}

/** Prometheus label names; names starting with `__` are reserved for internal use. */
export const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
/** Prometheus metric names. */
export const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;

/** Regexes longer than this are refused: PostgreSQL compiles each one per statement. */
const MAX_REGEX_LENGTH = 1000;

/** Refuses what the SQL could not run: bad names, regexes that do not compile (BAD_USER_INPUT, naming the field). */
export function checkMatchers(matchers: readonly LabelMatcher[], field = 'matchers'): void {
  matchers.forEach((m, i) => {
    if (!LABEL_NAME.test(m.name)) throw AppError.badInput(`${field}[${i}].name ${JSON.stringify(m.name)} is not a valid label name`, `${field}.${i}.name`);
    if (!['=', '!=', '=~', '!~'].includes(m.op)) throw AppError.badInput(`${field}[${i}].op must be one of =, !=, =~, !~`, `${field}.${i}.op`);
    if (typeof m.value !== 'string' || m.value.includes('\u0000')) throw AppError.badInput(`${field}[${i}].value must be text without NUL characters`, `${field}.${i}.value`);
    if (m.op === '=~' || m.op === '!~') {
      if (m.value.length > MAX_REGEX_LENGTH) throw AppError.badInput(`${field}[${i}].value must be at most ${MAX_REGEX_LENGTH} characters`, `${field}.${i}.value`);
      try {
        new RegExp(anchored(m.value));
      } catch {
        throw AppError.badInput(`${field}[${i}].value is not a valid regular expression`, `${field}.${i}.value`);
      }
    }
  });
}

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
