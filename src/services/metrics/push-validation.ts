import { AppError } from '../../errors/app-error';
import { LABEL_NAME } from '../shared/label-matchers';
import { METRIC_NAME } from './label-matcher-sql';
import type { StoredSample } from './metric-store';

export interface RawLabels {
  labels?: Array<{ name: string; value: string }> | null;
  labelMap?: Record<string, unknown> | null;
}

export interface RawSample extends RawLabels {
  metric: string;
  value: number;
  at?: Date | null;
}

const MAX_METRIC_NAME = 200;
const MAX_LABELS = 30;
const MAX_LABEL_VALUE = 1024;
/** Pushed samples may be stamped at most this far ahead of the server's clock (clock skew). */
export const MAX_FUTURE_MS = 5 * 60_000;

/** Labels from either spelling, validated with Prometheus's naming rules (BAD_USER_INPUT naming the field). */
export function parseLabels(raw: RawLabels, field: string): Record<string, string> {
  if (raw.labels && raw.labelMap) throw AppError.badInput(`${field}: give labels or labelMap, not both`, field);
  const pairs: Array<[string, unknown]> = raw.labels ? raw.labels.map((l) => [l.name, l.value]) : Object.entries(raw.labelMap ?? {});
  if (pairs.length > MAX_LABELS) throw AppError.badInput(`${field} may have at most ${MAX_LABELS} labels`, field);
  const out: Record<string, string> = {};
  const seen = new Set<string>();
  for (const [name, value] of pairs) {
    if (!LABEL_NAME.test(name) || name.startsWith('__')) {
      throw AppError.badInput(`${field}: ${JSON.stringify(name)} is not a valid label name ([a-zA-Z_][a-zA-Z0-9_]*, not starting with __)`, field);
    }
    if (typeof value !== 'string') throw AppError.badInput(`${field}: the value of ${name} must be a string`, field);
    if (value.length > MAX_LABEL_VALUE || value.includes('\u0000')) {
      throw AppError.badInput(`${field}: the value of ${name} must be at most ${MAX_LABEL_VALUE} characters, without NUL`, field);
    }
    if (Object.hasOwn(out, name) || seen.has(name)) throw AppError.badInput(`${field}: label ${name} is given twice`, field);
    seen.add(name);
    // An empty value is the same as no label in Prometheus: not stored, so both spellings are one series.
    if (value !== '') out[name] = value;
  }
  return out;
}

/** The whole batch checked before anything is written: one bad sample refuses the batch. */
export function parsePushBatch(raw: RawSample[], opts: { maxSamples: number; retentionDays: number; now: number }): StoredSample[] {
  if (raw.length === 0) throw AppError.badInput('samples must not be empty', 'samples');
  if (raw.length > opts.maxSamples) throw AppError.badInput(`samples must have at most ${opts.maxSamples} items (METRICS_PUSH_MAX_SAMPLES)`, 'samples');
  const oldest = opts.now - opts.retentionDays * 86_400_000;
  return raw.map((s, i) => {
    const field = `samples[${i}]`;
    if (typeof s.metric !== 'string' || s.metric.length > MAX_METRIC_NAME || !METRIC_NAME.test(s.metric)) {
      throw AppError.badInput(`${field}.metric ${JSON.stringify(String(s.metric).slice(0, 80))} is not a valid metric name ([a-zA-Z_:][a-zA-Z0-9_:]*, at most ${MAX_METRIC_NAME} characters)`, `samples.${i}.metric`);
    }
    if (typeof s.value !== 'number' || !Number.isFinite(s.value)) throw AppError.badInput(`${field}.value must be a finite number`, `samples.${i}.value`);
    const at = s.at ?? new Date(opts.now);
    if (Number.isNaN(at.getTime()) || at.getTime() < oldest || at.getTime() > opts.now + MAX_FUTURE_MS) {
      throw AppError.badInput(`${field}.at must be within the retention window (${opts.retentionDays} days) and at most 5 minutes ahead`, `samples.${i}.at`);
    }
    return { metric: s.metric, labels: parseLabels(s, `${field}.labels`), value: s.value, at };
  });
}
