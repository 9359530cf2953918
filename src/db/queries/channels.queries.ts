import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { notificationChannels, type NotificationChannelRow } from '../schema';

export type NewChannel = typeof notificationChannels.$inferInsert;

export async function insertChannel(db: DbOrTx, row: NewChannel): Promise<NotificationChannelRow> {
  const [created] = await db.insert(notificationChannels).values(row).returning();
  return created!;
}

export async function findChannel(db: DbOrTx, id: string): Promise<NotificationChannelRow | undefined> {
  const [row] = await db.select().from(notificationChannels).where(eq(notificationChannels.id, id));
  return row;
}

export async function lockChannel(db: DbOrTx, id: string): Promise<NotificationChannelRow | undefined> {
  const [row] = await db.select().from(notificationChannels).where(eq(notificationChannels.id, id)).for('update');
  return row;
}

export async function channelNameTaken(db: DbOrTx, name: string, exceptId?: string): Promise<boolean> {
  const rows = await db
    .select({ id: notificationChannels.id })
    .from(notificationChannels)
    .where(sql`lower(${notificationChannels.name}) = lower(${name})${exceptId ? sql` and ${notificationChannels.id} <> ${exceptId}` : sql``}`);
  return rows.length > 0;
}

export async function updateChannelRow(
  db: DbOrTx,
  id: string,
  patch: Pick<NewChannel, 'name' | 'settings' | 'secretsSealed' | 'secretNames'>,
): Promise<NotificationChannelRow> {
  const [row] = await db.update(notificationChannels).set({ ...patch, updatedAt: sql`now()` }).where(eq(notificationChannels.id, id)).returning();
  return row!;
}

export async function deleteChannelRow(db: DbOrTx, id: string): Promise<boolean> {
  const rows = await db.delete(notificationChannels).where(eq(notificationChannels.id, id)).returning({ id: notificationChannels.id });
  return rows.length > 0;
}

/** Channels by name (keyset on id within the name order would need a compound cursor: ids are time-ordered, so id order is creation order). */
export async function listChannels(db: DbOrTx, opts: { first: number; afterId: string | null }): Promise<NotificationChannelRow[]> {
  return db
    .select()
    .from(notificationChannels)
    .where(opts.afterId ? and(gt(notificationChannels.id, opts.afterId)) : undefined)
    .orderBy(asc(notificationChannels.id))
    .limit(opts.first + 1);
}

export async function countChannels(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(notificationChannels);
  return row!.n;
}
