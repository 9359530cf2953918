import { index, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const securitySeverity = pgEnum('security_severity', ['INFO', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL']);

/**
 * What threat detection noticed: each row links to the audit events behind it (their request id,
 * and audit ids where known), so an analyst can go from the signal to the evidence.
 */
export const securityEvents = pgTable(
  'security_events',
  {
    id: uuid('id').primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    kind: text('kind').notNull(),
    severity: securitySeverity('severity').notNull(),
    /** The user the event is about (the actor, or the targeted account). */
    userId: uuid('user_id'),
    apiKeyId: uuid('api_key_id'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    summary: text('summary').notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    requestId: text('request_id'),
    auditIds: jsonb('audit_ids').$type<number[]>().notNull().default([]),
    /**
     * Detectors that must raise an event once per thing (a broken chain position, a reused
     * session) set this: the unique index makes that hold across nodes, whoever inserts first.
     */
    dedupKey: text('dedup_key'),
  },
  (t) => [
    index('security_events_kind_idx').on(t.kind, t.id),
    // Reports read a time range in keyset batches.
    index('security_events_occurred_idx').on(t.occurredAt, t.id),
    index('security_events_user_idx').on(t.userId, t.id),
    index('security_events_severity_idx').on(t.severity, t.id),
    uniqueIndex('security_events_dedup_key_uq').on(t.dedupKey),
  ],
);

export type SecurityEventRow = typeof securityEvents.$inferSelect;
export type NewSecurityEventRow = typeof securityEvents.$inferInsert;
