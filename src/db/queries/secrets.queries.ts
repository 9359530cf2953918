import { eq, isNotNull, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../client';
import { encryptionKeys, settings, type EncryptionKeyRow } from '../schema';

export async function listEncryptionKeys(db: DbOrTx): Promise<EncryptionKeyRow[]> {
  return db.select().from(encryptionKeys);
}

/** Inserts unless another node created the active key first (partial unique index); true if inserted. */
export async function insertEncryptionKey(db: DbOrTx, row: { kid: string; wrappedKey: string; status: 'ACTIVE' | 'RETIRED' }) {
  const rows = await db.insert(encryptionKeys).values(row).onConflictDoNothing().returning({ kid: encryptionKeys.kid });
  return rows.length === 1;
}

export async function updateWrappedKey(db: DbOrTx, kid: string, wrappedKey: string) {
  await db.update(encryptionKeys).set({ wrappedKey }).where(eq(encryptionKeys.kid, kid));
}

/**
 * The active key id, locked for the rest of the transaction: sealers take it FOR SHARE, rotation
 * FOR UPDATE, so a rotation waits for in-flight seals and then re-encrypts what they wrote.
 */
export async function lockActiveKey(db: DbOrTx, mode: 'share' | 'update'): Promise<string | null> {
  const [row] = await db
    .select({ kid: encryptionKeys.kid })
    .from(encryptionKeys)
    .where(eq(encryptionKeys.status, 'ACTIVE'))
    .for(mode === 'share' ? 'share' : 'update');
  return row?.kid ?? null;
}

export async function retireEncryptionKey(db: DbOrTx, kid: string) {
  await db.update(encryptionKeys).set({ status: 'RETIRED', retiredAt: new Date() }).where(eq(encryptionKeys.kid, kid));
}

export async function findSetting(db: DbOrTx, key: string): Promise<string | null> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, key));
  return row?.value ?? null;
}

/** A sealed column as the rotation sees it: any table, its key column and the sealed column. */
export interface SealedColumnRef {
  table: PgTable;
  id: PgColumn;
  column: PgColumn;
}

export async function lockSealedValues(db: DbOrTx, ref: SealedColumnRef): Promise<Array<{ id: unknown; value: string }>> {
  const rows = await db
    .select({ id: ref.id, value: ref.column })
    .from(ref.table)
    .where(isNotNull(ref.column))
    .for('update');
  return rows as Array<{ id: unknown; value: string }>;
}

export async function updateSealedValue(db: DbOrTx, ref: SealedColumnRef, id: unknown, value: string) {
  await db.execute(sql`update ${ref.table} set ${sql.identifier(ref.column.name)} = ${value} where ${sql.identifier(ref.id.name)} = ${id}`);
}
