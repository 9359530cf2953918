import { sql } from 'drizzle-orm';
import { boolean, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { alerts } from './alerts';
import { notificationChannels } from './channels';
import { users } from './users';

/** One rung of the ladder: who is notified, and how long before the next rung if nobody acknowledges. */
export interface EscalationLevel {
  channelIds: string[];
  userIds: string[];
  timeoutSeconds: number;
}

/** What an alert follows: frozen at FIRED time so later edits of the policy leave it alone. */
export interface EscalationSnapshot {
  name: string;
  levels: EscalationLevel[];
  repeatCount: number;
  ackTimeoutSeconds: number | null;
  userEmailChannelId: string | null;
}

export const escalationPolicies = pgTable(
  'escalation_policies',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    description: text('description'),
    levels: jsonb('levels').$type<EscalationLevel[]>().notNull(),
    repeatCount: integer('repeat_count').notNull().default(0),
    ackTimeoutSeconds: integer('ack_timeout_seconds'),
    // User targets are mailed through this EMAIL channel (its `to` replaced by the user's address).
    userEmailChannelId: uuid('user_email_channel_id').references(() => notificationChannels.id, { onDelete: 'set null' }),
    // The policy alerts follow when they name none (at most one).
    isDefault: boolean('is_default').notNull().default(false),
    // Bumped on every edit; running escalations keep the version they started with.
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('escalation_policies_name_uq').on(sql`lower(${t.name})`), uniqueIndex('escalation_policies_default_uq').on(t.isDefault).where(sql`${t.isDefault}`)],
);

/**
 * The escalation an alert runs: the policy snapshot it fired with, and where on the ladder it is.
 * `cycle` grows on every restart (unacknowledge, ack timeout) so that a job of an earlier cycle
 * finds nothing to do and delivery keys of a new cycle never collide with an earlier one.
 */
export const alertEscalations = pgTable('alert_escalations', {
  alertId: uuid('alert_id')
    .primaryKey()
    .references(() => alerts.id, { onDelete: 'cascade' }),
  policyId: uuid('policy_id').references(() => escalationPolicies.id, { onDelete: 'set null' }),
  policyVersion: integer('policy_version').notNull(),
  policy: jsonb('policy').$type<EscalationSnapshot>().notNull(),
  cycle: integer('cycle').notNull().default(0),
  round: integer('round').notNull().default(0),
  // False once the ladder (with its repeats) ran out, or the alert was acknowledged/resolved.
  active: boolean('active').notNull().default(true),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type EscalationPolicyRow = typeof escalationPolicies.$inferSelect;
export type AlertEscalationRow = typeof alertEscalations.$inferSelect;
