import type { Db } from '../client';
import { createPermissionSetsByUserLoader } from './permission-sets.loader';

/** One fresh set of loaders per request (or per subscription event), so nothing leaks between viewers. */
export function createLoaders(db: Db) {
  return {
    permissionSetsByUser: createPermissionSetsByUserLoader(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
