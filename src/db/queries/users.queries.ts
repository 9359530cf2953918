import { and, count, desc, eq, ilike, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { userPermissionSets, users, type NewUserRow, type UserRow } from '../schema';

/** Every column but the password hash: nothing outside the auth service ever needs it. */
export const publicUserColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  status: users.status,
  labels: users.labels,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
  lastLoginAt: users.lastLoginAt,
  deletedAt: users.deletedAt,
  mfaEnabled: users.mfaEnabled,
};
export type PublicUser = Omit<UserRow, 'passwordHash'>;

export interface UserListFilter {
  search?: string | null;
  status?: UserRow['status'] | null;
  permissionSetId?: string | null;
  /** Only rows the viewer may read (see scope-sql.ts); absent means no restriction. */
  reachable?: SQL;
  /**
   * Rows whose email the viewer may read, where `search` may match the email; absent means all.
   * Matching emails the viewer cannot see would let them be guessed one letter at a time.
   */
  emailReadable?: SQL;
}

function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The WHERE conditions of a users list (shared by the full and the lean page reads, and the count). */
export function filterConditions(filter: UserListFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.search) {
    const pattern = `%${escapeLike(filter.search)}%`;
    const emailMatch = filter.emailReadable ? and(ilike(users.email, pattern), filter.emailReadable)! : ilike(users.email, pattern);
    conditions.push(or(emailMatch, ilike(users.name, pattern))!);
  }
  if (filter.status) conditions.push(eq(users.status, filter.status));
  if (filter.reachable) conditions.push(filter.reachable);
  if (filter.permissionSetId) {
    conditions.push(
      inArray(
        users.id,
        sql`(select ${userPermissionSets.userId} from ${userPermissionSets} where ${userPermissionSets.setId} = ${filter.permissionSetId})`,
      ),
    );
  }
  return conditions;
}

export async function insertUser(db: DbOrTx, row: NewUserRow): Promise<PublicUser> {
  const [created] = await db.insert(users).values(row).returning(publicUserColumns);
  return created!;
}

const userById = (db: DbOrTx) => db.select(publicUserColumns).from(users).where(eq(users.id, sql.placeholder('id')));

/** Built once per database handle: `me` and every node read run it. */
const preparedUserById = new WeakMap<object, ReturnType<ReturnType<typeof userById>['prepare']>>();

export async function findUserById(db: DbOrTx, id: string): Promise<PublicUser | undefined> {
  let prepared = preparedUserById.get(db);
  if (!prepared) {
    prepared = userById(db).prepare('user_by_id');
    preparedUserById.set(db, prepared);
  }
  const [row] = await prepared.execute({ id });
  return row;
}

export async function findUsersByIds(db: DbOrTx, ids: readonly string[]): Promise<PublicUser[]> {
  if (ids.length === 0) return [];
  return db.select(publicUserColumns).from(users).where(inArray(users.id, [...ids]));
}

/** For login and password checks only: the one query that returns the hash. */
export async function findCredentialsByEmail(db: DbOrTx, email: string) {
  const [row] = await db
    .select({ id: users.id, status: users.status, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return row;
}

export async function findPasswordHash(db: DbOrTx, id: string): Promise<string | undefined> {
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, id));
  return row?.passwordHash;
}

export async function emailTaken(db: DbOrTx, email: string, exceptId?: string): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return !!row && row.id !== exceptId;
}

/** Keyset page, newest first (ids are UUIDv7). Fetches one extra row to learn `hasNextPage`. */
export async function listUsers(
  db: DbOrTx,
  filter: UserListFilter,
  page: { first: number; afterId?: string | null },
): Promise<PublicUser[]> {
  const conditions = filterConditions(filter);
  if (page.afterId) conditions.push(lt(users.id, page.afterId));
  return db
    .select(publicUserColumns)
    .from(users)
    .where(and(...conditions))
    .orderBy(desc(users.id))
    .limit(page.first + 1);
}

export async function countUsers(db: DbOrTx, filter: UserListFilter): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users).where(and(...filterConditions(filter)));
  return row?.n ?? 0;
}

export async function countAllUsers(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}

export async function updateUser(
  db: DbOrTx,
  id: string,
  patch: Partial<Omit<UserRow, 'id' | 'createdAt'>>,
): Promise<PublicUser | undefined> {
  const [row] = await db
    .update(users)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(users.id, id))
    .returning(publicUserColumns);
  return row;
}

/** Row lock so concurrent status changes of one user serialise instead of racing. */
export async function lockUser(db: DbOrTx, id: string): Promise<PublicUser | undefined> {
  const [row] = await db.select(publicUserColumns).from(users).where(eq(users.id, id)).for('update');
  return row;
}
