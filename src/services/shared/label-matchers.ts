import { AppError } from '../../errors/app-error';
import { linearRegExp } from './linear-regexp';

/**
 * Label matchers with Alertmanager's semantics, shared by silences, inhibition rules, alert
 * filters, routes (later) and the built-in metrics store: a label that is absent reads as the empty
 * string, and regexes are anchored at both ends (`team=~"pay"` matches only "pay").
 */
export type MatchOp = '=' | '!=' | '=~' | '!~';

export interface LabelMatcher {
  name: string;
  op: MatchOp;
  value: string;
}

export const MATCH_OPS: readonly MatchOp[] = ['=', '!=', '=~', '!~'];
/** Bounds what is compiled and cached per pattern. */
export const MAX_MATCHER_REGEX_LENGTH = 512;
export const MAX_MATCHERS = 32;
const MAX_VALUE_LENGTH = 1024;
/** Prometheus' label name syntax. */
export const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

const compiled = new Map<string, RegExp>();
const COMPILED_CACHE_MAX = 2_000;

/** The anchored regex of `=~`/`!~` (compiled once per pattern). Throws BAD_USER_INPUT when invalid. */
export function anchoredRegex(pattern: string, field = 'matchers'): RegExp {
  let re = compiled.get(pattern);
  if (re) return re;
  if (pattern.length > MAX_MATCHER_REGEX_LENGTH) {
    throw AppError.badInput(`${field}: a regex may be at most ${MAX_MATCHER_REGEX_LENGTH} characters`, field);
  }
  const refusal = unsupportedRegexReason(pattern);
  if (refusal) throw AppError.badInput(`${field}: regex ${JSON.stringify(pattern)} is refused: ${refusal}`, field);
  try {
    re = linearRegExp(`^(?:${pattern})$`, 's');
  } catch (err) {
    const reason = /linear time/.test((err as Error).message) ? 'it cannot be matched in linear time: write it without counted repeats of a group' : (err as Error).message;
    throw AppError.badInput(`${field}: invalid regex ${JSON.stringify(pattern)} (${reason})`, field);
  }
  if (compiled.size >= COMPILED_CACHE_MAX) compiled.clear();
  compiled.set(pattern, re);
  return re;
}

/**
 * Alertmanager's regexes are RE2 (linear time). Ours run on V8's linear-time engine, so no pattern
 * can backtrack exponentially (`(a|a)*` on a long value is as cheap as `a*`); what RE2 does not
 * support either is named plainly here rather than by the engine's message.
 */
function unsupportedRegexReason(pattern: string): string | null {
  if (/\\[1-9]|\\k</.test(pattern)) return 'backreferences are not supported (RE2 syntax)';
  if (/\(\?<?[=!]/.test(pattern)) return 'lookarounds are not supported (RE2 syntax)';
  return null;
}

export function matcherMatches(m: LabelMatcher, value: string | undefined): boolean {
  const v = value ?? '';
  switch (m.op) {
    case '=':
      return v === m.value;
    case '!=':
      return v !== m.value;
    case '=~':
      return anchoredRegex(m.value).test(v);
    case '!~':
      return !anchoredRegex(m.value).test(v);
  }
}

/** True when every matcher matches (an empty list matches everything). */
export function matches(labels: Readonly<Record<string, string>>, matchers: readonly LabelMatcher[]): boolean {
  return matchers.every((m) => matcherMatches(m, Object.prototype.hasOwnProperty.call(labels, m.name) ? labels[m.name] : undefined));
}

/**
 * Validates matchers from input: names in Prometheus syntax, a known operator, bounded values,
 * compilable regexes. Throws BAD_USER_INPUT naming the matcher at fault.
 */
export function validateMatchers(raw: unknown, field = 'matchers', opts: { min?: number } = {}): LabelMatcher[] {
  if (!Array.isArray(raw)) throw AppError.badInput(`${field} must be a list of matchers`, field);
  if (raw.length > MAX_MATCHERS) throw AppError.badInput(`${field} may hold at most ${MAX_MATCHERS} matchers`, field);
  if (raw.length < (opts.min ?? 0)) throw AppError.badInput(`${field} needs at least ${opts.min} matcher(s)`, field);
  return raw.map((item, i) => {
    const at = `${field}.${i}`;
    const m = item as Partial<LabelMatcher> | null;
    if (!m || typeof m !== 'object') throw AppError.badInput(`${at} must be an object { name, op, value }`, at);
    if (typeof m.name !== 'string' || !LABEL_NAME.test(m.name)) {
      throw AppError.badInput(`${at}.name must be a label name ([a-zA-Z_][a-zA-Z0-9_]*)`, `${at}.name`);
    }
    if (typeof m.op !== 'string' || !MATCH_OPS.includes(m.op as MatchOp)) {
      throw AppError.badInput(`${at}.op must be one of ${MATCH_OPS.join(' ')}`, `${at}.op`);
    }
    if (typeof m.value !== 'string' || m.value.length > MAX_VALUE_LENGTH || m.value.includes('\u0000')) {
      throw AppError.badInput(`${at}.value must be text of at most ${MAX_VALUE_LENGTH} characters`, `${at}.value`);
    }
    if (m.op === '=~' || m.op === '!~') anchoredRegex(m.value, `${at}.value`);
    return { name: m.name, op: m.op as MatchOp, value: m.value };
  });
}

/**
 * Parses Alertmanager's text form: `name="value"`, `name!~"re"`, or unquoted `name=value`.
 * Throws BAD_USER_INPUT on anything else.
 */
export function parseMatcher(text: string, field = 'matcher'): LabelMatcher {
  const m = /^\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*(=~|!~|!=|=)\s*(?:"((?:[^"\\]|\\.)*)"|([^"\s]*))\s*$/.exec(text);
  if (!m) throw AppError.badInput(`${field}: ${JSON.stringify(text)} is not a matcher (name="value", !=, =~, !~)`, field);
  const value = m[3] !== undefined ? (JSON.parse(`"${m[3]}"`) as string) : (m[4] ?? '');
  return validateMatchers([{ name: m[1], op: m[2], value }], field)[0]!;
}

/** Alertmanager refuses silences that match every alert: one matcher must not match "". */
export function matchesEmpty(matchers: readonly LabelMatcher[]): boolean {
  return matchers.every((m) => matcherMatches(m, ''));
}

/** Labels pinned by `=` matchers with a non-empty value: what a label-scoped grant is checked against. */
export function equalityLabels(matchers: readonly LabelMatcher[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of matchers) if (m.op === '=' && m.value !== '') out[m.name] = m.value;
  return out;
}
