import { and, asc, count, eq, gt, or } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { rateLimitPolicies, type NewRateLimitPolicyRow, type RateLimitPolicyRow } from '../schema';

const policyColumns = {
  id: rateLimitPolicies.id,
  name: rateLimitPolicies.name,
  subjectKind: rateLimitPolicies.subjectKind,
  subjectValue: rateLimitPolicies.subjectValue,
  requestsPerWindow: rateLimitPolicies.requestsPerWindow,
  windowSeconds: rateLimitPolicies.windowSeconds,
  costPerMinute: rateLimitPolicies.costPerMinute,
  enabled: rateLimitPolicies.enabled,
  createdAt: rateLimitPolicies.createdAt,
  updatedAt: rateLimitPolicies.updatedAt,
};

/** Every policy, disabled ones too: each node's copy (policies are few; loaded whole). */
export function listAllPolicies(db: DbOrTx): Promise<RateLimitPolicyRow[]> {
  return db.select(policyColumns).from(rateLimitPolicies);
}

/** A page by name then id, fetching `first + 1` rows so the caller knows whether more follow. */
export function listPolicies(db: DbOrTx, opts: { first: number; after: { name: string; id: string } | null }): Promise<RateLimitPolicyRow[]> {
  const { after } = opts;
  return db
    .select(policyColumns)
    .from(rateLimitPolicies)
    .where(after ? or(gt(rateLimitPolicies.name, after.name), and(eq(rateLimitPolicies.name, after.name), gt(rateLimitPolicies.id, after.id))) : undefined)
    .orderBy(asc(rateLimitPolicies.name), asc(rateLimitPolicies.id))
    .limit(opts.first + 1);
}

export async function countPolicies(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: count() }).from(rateLimitPolicies);
  return row?.n ?? 0;
}

export async function findPolicyById(db: DbOrTx, id: string, opts: { forUpdate?: boolean } = {}): Promise<RateLimitPolicyRow | undefined> {
  const query = db.select(policyColumns).from(rateLimitPolicies).where(eq(rateLimitPolicies.id, id));
  const [row] = await (opts.forUpdate ? query.for('update') : query);
  return row;
}

export async function insertPolicy(db: DbOrTx, row: NewRateLimitPolicyRow): Promise<RateLimitPolicyRow> {
  const [inserted] = await db.insert(rateLimitPolicies).values(row).returning(policyColumns);
  return inserted!;
}

export async function updatePolicy(db: DbOrTx, id: string, patch: Partial<NewRateLimitPolicyRow>): Promise<RateLimitPolicyRow | undefined> {
  const [updated] = await db
    .update(rateLimitPolicies)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(rateLimitPolicies.id, id))
    .returning(policyColumns);
  return updated;
}

export async function deletePolicy(db: DbOrTx, id: string): Promise<boolean> {
  const rows = await db.delete(rateLimitPolicies).where(eq(rateLimitPolicies.id, id)).returning({ id: rateLimitPolicies.id });
  return rows.length > 0;
}
