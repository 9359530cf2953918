import { and, count, desc, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { apiKeys, apiKeySecrets, users, type ApiKeyRow, type StoredKeyGrant } from '../schema';

/** Every column but none that would matter to an attacker: secrets live in their own table. */
export type ApiKeyView = ApiKeyRow;

export async function insertApiKey(
  db: DbOrTx,
  row: { id: string; ownerId: string; name: string; grants: StoredKeyGrant[]; allowedCidrs: string[]; expiresAt: Date },
): Promise<ApiKeyRow> {
  const [created] = await db.insert(apiKeys).values(row).returning();
  return created!;
}

export async function insertApiKeySecret(db: DbOrTx, row: { id: string; apiKeyId: string; secretHash: string }) {
  await db.insert(apiKeySecrets).values(row);
}

function secretLookup(db: DbOrTx) {
  return db
    .select({
      secretId: apiKeySecrets.id,
      secretHash: apiKeySecrets.secretHash,
      secretExpiresAt: apiKeySecrets.expiresAt,
      id: apiKeys.id,
      ownerId: apiKeys.ownerId,
      grants: apiKeys.grants,
      allowedCidrs: apiKeys.allowedCidrs,
      expiresAt: apiKeys.expiresAt,
      revokedAt: apiKeys.revokedAt,
      lastUsedAt: apiKeys.lastUsedAt,
      ownerStatus: users.status,
    })
    .from(apiKeySecrets)
    .innerJoin(apiKeys, eq(apiKeys.id, apiKeySecrets.apiKeyId))
    .innerJoin(users, eq(users.id, apiKeys.ownerId))
    .where(eq(apiKeySecrets.id, sql.placeholder('secretId')));
}

const preparedLookups = new WeakMap<object, ReturnType<ReturnType<typeof secretLookup>['prepare']>>();

/** The key behind a secret, with its owner's status: one primary-key read per request. */
export async function findApiKeyBySecretId(db: DbOrTx, secretId: string) {
  let prepared = preparedLookups.get(db);
  if (!prepared) {
    prepared = secretLookup(db).prepare('api_key_by_secret_id');
    preparedLookups.set(db, prepared);
  }
  const [row] = await prepared.execute({ secretId });
  return row;
}

export type ApiKeyCredential = NonNullable<Awaited<ReturnType<typeof findApiKeyBySecretId>>>;

export async function findApiKeyById(db: DbOrTx, id: string): Promise<ApiKeyRow | undefined> {
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, id));
  return row;
}

/** Row lock, so a rotation and a revocation of the same key serialise. */
export async function lockApiKey(db: DbOrTx, id: string): Promise<ApiKeyRow | undefined> {
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, id)).for('update');
  return row;
}

/** Newest first (UUIDv7 ids), keyset-paginated. */
export async function listApiKeysOfOwner(db: DbOrTx, ownerId: string, page: { first: number; afterId?: string | null }) {
  return db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.ownerId, ownerId), page.afterId ? lt(apiKeys.id, page.afterId) : undefined))
    .orderBy(desc(apiKeys.id))
    .limit(page.first + 1);
}

export async function countApiKeysOfOwner(db: DbOrTx, ownerId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(apiKeys).where(eq(apiKeys.ownerId, ownerId));
  return row?.n ?? 0;
}

export async function revokeApiKeyRow(db: DbOrTx, id: string, by: string | null): Promise<ApiKeyRow | undefined> {
  const [row] = await db
    .update(apiKeys)
    .set({ revokedAt: new Date(), revokedBy: by })
    .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .returning();
  return row;
}

/** Ends every secret of the key no later than `at` (a rotation's overlap window). */
export async function endSecretsOfKey(db: DbOrTx, apiKeyId: string, at: Date): Promise<string[]> {
  const rows = await db
    .update(apiKeySecrets)
    .set({ expiresAt: at })
    .where(and(eq(apiKeySecrets.apiKeyId, apiKeyId), or(isNull(apiKeySecrets.expiresAt), gt(apiKeySecrets.expiresAt, at))))
    .returning({ id: apiKeySecrets.id });
  return rows.map((r) => r.id);
}

/**
 * Records use at most once a minute per key: the condition is in the statement, so concurrent
 * requests on several nodes write once between them.
 */
export async function touchApiKey(db: DbOrTx, id: string, ip: string | null): Promise<void> {
  await db
    .update(apiKeys)
    .set({ lastUsedAt: sql`now()`, lastUsedIp: ip })
    .where(and(eq(apiKeys.id, id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, sql`now() - interval '1 minute'`))));
}
