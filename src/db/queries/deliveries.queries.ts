import { and, desc, eq, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { deliveries, deliveryAttempts, type DeliveryAttemptRow, type DeliveryRow, type DeliveryStatus } from '../schema';

export type NewDelivery = typeof deliveries.$inferInsert;

/** Inserts unless the idempotency key exists; returns the row and whether it is new. */
export async function insertDeliveryOnce(db: DbOrTx, row: NewDelivery): Promise<{ row: DeliveryRow; created: boolean }> {
  const [created] = await db.insert(deliveries).values(row).onConflictDoNothing({ target: deliveries.idempotencyKey }).returning();
  if (created) return { row: created, created: true };
  const [existing] = await db.select().from(deliveries).where(eq(deliveries.idempotencyKey, row.idempotencyKey));
  return { row: existing!, created: false };
}

export async function findDelivery(db: DbOrTx, id: string): Promise<DeliveryRow | undefined> {
  const [row] = await db.select().from(deliveries).where(eq(deliveries.id, id));
  return row;
}

export async function lockDelivery(db: DbOrTx, id: string): Promise<DeliveryRow | undefined> {
  const [row] = await db.select().from(deliveries).where(eq(deliveries.id, id)).for('update');
  return row;
}

export async function updateDelivery(db: DbOrTx, id: string, patch: Partial<NewDelivery>): Promise<void> {
  await db.update(deliveries).set({ ...patch, updatedAt: sql`now()` }).where(eq(deliveries.id, id));
}

export async function insertAttempt(db: DbOrTx, row: typeof deliveryAttempts.$inferInsert): Promise<void> {
  await db.insert(deliveryAttempts).values(row);
}

export async function finishAttempt(
  db: DbOrTx,
  deliveryId: string,
  attempt: number,
  patch: Pick<DeliveryAttemptRow, 'outcome' | 'statusCode' | 'latencyMs' | 'error' | 'retryAt'>,
): Promise<void> {
  await db
    .update(deliveryAttempts)
    .set({ ...patch, finishedAt: sql`now()` })
    .where(and(eq(deliveryAttempts.deliveryId, deliveryId), eq(deliveryAttempts.attempt, attempt)));
}

/** An attempt a crash left open (its node died mid-send): marked, so the log shows every attempt. */
export async function closeInterruptedAttempts(db: DbOrTx, deliveryId: string): Promise<void> {
  await db
    .update(deliveryAttempts)
    .set({ outcome: 'INTERRUPTED', error: 'the attempt did not finish (the worker stopped mid-send)', finishedAt: sql`now()` })
    .where(and(eq(deliveryAttempts.deliveryId, deliveryId), eq(deliveryAttempts.outcome, 'IN_FLIGHT')));
}

export interface DeliveryFilter {
  channelId?: string;
  status?: DeliveryStatus;
  originKind?: string;
  originId?: string;
}

function filterWhere(f: DeliveryFilter): SQL[] {
  const where: SQL[] = [];
  if (f.channelId) where.push(eq(deliveries.channelId, f.channelId));
  if (f.status) where.push(eq(deliveries.status, f.status));
  if (f.originKind) where.push(eq(deliveries.originKind, f.originKind));
  if (f.originId) where.push(eq(deliveries.originId, f.originId));
  return where;
}

/** Newest first (ids are time-ordered), keyset on id. */
export async function listDeliveries(db: DbOrTx, f: DeliveryFilter, opts: { first: number; beforeId: string | null }): Promise<DeliveryRow[]> {
  const where = filterWhere(f);
  if (opts.beforeId) where.push(lt(deliveries.id, opts.beforeId));
  return db
    .select()
    .from(deliveries)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(deliveries.id))
    .limit(opts.first + 1);
}

export async function countDeliveries(db: DbOrTx, f: DeliveryFilter): Promise<number> {
  const where = filterWhere(f);
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(deliveries).where(where.length ? and(...where) : undefined);
  return row!.n;
}

/** The attempts of a page of deliveries, in one statement. */
export async function attemptsOf(db: DbOrTx, deliveryIds: string[]): Promise<DeliveryAttemptRow[]> {
  if (deliveryIds.length === 0) return [];
  return db.select().from(deliveryAttempts).where(inArray(deliveryAttempts.deliveryId, deliveryIds)).orderBy(deliveryAttempts.deliveryId, deliveryAttempts.attempt);
}

/**
 * Deletes finished deliveries (SUCCEEDED, FAILED, DEAD) completed before `before`, their attempts
 * with them (cascade), in batches so one run never holds long locks. Returns how many.
 */
export async function purgeDeliveriesBefore(db: DbOrTx, before: Date, batch = 1000): Promise<number> {
  let total = 0;
  for (;;) {
    const rows = await db.execute<{ id: string }>(sql`
      delete from ${deliveries} where ${deliveries.id} in (
        select ${deliveries.id} from ${deliveries}
        where ${deliveries.status} <> 'PENDING' and ${deliveries.completedAt} < ${before.toISOString()}::timestamptz
        limit ${batch}
      ) returning ${deliveries.id}`);
    total += rows.length;
    if (rows.length < batch) return total;
  }
}

/**
 * The saved channels that were sent one of `events` on behalf of this origin (an alert, an alert
 * group): who must hear its acknowledgement or resolution. One indexed read (origin index); inline
 * targets (user e-mails) have no channel and are left out.
 */
export async function channelsToldAbout(db: DbOrTx, origin: { kind: string; id: string }, events: readonly string[]): Promise<Array<{ channelId: string; channelType: DeliveryRow['channelType'] }>> {
  const rows = await db
    .selectDistinct({ channelId: deliveries.channelId, channelType: deliveries.channelType })
    .from(deliveries)
    .where(
      and(
        eq(deliveries.originKind, origin.kind),
        eq(deliveries.originId, origin.id),
        sql`${deliveries.channelId} is not null`,
        inArray(sql<string>`${deliveries.message}->>'event'`, [...events]),
      ),
    )
    .orderBy(deliveries.channelId);
  return rows.map((r) => ({ channelId: r.channelId!, channelType: r.channelType }));
}
