import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MetricLabelMatcherInput, MetricMatchOp } from '../metrics/metric.type';
import { Connection } from '../shared/connection.type';
import { AlertSeverity } from './alert.type';
import { DateTime, JSONObject } from '../shared/scalars';

export enum AlertRuleSourceKind {
  BUILTIN = 'BUILTIN',
  PROMQL = 'PROMQL',
}
registerEnumType(AlertRuleSourceKind, { name: 'AlertRuleSourceKind' });

export enum AlertRuleOperator {
  GT = 'GT',
  GTE = 'GTE',
  LT = 'LT',
  LTE = 'LTE',
  EQ = 'EQ',
  NE = 'NE',
}
registerEnumType(AlertRuleOperator, { name: 'AlertRuleOperator', description: 'value OPERATOR threshold is a breach.' });

export enum AlertRuleNoDataState {
  OK = 'OK',
  ALERTING = 'ALERTING',
  NO_DATA = 'NO_DATA',
  KEEP_LAST = 'KEEP_LAST',
}
registerEnumType(AlertRuleNoDataState, { name: 'AlertRuleNoDataState', description: 'What a missing series does to its instance (as Grafana).' });

export enum AlertRuleErrorState {
  OK = 'OK',
  ALERTING = 'ALERTING',
  ERROR = 'ERROR',
  KEEP_LAST = 'KEEP_LAST',
}
registerEnumType(AlertRuleErrorState, { name: 'AlertRuleErrorState', description: 'What a failed query does to the instances (as Grafana).' });


export enum AlertInstanceState {
  NORMAL = 'NORMAL',
  PENDING = 'PENDING',
  FIRING = 'FIRING',
  NO_DATA = 'NO_DATA',
  ERROR = 'ERROR',
}
registerEnumType(AlertInstanceState, { name: 'AlertInstanceState' });

export enum MetricAggregation {
  avg = 'avg',
  min = 'min',
  max = 'max',
  sum = 'sum',
  count = 'count',
  rate = 'rate',
  p95 = 'p95',
  p99 = 'p99',
}
registerEnumType(MetricAggregation, { name: 'MetricAggregation', description: 'How a BUILTIN rule aggregates the samples of its window.' });

@ObjectType()
export class AlertRuleMatcher {
  @Field(() => String)
  name!: string;

  @Field(() => MetricMatchOp)
  op!: MetricMatchOp;

  @Field(() => String)
  value!: string;
}

@ObjectType({ description: 'A built-in metrics store query: samples of `metric` matching `matchers` in the window before each evaluation, aggregated per `by` label set.' })
export class AlertRuleBuiltinQuery {
  @Field(() => String)
  metric!: string;

  @Field(() => [AlertRuleMatcher])
  matchers!: AlertRuleMatcher[];

  @Field(() => [String])
  by!: string[];

  @Field(() => MetricAggregation)
  aggregation!: MetricAggregation;

  @Field(() => Int)
  windowSeconds!: number;
}

@ObjectType({ description: 'One label set of a rule: its state between evaluations.' })
export class AlertRuleInstance {
  @Field(() => JSONObject)
  labels!: Record<string, string>;

  @Field(() => AlertInstanceState)
  state!: AlertInstanceState;

  @Field(() => DateTime, { nullable: true, description: 'Start of the current PENDING, FIRING, NO_DATA or ERROR episode.' })
  activeSince!: Date | null;

  @Field(() => Float, { nullable: true })
  lastValue!: number | null;

  @Field(() => Boolean)
  flapping!: boolean;

  @Field(() => DateTime)
  updatedAt!: Date;
}

@ObjectType()
export class AlertRule {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => Boolean)
  enabled!: boolean;

  @Field(() => AlertRuleSourceKind)
  sourceKind!: AlertRuleSourceKind;

  @Field(() => String, { nullable: true, description: 'The PromQL expression (PROMQL rules).' })
  expr!: string | null;

  @Field(() => AlertRuleOperator)
  operator!: AlertRuleOperator;

  @Field(() => Float)
  threshold!: number;

  @Field(() => Float, { nullable: true, description: 'Once firing, the instance recovers only when the value no longer breaches this (hysteresis).' })
  recoveryThreshold!: number | null;

  @Field(() => Int)
  intervalSeconds!: number;

  @Field(() => Int)
  forSeconds!: number;

  @Field(() => Int)
  keepFiringForSeconds!: number;

  @Field(() => AlertRuleNoDataState)
  noDataState!: AlertRuleNoDataState;

  @Field(() => AlertRuleErrorState)
  execErrState!: AlertRuleErrorState;

  @Field(() => AlertSeverity)
  severity!: AlertSeverity;

  @Field(() => JSONObject)
  labels!: Record<string, string>;

  @Field(() => JSONObject, { description: 'Templates: {{ $value }}, {{ $labels.name }}, {{ humanize $value }}, {{ humanizePercentage $value }}.' })
  annotations!: Record<string, string>;

  @Field(() => ID, { nullable: true })
  escalationPolicyId!: string | null;

  @Field(() => Int, { description: 'After an instance resolves, a new firing within this many seconds opens no alert.' })
  cooldownSeconds!: number;

  @Field(() => String, { nullable: true, description: 'Set on the default rules (cpu, memory, error-rate, latency-p99): they can be edited and disabled, not deleted.' })
  defaultKey!: string | null;

  @Field(() => Int)
  version!: number;

  @Field(() => DateTime)
  nextEvaluationAt!: Date;

  @Field(() => DateTime, { nullable: true })
  lastEvaluatedAt!: Date | null;

  @Field(() => Float, { description: 'Evaluations claimed since the rule was created.' })
  evaluationCount!: number;

  @Field(() => Float, { nullable: true, description: 'How long the last query took (ms).' })
  lastEvaluationMs!: number | null;

  @Field(() => String, { nullable: true, description: 'The last query failure, cleared by a successful evaluation.' })
  lastError!: string | null;

  @Field(() => DateTime)
  createdAt!: Date;

  @Field(() => DateTime)
  updatedAt!: Date;
}

export const AlertRuleConnection = Connection(AlertRule, 'AlertRule');

@ObjectType({ description: 'A transition of one rule instance.' })
export class AlertStateChange {
  @Field(() => ID)
  id!: number;

  @Field(() => ID)
  ruleId!: string;

  @Field(() => JSONObject, { description: 'The labels of the instance\'s alert: alertname, the rule\'s labels, the series\' labels, severity.' })
  labels!: Record<string, string>;

  @Field(() => AlertInstanceState)
  fromState!: AlertInstanceState;

  @Field(() => AlertInstanceState)
  toState!: AlertInstanceState;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => Boolean)
  flapping!: boolean;

  @Field(() => DateTime)
  at!: Date;
}

export const AlertStateChangeConnection = Connection(AlertStateChange, 'AlertStateChange');

@ObjectType()
export class AlertRuleStateEvent extends AlertStateChange {
  @Field(() => String)
  ruleName!: string;

  @Field(() => String, { description: 'Pass as `after` to resume from here.' })
  cursor!: string;
}

@InputType()
export class AlertRuleBuiltinInput {
  @Field(() => String)
  metric!: string;

  @Field(() => [MetricLabelMatcherInput], { nullable: true })
  matchers?: MetricLabelMatcherInput[] | null;

  @Field(() => [String], { nullable: true })
  by?: string[] | null;

  @Field(() => MetricAggregation)
  aggregation!: MetricAggregation;

  @Field(() => Int)
  windowSeconds!: number;
}

@InputType({ description: 'Exactly one of builtin and promql on create; on update, either replaces the source. Intervals 5 s .. 1 day.' })
export class AlertRuleInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Boolean, { nullable: true })
  enabled?: boolean | null;

  @Field(() => AlertRuleBuiltinInput, { nullable: true })
  builtin?: AlertRuleBuiltinInput | null;

  @Field(() => String, { nullable: true, description: 'A PromQL expression; needs PROMETHEUS_URL on the server.' })
  promql?: string | null;

  @Field(() => AlertRuleOperator, { nullable: true })
  operator?: AlertRuleOperator | null;

  @Field(() => Float, { nullable: true })
  threshold?: number | null;

  @Field(() => Float, { nullable: true })
  recoveryThreshold?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Update only: removes the recovery threshold.' })
  clearRecoveryThreshold?: boolean | null;

  @Field(() => Int, { nullable: true })
  intervalSeconds?: number | null;

  @Field(() => Int, { nullable: true })
  forSeconds?: number | null;

  @Field(() => Int, { nullable: true })
  keepFiringForSeconds?: number | null;

  @Field(() => AlertRuleNoDataState, { nullable: true })
  noDataState?: AlertRuleNoDataState | null;

  @Field(() => AlertRuleErrorState, { nullable: true })
  execErrState?: AlertRuleErrorState | null;

  @Field(() => AlertSeverity, { nullable: true })
  severity?: AlertSeverity | null;

  @Field(() => JSONObject, { nullable: true })
  labels?: Record<string, string> | null;

  @Field(() => JSONObject, { nullable: true })
  annotations?: Record<string, string> | null;

  @Field(() => ID, { nullable: true })
  escalationPolicyId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Update only: removes the escalation policy.' })
  clearEscalationPolicy?: boolean | null;

  @Field(() => Int, { nullable: true })
  cooldownSeconds?: number | null;
}

@InputType()
export class AlertStateHistoryFilter {
  @Field(() => ID, { nullable: true })
  ruleId?: string | null;

  @Field(() => DateTime, { nullable: true })
  from?: Date | null;

  @Field(() => DateTime, { nullable: true })
  to?: Date | null;
}
