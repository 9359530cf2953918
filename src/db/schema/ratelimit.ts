import { boolean, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const rateLimitSubjectKind = pgEnum('rate_limit_subject_kind', ['USER', 'PERMISSION_SET', 'OPERATION', 'IP']);

/**
 * Operator-defined rate limits. The subject says who a policy counts (a user, the holders of a
 * permission set, callers of one root field, or addresses in a CIDR); every node keeps a copy and
 * reloads it when a policy changes.
 */
export const rateLimitPolicies = pgTable(
  'rate_limit_policies',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    subjectKind: rateLimitSubjectKind('subject_kind').notNull(),
    /** A user id, a permission set id, a root field name, or an IP / CIDR. */
    subjectValue: text('subject_value').notNull(),
    requestsPerWindow: integer('requests_per_window').notNull(),
    windowSeconds: integer('window_seconds').notNull(),
    /** Complexity points per minute; null: the default budget applies. */
    costPerMinute: integer('cost_per_minute'),
    enabled: boolean('enabled').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('rate_limit_policies_name_uq').on(t.name),
    index('rate_limit_policies_subject_idx').on(t.subjectKind, t.subjectValue),
  ],
);

export type RateLimitPolicyRow = typeof rateLimitPolicies.$inferSelect;
export type NewRateLimitPolicyRow = typeof rateLimitPolicies.$inferInsert;
