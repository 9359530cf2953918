import { and, desc, eq, gt, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../client';
import { silences, type SilenceRow } from '../schema';

export type SilenceState = 'ACTIVE' | 'PENDING' | 'EXPIRED';

export interface SilenceListFilter {
  states?: SilenceState[] | null;
  reachable?: SQL;
}

function stateSql(state: SilenceState, now: Date): SQL {
  switch (state) {
    case 'EXPIRED':
      return lte(silences.endsAt, now);
    case 'PENDING':
      return and(gt(silences.startsAt, now), gt(silences.endsAt, now))!;
    case 'ACTIVE':
      return and(lte(silences.startsAt, now), gt(silences.endsAt, now))!;
  }
}

function conditions(filter: SilenceListFilter, now: Date): SQL[] {
  const out: SQL[] = [];
  if (filter.states?.length) out.push(sql`(${sql.join(filter.states.map((s) => stateSql(s, now)), sql` or `)})`);
  if (filter.reachable) out.push(filter.reachable);
  return out;
}

export function listSilences(db: DbOrTx, filter: SilenceListFilter, page: { first: number; afterId?: string | null }, now = new Date()): Promise<SilenceRow[]> {
  const where = conditions(filter, now);
  if (page.afterId) where.push(lt(silences.id, page.afterId));
  return db
    .select()
    .from(silences)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(silences.id))
    .limit(page.first + 1);
}

export async function countSilences(db: DbOrTx, filter: SilenceListFilter, now = new Date()): Promise<number> {
  const where = conditions(filter, now);
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(silences).where(where.length ? and(...where) : undefined);
  return row?.n ?? 0;
}

/** Silences in force at `now`. */
export function activeSilences(db: DbOrTx, now = new Date()): Promise<SilenceRow[]> {
  return db.select().from(silences).where(stateSql('ACTIVE', now));
}

export async function findSilence(db: DbOrTx, id: string): Promise<SilenceRow | undefined> {
  const [row] = await db.select().from(silences).where(eq(silences.id, id));
  return row;
}

export async function lockSilence(tx: Tx, id: string): Promise<SilenceRow | undefined> {
  const [row] = await tx.select().from(silences).where(eq(silences.id, id)).for('update');
  return row;
}

export async function insertSilence(tx: DbOrTx, row: typeof silences.$inferInsert): Promise<SilenceRow> {
  const [created] = await tx.insert(silences).values(row).returning();
  return created!;
}

export async function updateSilence(tx: DbOrTx, id: string, patch: Partial<typeof silences.$inferInsert>): Promise<SilenceRow> {
  const [row] = await tx.update(silences).set({ ...patch, updatedAt: new Date() }).where(eq(silences.id, id)).returning();
  return row!;
}
