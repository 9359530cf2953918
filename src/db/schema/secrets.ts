import { pgEnum, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

export const encryptionKeyStatus = pgEnum('encryption_key_status', ['ACTIVE', 'RETIRED']);

/**
 * Data-encryption keys of the secret box. Each key is itself sealed (wrapped) by the master key
 * (ENCRYPTION_KEY, or the generated one in `settings`), so this table alone opens nothing.
 * Exactly one key is ACTIVE (partial unique index); retired keys stay to open old ciphertexts.
 */
export const encryptionKeys = pgTable(
  'encryption_keys',
  {
    kid: text('kid').primaryKey(),
    wrappedKey: text('wrapped_key').notNull(),
    status: encryptionKeyStatus('status').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('encryption_keys_one_active_uq').on(t.status).where(sql`${t.status} = 'ACTIVE'`)],
);

export type EncryptionKeyRow = typeof encryptionKeys.$inferSelect;
