import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { StoredMatcher } from './alerts';
import { alerts } from './alerts';
import { users } from './users';

/**
 * One route of the notification routing tree (Alertmanager's `route`), as stored inside the tree.
 * Unset timing/grouping fields (null) are inherited from the parent, as Alertmanager does.
 */
export interface StoredRoute {
  /** Stable across edits when the client passes it back: aggregation groups are keyed by it. */
  id: string;
  matchers: StoredMatcher[];
  continue: boolean;
  /** Notification channel ids. */
  receivers: string[];
  /** Label names; ['...'] groups by every label. null inherits. */
  groupBy: string[] | null;
  groupWaitMs: number | null;
  groupIntervalMs: number | null;
  repeatIntervalMs: number | null;
  muteTimeIntervals: string[];
  activeTimeIntervals: string[];
  routes: StoredRoute[];
}

/**
 * The routing tree: a single row (id = 1) holding the whole tree, so a replacement is one atomic
 * write and matching reads it in one statement. No row means the default root (no receivers).
 */
export const alertRoutingTree = pgTable('alert_routing_tree', {
  id: integer('id').primaryKey().default(1),
  root: jsonb('root').$type<StoredRoute>().notNull(),
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One range of a named time interval, in Alertmanager's text form ("09:00", "monday:friday"). */
export interface StoredTimeRange {
  times: Array<{ start: string; end: string }>;
  weekdays: string[];
  daysOfMonth: string[];
  months: string[];
  years: string[];
  location: string | null;
}

/** Named time intervals (Alertmanager's `time_intervals`), referenced by routes by name. */
export const alertTimeIntervals = pgTable('alert_time_intervals', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull().unique(),
  ranges: jsonb('ranges').$type<StoredTimeRange[]>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * An aggregation group: the alerts one route gathers under the same values of its groupBy labels.
 * Its flush job (keyed by the group id) sends one notification for the whole group.
 */
export const alertGroups = pgTable(
  'alert_groups',
  {
    id: uuid('id').primaryKey(),
    routeId: text('route_id').notNull(),
    // Route id + the groupBy label values: the same alerts land in the same group on every node.
    groupKey: text('group_key').notNull().unique(),
    groupLabels: jsonb('group_labels').$type<Record<string, string>>().notNull(),
    // Bumped on every notification sent: (group id, seq) is the deliveries' idempotency key.
    flushSeq: integer('flush_seq').notNull().default(0),
    // The firing alert ids last notified: a firing alert not among them makes the next flush send.
    lastFiring: uuid('last_firing').array().notNull().default(sql`'{}'::uuid[]`),
    lastNotifiedAt: timestamp('last_notified_at', { withTimezone: true }),
    // The flapping alert ids last notified as flapping: one FLAPPING notice each, then quiet while they flap.
    lastFlapping: uuid('last_flapping').array().notNull().default(sql`'{}'::uuid[]`),
    // Set while the group's PagerDuty incident stands acknowledged (every notified open alert acknowledged); cleared on re-trigger.
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('alert_groups_route_id_idx').on(t.routeId)],
);

export const alertGroupMembers = pgTable(
  'alert_group_members',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => alertGroups.id, { onDelete: 'cascade' }),
    alertId: uuid('alert_id')
      .notNull()
      .references(() => alerts.id, { onDelete: 'cascade' }),
    // Set once it was in a firing notification: only those get a resolved notification.
    notifiedFiring: boolean('notified_firing').notNull().default(false),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.alertId] }), index('alert_group_members_alert_idx').on(t.alertId)],
);

export type AlertRoutingTreeRow = typeof alertRoutingTree.$inferSelect;
export type AlertTimeIntervalRow = typeof alertTimeIntervals.$inferSelect;
export type AlertGroupRow = typeof alertGroups.$inferSelect;
