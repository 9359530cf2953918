import type { Db } from '../client';
import { createGrantsBySetLoader, createParentsBySetLoader } from './permission-set-graph.loader';
import { createPermissionSetsByUserLoader } from './permission-sets.loader';
import { createIpAllowlistLoaders } from './ip-allowlists.loader';
import { createSecurityEventAuditLoader } from './security-event-audit.loader';

/** One fresh set of loaders per request (or per subscription event), so nothing leaks between viewers. */
export function createLoaders(db: Db) {
  return {
    permissionSetsByUser: createPermissionSetsByUserLoader(db),
    grantsBySet: createGrantsBySetLoader(db),
    parentsBySet: createParentsBySetLoader(db),
    ...createIpAllowlistLoaders(db),
    auditBySecurityEvent: createSecurityEventAuditLoader(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
