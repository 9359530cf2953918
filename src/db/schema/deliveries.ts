import { sql } from 'drizzle-orm';
import { bigserial, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { notificationChannels, type ChannelType } from './channels';

export const DELIVERY_STATUSES = ['PENDING', 'SUCCEEDED', 'FAILED', 'DEAD'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export const ATTEMPT_OUTCOMES = ['IN_FLIGHT', 'SUCCEEDED', 'RETRY', 'FAILED', 'INTERRUPTED'] as const;
export type AttemptOutcome = (typeof ATTEMPT_OUTCOMES)[number];

/**
 * One outbound send the product owes someone (an alert notification, a report, a test). The row is
 * the truth a delivery job checks before every attempt: a job run again after a crash finds
 * SUCCEEDED and sends nothing. Either `channel_id` (a configured channel; its settings are read at
 * each attempt) or an inline target (`target_type`, `target_settings`, `target_secrets_sealed`).
 */
export const deliveries = pgTable(
  'deliveries',
  {
    id: uuid('id').primaryKey(),
    channelId: uuid('channel_id').references(() => notificationChannels.id, { onDelete: 'set null' }),
    channelType: text('channel_type').$type<ChannelType>().notNull(),
    targetSettings: jsonb('target_settings').$type<Record<string, unknown>>(),
    targetSecretsSealed: text('target_secrets_sealed'),
    originKind: text('origin_kind').notNull(),
    originId: text('origin_id').notNull(),
    /** The caller's key: enqueueing the same key twice yields one delivery. */
    idempotencyKey: text('idempotency_key').notNull(),
    /** What is sent (the neutral message), rendered per channel at each attempt. */
    message: jsonb('message').$type<Record<string, unknown>>().notNull(),
    summary: text('summary').notNull(),
    status: text('status').$type<DeliveryStatus>().notNull().default('PENDING'),
    attempts: integer('attempts').notNull().default(0),
    /** Attempts allowed before DEAD; retryDelivery raises it by DELIVERY_MAX_ATTEMPTS. */
    maxAttempts: integer('max_attempts').notNull(),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
    /** Set while an attempt is in flight; another run of the job leaves the delivery alone until then. */
    claimedUntil: timestamp('claimed_until', { withTimezone: true }),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('deliveries_idempotency_key_uq').on(t.idempotencyKey),
    index('deliveries_channel_id_idx').on(t.channelId, t.id),
    index('deliveries_origin_idx').on(t.originKind, t.originId, t.id),
    index('deliveries_status_idx').on(t.status, t.id),
    check('deliveries_status_ck', sql`${t.status} in ('PENDING', 'SUCCEEDED', 'FAILED', 'DEAD')`),
  ],
);

/** Every attempt of a delivery, kept with its outcome: what `notificationDeliveries` shows. */
export const deliveryAttempts = pgTable(
  'delivery_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    deliveryId: uuid('delivery_id')
      .notNull()
      .references(() => deliveries.id, { onDelete: 'cascade' }),
    attempt: integer('attempt').notNull(),
    outcome: text('outcome').$type<AttemptOutcome>().notNull(),
    statusCode: integer('status_code'),
    latencyMs: integer('latency_ms'),
    /** Why it failed, scrubbed of the channel's secrets. */
    error: text('error'),
    /** When the next attempt was scheduled for (RETRY only). */
    retryAt: timestamp('retry_at', { withTimezone: true }),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('delivery_attempts_delivery_attempt_uq').on(t.deliveryId, t.attempt)],
);

export type DeliveryRow = typeof deliveries.$inferSelect;
export type DeliveryAttemptRow = typeof deliveryAttempts.$inferSelect;
