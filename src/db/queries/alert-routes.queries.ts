import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import {
  alertGroupMembers,
  alertGroups,
  alertRoutingTree,
  alerts,
  alertTimeIntervals,
  type AlertGroupRow,
  type AlertRoutingTreeRow,
  type AlertRow,
  type AlertTimeIntervalRow,
  type StoredRoute,
  type StoredTimeRange,
} from '../schema';

export async function findRoutingTree(db: DbOrTx): Promise<AlertRoutingTreeRow | undefined> {
  const [row] = await db.select().from(alertRoutingTree).where(eq(alertRoutingTree.id, 1));
  return row;
}

/** Replaces the tree (creating the row on first save) and bumps its version. */
export async function saveRoutingTree(db: DbOrTx, root: StoredRoute, updatedBy: string | null): Promise<AlertRoutingTreeRow> {
  const [row] = await db
    .insert(alertRoutingTree)
    .values({ id: 1, root, updatedBy })
    .onConflictDoUpdate({ target: alertRoutingTree.id, set: { root, updatedBy, version: sql`${alertRoutingTree.version} + 1`, updatedAt: new Date() } })
    .returning();
  return row!;
}

/** Serializes tree edits (the row may not exist yet, so an advisory lock rather than a row lock). */
export async function lockRoutingTree(db: DbOrTx): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext('alert_routing_tree'))`);
}

export async function listTimeIntervals(db: DbOrTx, names?: string[]): Promise<AlertTimeIntervalRow[]> {
  if (names && names.length === 0) return [];
  return db
    .select()
    .from(alertTimeIntervals)
    .where(names ? inArray(alertTimeIntervals.name, names) : undefined)
    .orderBy(asc(alertTimeIntervals.name));
}

export async function findTimeInterval(db: DbOrTx, id: string, lock = false): Promise<AlertTimeIntervalRow | undefined> {
  const q = db.select().from(alertTimeIntervals).where(eq(alertTimeIntervals.id, id));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

export async function timeIntervalNameTaken(db: DbOrTx, name: string, exceptId?: string): Promise<boolean> {
  const rows = await db
    .select({ id: alertTimeIntervals.id })
    .from(alertTimeIntervals)
    .where(and(eq(alertTimeIntervals.name, name), exceptId ? sql`${alertTimeIntervals.id} <> ${exceptId}` : undefined));
  return rows.length > 0;
}

export async function insertTimeInterval(db: DbOrTx, row: { id: string; name: string; ranges: StoredTimeRange[] }): Promise<AlertTimeIntervalRow> {
  const [created] = await db.insert(alertTimeIntervals).values(row).returning();
  return created!;
}

export async function updateTimeIntervalRow(db: DbOrTx, id: string, set: { name: string; ranges: StoredTimeRange[] }): Promise<AlertTimeIntervalRow> {
  const [row] = await db
    .update(alertTimeIntervals)
    .set({ ...set, updatedAt: new Date() })
    .where(eq(alertTimeIntervals.id, id))
    .returning();
  return row!;
}

export async function deleteTimeIntervalRow(db: DbOrTx, id: string): Promise<void> {
  await db.delete(alertTimeIntervals).where(eq(alertTimeIntervals.id, id));
}

/**
 * Finds or creates the group of this key (an upsert takes the row lock, so it serializes with a
 * flush deleting the group). `created` tells the caller to schedule the first flush.
 */
export async function upsertGroup(db: DbOrTx, row: { id: string; routeId: string; groupKey: string; groupLabels: Record<string, string> }): Promise<{ id: string; created: boolean }> {
  const [r] = await db
    .insert(alertGroups)
    .values(row)
    .onConflictDoUpdate({ target: alertGroups.groupKey, set: { updatedAt: new Date() } })
    .returning({ id: alertGroups.id, created: sql<boolean>`(xmax = 0)` });
  return r!;
}

export async function addGroupMember(db: DbOrTx, groupId: string, alertId: string): Promise<void> {
  await db.insert(alertGroupMembers).values({ groupId, alertId }).onConflictDoNothing();
}

export async function lockGroup(db: DbOrTx, id: string): Promise<AlertGroupRow | undefined> {
  const [row] = await db.select().from(alertGroups).where(eq(alertGroups.id, id)).for('update');
  return row;
}

export async function groupMembers(db: DbOrTx, groupId: string): Promise<Array<{ alert: AlertRow; notifiedFiring: boolean }>> {
  const rows = await db
    .select({ alert: alerts, notifiedFiring: alertGroupMembers.notifiedFiring })
    .from(alertGroupMembers)
    .innerJoin(alerts, eq(alerts.id, alertGroupMembers.alertId))
    .where(eq(alertGroupMembers.groupId, groupId))
    .orderBy(asc(alerts.id));
  return rows;
}

export async function markNotifiedFiring(db: DbOrTx, groupId: string, alertIds: string[]): Promise<void> {
  if (alertIds.length === 0) return;
  await db
    .update(alertGroupMembers)
    .set({ notifiedFiring: true })
    .where(and(eq(alertGroupMembers.groupId, groupId), inArray(alertGroupMembers.alertId, alertIds)));
}

export async function removeGroupMembers(db: DbOrTx, groupId: string, alertIds: string[]): Promise<void> {
  if (alertIds.length === 0) return;
  await db.delete(alertGroupMembers).where(and(eq(alertGroupMembers.groupId, groupId), inArray(alertGroupMembers.alertId, alertIds)));
}

export async function updateGroup(db: DbOrTx, id: string, set: Partial<Pick<AlertGroupRow, 'flushSeq' | 'lastFiring' | 'lastNotifiedAt' | 'lastFlapping' | 'acknowledgedAt'>>): Promise<void> {
  await db
    .update(alertGroups)
    .set({ ...set, updatedAt: new Date() })
    .where(eq(alertGroups.id, id));
}

export async function deleteGroup(db: DbOrTx, id: string): Promise<void> {
  await db.delete(alertGroups).where(eq(alertGroups.id, id));
}

/** The routes whose groups hold this alert (one indexed read: most re-sent alerts are already placed). */
export async function routesHoldingAlert(db: DbOrTx, alertId: string): Promise<Set<string>> {
  const rows = await db
    .select({ routeId: alertGroups.routeId })
    .from(alertGroupMembers)
    .innerJoin(alertGroups, eq(alertGroups.id, alertGroupMembers.groupId))
    .where(eq(alertGroupMembers.alertId, alertId));
  return new Set(rows.map((r) => r.routeId));
}

/** The groups holding this alert with the alert's member row, locked (an ack or resolve re-reads their state). */
export async function lockGroupsHoldingAlert(db: DbOrTx, alertId: string): Promise<Array<{ group: AlertGroupRow; notifiedFiring: boolean }>> {
  return db
    .select({ group: alertGroups, notifiedFiring: alertGroupMembers.notifiedFiring })
    .from(alertGroupMembers)
    .innerJoin(alertGroups, eq(alertGroups.id, alertGroupMembers.groupId))
    .where(eq(alertGroupMembers.alertId, alertId))
    .orderBy(asc(alertGroups.id))
    .for('update', { of: alertGroups });
}

/**
 * Every alert the group notified as firing and still open is acknowledged (and there is one).
 * Two EXISTS, no row counting: an intake batch resolving a thousand alerts of one group asks this
 * per alert.
 */
export async function everyNotifiedAcknowledged(db: DbOrTx, groupId: string): Promise<boolean> {
  const notified = (status: 'ACKNOWLEDGED' | 'FIRING') => sql`exists (
    select 1 from ${alertGroupMembers} m join ${alerts} a on a.id = m.alert_id
    where m.group_id = ${groupId} and m.notified_firing and a.status = ${status})`;
  const [row] = await db.execute<{ acked: boolean }>(sql`select ${notified('ACKNOWLEDGED')} and not ${notified('FIRING')} as acked`);
  return row?.acked === true;
}
