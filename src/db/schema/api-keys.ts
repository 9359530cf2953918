import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Grant } from '../../authz/grant.types';
import { permissionSets } from './permissions';
import { users } from './users';

/** Grants as a key stores them: no per-grant window, the key ends at its expires_at. */
export type StoredKeyGrant = Pick<Grant, 'effect' | 'action' | 'scope'>;

/**
 * Machine credentials. A key is worth no more than its owner's live rights: its grants are
 * intersected with the owner's compiled permissions at every request.
 */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid('id').primaryKey(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    grants: jsonb('grants').$type<StoredKeyGrant[]>().notNull(),
    /** Empty: usable from anywhere (the owner's own IP allowlists still apply). */
    allowedCidrs: jsonb('allowed_cidrs').$type<string[]>().notNull().default([]),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by').references(() => users.id, { onDelete: 'set null' }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    lastUsedIp: text('last_used_ip'),
  },
  (t) => [index('api_keys_owner_id_idx').on(t.ownerId, t.id)],
);

/**
 * One row per secret ever issued for a key. The row id is embedded in the secret, so lookup is one
 * primary-key read; rotation ends older secrets at the close of the overlap window.
 */
export const apiKeySecrets = pgTable(
  'api_key_secrets',
  {
    id: uuid('id').primaryKey(),
    apiKeyId: uuid('api_key_id')
      .notNull()
      .references(() => apiKeys.id, { onDelete: 'cascade' }),
    // SHA-256 of a secret with 256 random bits: a fast hash is enough.
    secretHash: text('secret_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Null while current; set by rotation to the end of the overlap window. */
    expiresAt: timestamp('expires_at', { withTimezone: true }),
  },
  (t) => [index('api_key_secrets_api_key_id_idx').on(t.apiKeyId)],
);

/** CIDR allowlists, one row per user or per permission set; no row means no restriction. */
export const ipAllowlists = pgTable(
  'ip_allowlists',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .unique('ip_allowlists_user_id_uq')
      .references(() => users.id, { onDelete: 'cascade' }),
    permissionSetId: uuid('permission_set_id')
      .unique('ip_allowlists_permission_set_id_uq')
      .references(() => permissionSets.id, { onDelete: 'cascade' }),
    cidrs: jsonb('cidrs').$type<string[]>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [check('ip_allowlists_one_subject', sql`(${t.userId} is null) <> (${t.permissionSetId} is null)`)],
);

export type ApiKeyRow = typeof apiKeys.$inferSelect;
export type ApiKeySecretRow = typeof apiKeySecrets.$inferSelect;
export type IpAllowlistRow = typeof ipAllowlists.$inferSelect;
