import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

export const alertStatus = pgEnum('alert_status', ['FIRING', 'ACKNOWLEDGED', 'RESOLVED']);
export const alertSeverity = pgEnum('alert_severity', ['CRITICAL', 'ERROR', 'WARNING', 'INFO']);
export const alertSourceKind = pgEnum('alert_source_kind', ['RULE', 'EXTERNAL']);

/** A label matcher as stored (see src/services/shared/label-matchers.ts). */
export interface StoredMatcher {
  name: string;
  op: '=' | '!=' | '=~' | '!~';
  value: string;
}

export const alerts = pgTable(
  'alerts',
  {
    // UUIDv7: time-ordered, so keyset pagination on id is newest-first.
    id: uuid('id').primaryKey(),
    // Alertmanager's fingerprint of the label set (16 hex digits).
    fingerprint: text('fingerprint').notNull(),
    sourceKind: alertSourceKind('source_kind').notNull(),
    // No foreign key yet: alert rules arrive in a later round.
    ruleId: uuid('rule_id'),
    sourceName: text('source_name'),
    status: alertStatus('status').notNull().default('FIRING'),
    severity: alertSeverity('severity').notNull(),
    labels: jsonb('labels').$type<Record<string, string>>().notNull(),
    annotations: jsonb('annotations').$type<Record<string, string>>().notNull().default({}),
    generatorUrl: text('generator_url'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    lastReceivedAt: timestamp('last_received_at', { withTimezone: true }).notNull().defaultNow(),
    acknowledgedBy: uuid('acknowledged_by').references(() => users.id, { onDelete: 'set null' }),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    resolvedBy: uuid('resolved_by').references(() => users.id, { onDelete: 'set null' }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    snoozedUntil: timestamp('snoozed_until', { withTimezone: true }),
    escalationLevel: integer('escalation_level').notNull().default(0),
    silencedBy: uuid('silenced_by').array().notNull().default(sql`'{}'::uuid[]`),
    inhibitedBy: uuid('inhibited_by').array().notNull().default(sql`'{}'::uuid[]`),
    flapping: boolean('flapping').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The one open alert per fingerprint: repeated firing updates it; after resolve a new one opens.
    uniqueIndex('alerts_open_fingerprint_uq').on(t.fingerprint).where(sql`${t.status} <> 'RESOLVED'`),
    index('alerts_fingerprint_id_idx').on(t.fingerprint, t.id),
    index('alerts_status_id_idx').on(t.status, t.id),
    // alertStats reads a window of alerts by when they started.
    index('alerts_starts_at_idx').on(t.startsAt),
    // Label-scoped reads (labels @> selector) and label filters.
    index('alerts_labels_gin_idx').using('gin', t.labels),
  ],
);

export const alertNoteActor = pgEnum('alert_note_actor', ['USER', 'SYSTEM', 'SOURCE']);

/** The alert's timeline: every state change and note, in order. */
export const alertNotes = pgTable(
  'alert_notes',
  {
    id: uuid('id').primaryKey(),
    alertId: uuid('alert_id')
      .notNull()
      .references(() => alerts.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorType: alertNoteActor('actor_type').notNull(),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    note: text('note'),
    details: jsonb('details').$type<Record<string, unknown>>(),
  },
  (t) => [index('alert_notes_alert_id_idx').on(t.alertId, t.id)],
);

export const silences = pgTable(
  'silences',
  {
    id: uuid('id').primaryKey(),
    matchers: jsonb('matchers').$type<StoredMatcher[]>().notNull(),
    // The labels its `=` matchers pin: label-scoped grants are checked (and listed) against these.
    scopeLabels: jsonb('scope_labels').$type<Record<string, string>>().notNull().default({}),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    comment: text('comment').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    expiredBy: uuid('expired_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('silences_ends_at_idx').on(t.endsAt), index('silences_scope_labels_gin_idx').using('gin', t.scopeLabels)],
);

export const inhibitionRules = pgTable('inhibition_rules', {
  id: uuid('id').primaryKey(),
  sourceMatchers: jsonb('source_matchers').$type<StoredMatcher[]>().notNull(),
  targetMatchers: jsonb('target_matchers').$type<StoredMatcher[]>().notNull(),
  equal: text('equal').array().notNull().default(sql`'{}'::text[]`),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export type AlertRow = typeof alerts.$inferSelect;
export type NewAlertRow = typeof alerts.$inferInsert;
export type AlertNoteRow = typeof alertNotes.$inferSelect;
export type SilenceRow = typeof silences.$inferSelect;
export type InhibitionRuleRow = typeof inhibitionRules.$inferSelect;
