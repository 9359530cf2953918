import { sql } from 'drizzle-orm';
import { alertSeverity } from './alerts';
import { boolean, doublePrecision, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, bigserial, bigint } from 'drizzle-orm/pg-core';

export const alertRuleSourceKind = pgEnum('alert_rule_source_kind', ['BUILTIN', 'PROMQL']);
export const alertRuleOperator = pgEnum('alert_rule_operator', ['GT', 'GTE', 'LT', 'LTE', 'EQ', 'NE']);
export const alertRuleNoDataState = pgEnum('alert_rule_no_data_state', ['OK', 'ALERTING', 'NO_DATA', 'KEEP_LAST']);
export const alertRuleExecErrState = pgEnum('alert_rule_exec_err_state', ['OK', 'ALERTING', 'ERROR', 'KEEP_LAST']);
export const alertInstanceState = pgEnum('alert_instance_state', ['NORMAL', 'PENDING', 'FIRING', 'NO_DATA', 'ERROR']);

export interface RuleMatcher {
  name: string;
  op: '=' | '!=' | '=~' | '!~';
  value: string;
}

/**
 * Alert rules. `next_evaluation_at` is the schedule: the evaluation tick claims due rows with
 * `for update skip locked` and moves it forward in the same statement, so each rule is evaluated
 * once per interval whatever the number of nodes.
 */
export const alertRules = pgTable(
  'alert_rules',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    enabled: boolean('enabled').notNull().default(true),
    sourceKind: alertRuleSourceKind('source_kind').notNull(),
    /** BUILTIN: metric name, matchers, by labels, aggregation and window. */
    metric: text('metric'),
    matchers: jsonb('matchers').$type<RuleMatcher[]>().notNull().default([]),
    by: text('by').array().notNull().default([]),
    aggregation: text('aggregation'),
    windowSeconds: integer('window_seconds'),
    /** PROMQL: the expression. */
    expr: text('expr'),
    operator: alertRuleOperator('operator').notNull(),
    threshold: doublePrecision('threshold').notNull(),
    recoveryThreshold: doublePrecision('recovery_threshold'),
    intervalSeconds: integer('interval_seconds').notNull(),
    forSeconds: integer('for_seconds').notNull().default(0),
    keepFiringForSeconds: integer('keep_firing_for_seconds').notNull().default(0),
    noDataState: alertRuleNoDataState('no_data_state').notNull().default('NO_DATA'),
    execErrState: alertRuleExecErrState('exec_err_state').notNull().default('ERROR'),
    severity: alertSeverity('severity').notNull().default('WARNING'),
    labels: jsonb('labels').$type<Record<string, string>>().notNull().default({}),
    annotations: jsonb('annotations').$type<Record<string, string>>().notNull().default({}),
    /** A later part adds escalation policies (and the foreign key). */
    escalationPolicyId: uuid('escalation_policy_id'),
    cooldownSeconds: integer('cooldown_seconds').notNull().default(0),
    /** Set on the default rules seeded at start: they are found again by it, never duplicated. */
    defaultKey: text('default_key'),
    version: integer('version').notNull().default(1),
    nextEvaluationAt: timestamp('next_evaluation_at', { withTimezone: true }).notNull().defaultNow(),
    lastEvaluatedAt: timestamp('last_evaluated_at', { withTimezone: true }),
    evaluationCount: bigint('evaluation_count', { mode: 'number' }).notNull().default(0),
    lastEvaluationMs: doublePrecision('last_evaluation_ms'),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('alert_rules_name_key').on(t.name),
    uniqueIndex('alert_rules_default_key_key').on(t.defaultKey),
    index('alert_rules_due_idx').on(t.nextEvaluationAt).where(sql`enabled`),
  ],
);


/** One row per (rule, label set): the state machine's memory between evaluations. */
export const alertRuleInstances = pgTable(
  'alert_rule_instances',
  {
    ruleId: uuid('rule_id')
      .notNull()
      .references(() => alertRules.id, { onDelete: 'cascade' }),
    labelsHash: text('labels_hash').notNull(),
    labels: jsonb('labels').$type<Record<string, string>>().notNull(),
    state: alertInstanceState('state').notNull().default('NORMAL'),
    activeSince: timestamp('active_since', { withTimezone: true }),
    lastBreachAt: timestamp('last_breach_at', { withTimezone: true }),
    lastValue: doublePrecision('last_value'),
    flapHistory: jsonb('flap_history').$type<boolean[]>().notNull().default([]),
    flapping: boolean('flapping').notNull().default(false),
    /** Whether an alert was opened for the current FIRING episode (cooldown may hold it back). */
    alertOpen: boolean('alert_open').notNull().default(false),
    lastResolvedAt: timestamp('last_resolved_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'alert_rule_instances_pkey', columns: [t.ruleId, t.labelsHash] })],
);

/** Every transition of every instance, newest read first per rule (rule, at) and across rules (at). */
export const alertStateHistory = pgTable(
  'alert_state_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    ruleId: uuid('rule_id')
      .notNull()
      .references(() => alertRules.id, { onDelete: 'cascade' }),
    labels: jsonb('labels').$type<Record<string, string>>().notNull(),
    fromState: alertInstanceState('from_state').notNull(),
    toState: alertInstanceState('to_state').notNull(),
    value: doublePrecision('value'),
    flapping: boolean('flapping').notNull().default(false),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('alert_state_history_rule_at_idx').on(t.ruleId, t.at, t.id), index('alert_state_history_at_idx').on(t.at, t.id)],
);

export type AlertRuleRow = typeof alertRules.$inferSelect;
export type AlertRuleInsert = typeof alertRules.$inferInsert;
export type AlertRuleInstanceRow = typeof alertRuleInstances.$inferSelect;
export type AlertStateHistoryRow = typeof alertStateHistory.$inferSelect;
