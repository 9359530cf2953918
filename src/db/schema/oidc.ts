import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * A user's account at an external OpenID provider. The (issuer, subject) pair is the provider's
 * stable identifier for that person; emails change and can be reassigned, subjects cannot.
 */
export const userIdentities = pgTable(
  'user_identities',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    /** The email the provider asserted when the link was made, for operators reading the table. */
    email: text('email'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('user_identities_issuer_subject_uq').on(t.issuer, t.subject),
    index('user_identities_user_id_idx').on(t.userId),
  ],
);

/**
 * Sign-ins in flight: kept in the database (not in memory or a cookie) so that whichever node
 * receives the callback can finish it. Rows are consumed once and expire after ten minutes.
 */
export const oidcLoginStates = pgTable(
  'oidc_login_states',
  {
    state: text('state').primaryKey(),
    nonce: text('nonce').notNull(),
    codeVerifier: text('code_verifier').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('oidc_login_states_expires_at_idx').on(t.expiresAt)],
);

export type UserIdentityRow = typeof userIdentities.$inferSelect;
export type OidcLoginStateRow = typeof oidcLoginStates.$inferSelect;
