import { sql } from 'drizzle-orm';
import type { Tx } from '../client';

/**
 * Advisory locks serialising work across every node. The keys live together so no two features
 * can pick the same number by accident.
 */
export const ADVISORY_LOCKS = {
  migrations: 727_001,
  bootstrap: 727_002,
  setGraph: 727_003,
  /** Nodes starting together write the built-in sets one after the other. */
  builtinSets: 727_005,
  /** Two-key form: the second key is a hash of the (issuer, subject) pair. */
  oidcIdentity: 727_004,
} as const;

/** Held until the transaction ends. */
export async function lockForTransaction(tx: Tx, lock: keyof typeof ADVISORY_LOCKS): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${ADVISORY_LOCKS[lock]})`);
}
