import { and, asc, eq, ne } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { permissionSets, userPermissionSets, users } from '../schema';

export interface OwnerRow {
  id: string;
  email: string;
  status: 'ACTIVE' | 'SUSPENDED' | 'DELETED';
}

/** Users who hold the built-in Owner set directly (not deleted), oldest first. */
export async function listOwners(db: DbOrTx): Promise<OwnerRow[]> {
  return db
    .select({ id: users.id, email: users.email, status: users.status })
    .from(users)
    .innerJoin(userPermissionSets, eq(userPermissionSets.userId, users.id))
    .innerJoin(permissionSets, eq(permissionSets.id, userPermissionSets.setId))
    .where(and(eq(permissionSets.builtinKey, 'owner'), ne(users.status, 'DELETED')))
    .orderBy(asc(users.createdAt));
}
