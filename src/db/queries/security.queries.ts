import { securityEvents, type NewSecurityEventRow, type SecurityEventRow } from '../schema';
import type { DbOrTx } from '../client';

export async function insertSecurityEvent(db: DbOrTx, row: NewSecurityEventRow): Promise<SecurityEventRow> {
  const [inserted] = await db.insert(securityEvents).values(row).returning();
  return inserted!;
}
