import { z } from 'zod';
import type { AlertRuleInsert } from '../../db/schema';
import { AppError } from '../../errors/app-error';
import { AGGREGATIONS, MAX_WINDOW_SECONDS } from '../metrics/metric-query';
import { METRIC_NAME } from '../metrics/label-matcher-sql';
import { LABEL_NAME, validateMatchers } from '../shared/label-matchers';
import { parseInput } from '../shared/parse-input';
import { templateProblems } from './annotation-template';

export const MIN_INTERVAL_SECONDS = 5;
export const MAX_INTERVAL_SECONDS = 86_400;
const MAX_PENDING_SECONDS = 7 * 86_400;
const MAX_LABELS = 32;

const finite = z.number().refine(Number.isFinite, { message: 'must be a finite number' });
const seconds = (max: number) => z.number().int().min(0).max(max);
const labelMap = z
  .record(z.string().regex(LABEL_NAME, 'must be a label name ([a-zA-Z_][a-zA-Z0-9_]*)'), z.string().max(1000))
  .refine((r) => Object.keys(r).length <= MAX_LABELS, { message: `may hold at most ${MAX_LABELS} entries` });

const builtin = z.object({
  metric: z.string().regex(METRIC_NAME, 'must be a metric name'),
  matchers: z.array(z.object({ name: z.string(), op: z.enum(['=', '!=', '=~', '!~']), value: z.string() })).max(20).default([]),
  by: z.array(z.string().regex(LABEL_NAME, 'must be a label name')).max(10).default([]),
  aggregation: z.enum(AGGREGATIONS as unknown as [string, ...string[]]),
  windowSeconds: z.number().int().min(1).max(MAX_WINDOW_SECONDS),
});

const fields = {
  name: z.string().trim().min(1).max(200),
  description: z.string().max(2000),
  enabled: z.boolean(),
  builtin,
  promql: z.string().trim().min(1).max(10_000),
  operator: z.enum(['GT', 'GTE', 'LT', 'LTE', 'EQ', 'NE']),
  threshold: finite,
  recoveryThreshold: finite,
  intervalSeconds: z.number().int().min(MIN_INTERVAL_SECONDS).max(MAX_INTERVAL_SECONDS),
  forSeconds: seconds(MAX_PENDING_SECONDS),
  keepFiringForSeconds: seconds(MAX_PENDING_SECONDS),
  noDataState: z.enum(['OK', 'ALERTING', 'NO_DATA', 'KEEP_LAST']),
  execErrState: z.enum(['OK', 'ALERTING', 'ERROR', 'KEEP_LAST']),
  severity: z.enum(['CRITICAL', 'ERROR', 'WARNING', 'INFO']),
  labels: labelMap,
  annotations: labelMap,
  escalationPolicyId: z.uuid(),
  cooldownSeconds: seconds(MAX_PENDING_SECONDS),
};

const createSchema = z.object({
  ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.optional()])),
  name: fields.name,
  operator: fields.operator,
  threshold: fields.threshold,
  intervalSeconds: fields.intervalSeconds,
}) as unknown as z.ZodType<RuleInput>;
const updateSchema = z.object({
  ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.optional()])),
  clearRecoveryThreshold: z.boolean().optional(),
  clearEscalationPolicy: z.boolean().optional(),
}) as unknown as z.ZodType<RuleInput & { clearRecoveryThreshold?: boolean; clearEscalationPolicy?: boolean }>;

export interface RuleInput {
  name: string;
  description?: string;
  enabled?: boolean;
  builtin?: z.infer<typeof builtin>;
  promql?: string;
  operator: 'GT' | 'GTE' | 'LT' | 'LTE' | 'EQ' | 'NE';
  threshold: number;
  recoveryThreshold?: number;
  intervalSeconds: number;
  forSeconds?: number;
  keepFiringForSeconds?: number;
  noDataState?: AlertRuleInsert['noDataState'];
  execErrState?: AlertRuleInsert['execErrState'];
  severity?: AlertRuleInsert['severity'];
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  escalationPolicyId?: string;
  cooldownSeconds?: number;
}

/** The source columns of a rule, from exactly one of `builtin` and `promql`. */
function sourceColumns(input: Pick<RuleInput, 'builtin' | 'promql'>, prometheusUrl: string | undefined): Partial<AlertRuleInsert> {
  if (input.builtin && input.promql) throw AppError.badInput('Give builtin or promql, not both', 'input.promql');
  if (input.builtin) {
    validateMatchers(input.builtin.matchers, 'input.builtin.matchers');
    return { sourceKind: 'BUILTIN', ...input.builtin, by: [...new Set(input.builtin.by)], expr: null };
  }
  if (input.promql) {
    if (!prometheusUrl) throw AppError.badInput('PromQL rules need PROMETHEUS_URL to be configured on the server', 'input.promql');
    return { sourceKind: 'PROMQL', expr: input.promql, metric: null, matchers: [], by: [], aggregation: null, windowSeconds: null };
  }
  return {};
}

function checkTemplates(annotations: Record<string, string> | undefined): void {
  for (const [key, template] of Object.entries(annotations ?? {})) {
    const problems = templateProblems(template);
    if (problems.length > 0) throw AppError.badInput(`annotations.${key}: unsupported template expression ${problems[0]} (use {{ $value }}, {{ $labels.name }}, {{ humanize $value }}, {{ humanizePercentage $value }})`, `input.annotations.${key}`);
  }
}

function checkLabels(labels: Record<string, string> | undefined): void {
  for (const reserved of ['alertname', 'severity']) {
    if (labels && Object.hasOwn(labels, reserved)) throw AppError.badInput(`labels.${reserved} is set by the rule itself (name, severity)`, `input.labels.${reserved}`);
  }
}

export function parseCreate(raw: unknown, prometheusUrl: string | undefined): AlertRuleInsert & { name: string } {
  const input = parseInput(createSchema, raw);
  if (!input.builtin && !input.promql) throw AppError.badInput('A rule needs a source: builtin or promql', 'input.builtin');
  checkTemplates(input.annotations);
  checkLabels(input.labels);
  const { builtin: _b, promql: _p, ...rest } = input;
  return { ...rest, ...sourceColumns(input, prometheusUrl) } as AlertRuleInsert & { name: string };
}

export function parseUpdate(raw: unknown, prometheusUrl: string | undefined): Partial<AlertRuleInsert> {
  const input = parseInput(updateSchema, raw) as Partial<RuleInput> & { clearRecoveryThreshold?: boolean; clearEscalationPolicy?: boolean };
  if (input.clearRecoveryThreshold && input.recoveryThreshold !== undefined) throw AppError.badInput('Give recoveryThreshold or clearRecoveryThreshold, not both', 'input.clearRecoveryThreshold');
  checkTemplates(input.annotations);
  checkLabels(input.labels);
  const { builtin: _b, promql: _p, clearRecoveryThreshold, clearEscalationPolicy, ...rest } = input;
  return {
    ...rest,
    ...sourceColumns(input, prometheusUrl),
    ...(clearRecoveryThreshold ? { recoveryThreshold: null } : {}),
    ...(clearEscalationPolicy ? { escalationPolicyId: null } : {}),
  };
}
