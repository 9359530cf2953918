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
    // Tamper evidence, filled by the `audit_logs_chain` trigger at insert: a unique number
    // (increasing within a transaction; gaps where a transaction rolled back), and
    // sha256(previous hash || this row's content). Since migration `audit_chain_per_transaction`
    // the previous hash is that of the row written before it in the same transaction (null for the
    // first), and `chainTxn` names that first row's chainSeq: the block the transaction sealed at
    // commit. Rows from before that migration (chainTxn null) form one chain, verified as before.
    chainSeq: bigint('chain_seq', { mode: 'number' }),
    prevHash: text('prev_hash'),
    hash: text('hash'),
    chainTxn: bigint('chain_txn', { mode: 'number' }),
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

/**
 * The head of the audit hash chain: one row, updated once per committing transaction that wrote
 * audit rows (by the deferred `audit_logs_seal` trigger), locked from then until its commit, so
 * blocks are chained in commit order. `seq` counts the chained rows, `hash` is the newest block's.
 */
export const auditChainHead = pgTable('audit_chain_head', {
  id: integer('id').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
  blockSeq: bigint('block_seq', { mode: 'number' }).notNull().default(0),
});

/**
 * One block per transaction that wrote audit rows, in commit order. Block 0 stands for the rows
 * chained one by one before migration `audit_chain_per_transaction` (its hash is their last hash).
 * hash = sha256(prev block hash, block seq, first row's chainSeq, last row's chainSeq, row count,
 * the transaction's last row hash): removing, adding or editing a row or a whole block shows.
 */
export const auditChainBlocks = pgTable(
  'audit_chain_blocks',
  {
    blockSeq: bigint('block_seq', { mode: 'number' }).primaryKey(),
    firstSeq: bigint('first_seq', { mode: 'number' }),
    lastSeq: bigint('last_seq', { mode: 'number' }),
    rowCount: bigint('row_count', { mode: 'number' }).notNull(),
    /** Chained rows up to and including this block (the head's `seq` once it was sealed). */
    chainedRows: bigint('chained_rows', { mode: 'number' }).notNull(),
    tailHash: text('tail_hash'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    sealedAt: timestamp('sealed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('audit_chain_blocks_first_seq_uq').on(t.firstSeq)],
);

/**
 * Signed checkpoints: (block, rows, hash) MACed with a key derived from the secret box's master
 * key, so verification can start at the newest valid one and a rewritten history before it shows.
 */
export const auditCheckpoints = pgTable('audit_checkpoints', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  blockSeq: bigint('block_seq', { mode: 'number' }).notNull(),
  chainedRows: bigint('chained_rows', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  /** Key id of the master key the MAC key was derived from (rotation keeps old ones verifiable). */
  kid: text('kid').notNull(),
  mac: text('mac').notNull(),
}, (t) => [index('audit_checkpoints_block_seq_idx').on(t.blockSeq)]);

export type AuditCheckpointRow = typeof auditCheckpoints.$inferSelect;
export type AuditLogRow = typeof auditLogs.$inferSelect;
export type NewAuditLogRow = typeof auditLogs.$inferInsert;
