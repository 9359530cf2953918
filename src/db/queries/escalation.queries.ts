import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { alertEscalations, alertRules, escalationPolicies, notificationChannels, users, type AlertEscalationRow, type EscalationPolicyRow } from '../schema';

export type NewEscalationPolicy = typeof escalationPolicies.$inferInsert;

export async function insertPolicy(db: DbOrTx, row: NewEscalationPolicy): Promise<EscalationPolicyRow> {
  const [created] = await db.insert(escalationPolicies).values(row).returning();
  return created!;
}

export async function updatePolicyRow(db: DbOrTx, id: string, patch: Partial<NewEscalationPolicy>): Promise<EscalationPolicyRow> {
  const [row] = await db
    .update(escalationPolicies)
    .set({ ...patch, version: sql`${escalationPolicies.version} + 1`, updatedAt: new Date() })
    .where(eq(escalationPolicies.id, id))
    .returning();
  return row!;
}

export async function deletePolicyRow(db: DbOrTx, id: string): Promise<void> {
  await db.delete(escalationPolicies).where(eq(escalationPolicies.id, id));
}

export async function lockPolicy(db: DbOrTx, id: string): Promise<EscalationPolicyRow | undefined> {
  const [row] = await db.select().from(escalationPolicies).where(eq(escalationPolicies.id, id)).for('update');
  return row;
}

export async function findPolicyByName(db: DbOrTx, name: string): Promise<EscalationPolicyRow | undefined> {
  const [row] = await db.select().from(escalationPolicies).where(sql`lower(${escalationPolicies.name}) = lower(${name})`);
  return row;
}

/** The policy a rule names (its alerts follow it), if the rule still exists and names one. */
export async function findRulePolicy(db: DbOrTx, ruleId: string): Promise<EscalationPolicyRow | undefined> {
  const [row] = await db
    .select({ policy: escalationPolicies })
    .from(alertRules)
    .innerJoin(escalationPolicies, eq(escalationPolicies.id, alertRules.escalationPolicyId))
    .where(eq(alertRules.id, ruleId));
  return row?.policy;
}

export async function findDefaultPolicy(db: DbOrTx): Promise<EscalationPolicyRow | undefined> {
  const [row] = await db.select().from(escalationPolicies).where(eq(escalationPolicies.isDefault, true));
  return row;
}

/** Clears the default flag of every policy but `exceptId` (only one default at a time). */
export async function clearDefaultPolicy(db: DbOrTx, exceptId: string): Promise<void> {
  await db
    .update(escalationPolicies)
    .set({ isDefault: false })
    .where(and(eq(escalationPolicies.isDefault, true), sql`${escalationPolicies.id} <> ${exceptId}`));
}

export async function policyNameTaken(db: DbOrTx, name: string, exceptId?: string): Promise<boolean> {
  const rows = await db
    .select({ id: escalationPolicies.id })
    .from(escalationPolicies)
    .where(sql`lower(${escalationPolicies.name}) = lower(${name})${exceptId ? sql` and ${escalationPolicies.id} <> ${exceptId}` : sql``}`);
  return rows.length > 0;
}

export function listPolicies(db: DbOrTx, opts: { first: number; afterId: string | null }): Promise<EscalationPolicyRow[]> {
  return db
    .select()
    .from(escalationPolicies)
    .where(opts.afterId ? gt(escalationPolicies.id, opts.afterId) : undefined)
    .orderBy(asc(escalationPolicies.id))
    .limit(opts.first + 1);
}

export async function countPolicies(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(escalationPolicies);
  return row!.n;
}

/** Which of these ids are channels (a level naming an unknown channel is refused). */
export async function existingChannelIds(db: DbOrTx, ids: string[]): Promise<Array<{ id: string; type: string }>> {
  if (ids.length === 0) return [];
  return db.select({ id: notificationChannels.id, type: notificationChannels.type }).from(notificationChannels).where(inArray(notificationChannels.id, ids));
}

/** The named users that exist, with the labels users:read is decided on. */
export async function existingUsers(db: DbOrTx, ids: string[]): Promise<Array<{ id: string; labels: Record<string, string> }>> {
  if (ids.length === 0) return [];
  return db.select({ id: users.id, labels: users.labels }).from(users).where(inArray(users.id, ids));
}

/** The addresses of the users that may be paged now: ACTIVE only (never suspended or deleted). */
export async function activeUserEmails(db: DbOrTx, ids: string[]): Promise<Array<{ id: string; email: string }>> {
  if (ids.length === 0) return [];
  return db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(inArray(users.id, ids), eq(users.status, 'ACTIVE'), sql`${users.deletedAt} is null`));
}

export async function insertEscalation(db: DbOrTx, row: typeof alertEscalations.$inferInsert): Promise<AlertEscalationRow | undefined> {
  const [created] = await db.insert(alertEscalations).values(row).onConflictDoNothing().returning();
  return created;
}

export async function findEscalation(db: DbOrTx, alertId: string): Promise<AlertEscalationRow | undefined> {
  const [row] = await db.select().from(alertEscalations).where(eq(alertEscalations.alertId, alertId));
  return row;
}

/** The escalations of many alerts, in no order. */
export async function findEscalations(db: DbOrTx, alertIds: string[]): Promise<AlertEscalationRow[]> {
  if (alertIds.length === 0) return [];
  return db.select().from(alertEscalations).where(inArray(alertEscalations.alertId, alertIds));
}

export async function updateEscalation(db: DbOrTx, alertId: string, patch: Partial<Pick<AlertEscalationRow, 'cycle' | 'round' | 'active'>>): Promise<void> {
  await db.update(alertEscalations).set({ ...patch, updatedAt: new Date() }).where(eq(alertEscalations.alertId, alertId));
}
