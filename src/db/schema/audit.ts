import { bigint, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const auditOutcome = pgEnum('audit_outcome', ['SUCCESS', 'DENIED', 'FAILURE']);
export const auditActorType = pgEnum('audit_actor_type', ['USER', 'SYSTEM', 'ANONYMOUS']);

export type AuditChanges = Record<string, { before?: unknown; after?: unknown }>;

/**
 * Append-only: a trigger (migration `audit_append_only`) refuses UPDATE, DELETE and TRUNCATE.
 * The identity id is the order of commit-time insertion and the pagination key (newest first).
 */
export const auditLogs = pgTable(
  'audit_logs',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    actorType: auditActorType('actor_type').notNull(),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    changes: jsonb('changes').$type<AuditChanges>(),
    metadata: jsonb('metadata').$type<Record<string, unknown>>(),
    outcome: auditOutcome('outcome').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    requestId: text('request_id'),
    // Tamper evidence, filled by the `audit_chain` trigger: position in the chain and
    // sha256(previous hash || this row's content). Editing or removing any row breaks every later hash.
    chainSeq: bigint('chain_seq', { mode: 'number' }),
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [
    index('audit_logs_actor_id_idx').on(t.actorId, t.id),
    index('audit_logs_action_idx').on(t.action, t.id),
    index('audit_logs_target_idx').on(t.targetType, t.targetId, t.id),
    index('audit_logs_occurred_at_idx').on(t.occurredAt),
    // Security events link to the audit rows of the request that raised them.
    index('audit_logs_request_id_idx').on(t.requestId),
    uniqueIndex('audit_logs_chain_seq_uq').on(t.chainSeq),
  ],
);

/** The head of the audit hash chain: one row, locked by each audit insert until its commit. */
export const auditChainHead = pgTable('audit_chain_head', {
  id: integer('id').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});

export type AuditLogRow = typeof auditLogs.$inferSelect;
export type NewAuditLogRow = typeof auditLogs.$inferInsert;
