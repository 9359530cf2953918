import { check, index, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid, boolean } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { GrantScope } from '../../authz/grant.types';
import { users } from './users';

export const grantEffect = pgEnum('grant_effect', ['ALLOW', 'DENY']);

export const permissionSets = pgTable(
  'permission_sets',
  {
    id: uuid('id').primaryKey(),
    // Built-in sets carry a stable key (viewer, developer, admin, owner); custom sets have none.
    builtinKey: text('builtin_key').unique('permission_sets_builtin_key_uq'),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    isBuiltin: boolean('is_builtin').notNull().default(false),
    // Holders (directly or through inheritance) must have a second factor to do anything else.
    requireMfa: boolean('require_mfa').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('permission_sets_name_lower_uq').on(sql`lower(${t.name})`)],
);

export const permissionSetGrants = pgTable(
  'permission_set_grants',
  {
    id: uuid('id').primaryKey(),
    setId: uuid('set_id')
      .notNull()
      .references(() => permissionSets.id, { onDelete: 'cascade' }),
    effect: grantEffect('effect').notNull(),
    action: text('action').notNull(),
    scope: jsonb('scope').$type<GrantScope>().notNull(),
    validFrom: timestamp('valid_from', { withTimezone: true }),
    validUntil: timestamp('valid_until', { withTimezone: true }),
  },
  (t) => [index('permission_set_grants_set_id_idx').on(t.setId)],
);

/** Inheritance edges: set_id inherits every grant of parent_id (a DAG, checked in the service). */
export const permissionSetParents = pgTable(
  'permission_set_parents',
  {
    setId: uuid('set_id')
      .notNull()
      .references(() => permissionSets.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id')
      .notNull()
      .references(() => permissionSets.id, { onDelete: 'restrict' }),
  },
  (t) => [
    primaryKey({ name: 'permission_set_parents_pk', columns: [t.setId, t.parentId] }),
    index('permission_set_parents_parent_id_idx').on(t.parentId),
    check('permission_set_parents_no_self', sql`${t.setId} <> ${t.parentId}`),
  ],
);

export const userPermissionSets = pgTable(
  'user_permission_sets',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    setId: uuid('set_id')
      .notNull()
      .references(() => permissionSets.id, { onDelete: 'cascade' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    grantedBy: uuid('granted_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'user_permission_sets_pk', columns: [t.userId, t.setId] }),
    index('user_permission_sets_set_id_idx').on(t.setId, t.userId),
  ],
);

/** Grants held by a user directly, outside any set. */
export const userGrants = pgTable(
  'user_grants',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    effect: grantEffect('effect').notNull(),
    action: text('action').notNull(),
    scope: jsonb('scope').$type<GrantScope>().notNull(),
    validFrom: timestamp('valid_from', { withTimezone: true }),
    validUntil: timestamp('valid_until', { withTimezone: true }),
    grantedBy: uuid('granted_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('user_grants_user_id_idx').on(t.userId)],
);

export const delegations = pgTable(
  'delegations',
  {
    id: uuid('id').primaryKey(),
    delegatorId: uuid('delegator_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    delegateeId: uuid('delegatee_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    grants: jsonb('grants').$type<Array<{ effect: 'ALLOW' | 'DENY'; action: string; scope: GrantScope }>>().notNull(),
    reason: text('reason'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('delegations_delegatee_id_idx').on(t.delegateeId),
    index('delegations_delegator_id_idx').on(t.delegatorId),
    check('delegations_not_self', sql`${t.delegatorId} <> ${t.delegateeId}`),
  ],
);

export type PermissionSetRow = typeof permissionSets.$inferSelect;
export type PermissionSetGrantRow = typeof permissionSetGrants.$inferSelect;
export type UserPermissionSetRow = typeof userPermissionSets.$inferSelect;
export type UserGrantRow = typeof userGrants.$inferSelect;
export type DelegationRow = typeof delegations.$inferSelect;
