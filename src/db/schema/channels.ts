import { sql } from 'drizzle-orm';
import { check, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

export const CHANNEL_TYPES = ['EMAIL', 'SLACK', 'PAGERDUTY', 'WEBHOOK', 'SMS'] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

/**
 * Where alert notifications go. `settings` holds only what may be shown to anyone with
 * alerts:read; every credential (SMTP password, Slack webhook URL, routing key, signing secret,
 * auth token) is in `secrets_sealed`: one secret-box ciphertext of a JSON object, registered in
 * SEALED so key rotation re-seals it. `secret_names` says which secrets are set, never their values.
 */
export const notificationChannels = pgTable(
  'notification_channels',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    type: text('type').$type<ChannelType>().notNull(),
    settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
    secretsSealed: text('secrets_sealed'),
    secretNames: jsonb('secret_names').$type<string[]>().notNull().default([]),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('notification_channels_name_uq').on(sql`lower(${t.name})`),
    check('notification_channels_type_ck', sql`${t.type} in ('EMAIL', 'SLACK', 'PAGERDUTY', 'WEBHOOK', 'SMS')`),
  ],
);

export type NotificationChannelRow = typeof notificationChannels.$inferSelect;
