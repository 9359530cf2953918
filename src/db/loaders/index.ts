import type { Db } from '../client';
import type { PermissionSetGrantRow, PermissionSetRow } from '../schema';
import type { BatchThrough } from './batch-through';
import { createGrantsBySetLoader, createParentsBySetLoader } from './permission-set-graph.loader';
import { createPermissionSetsByUserLoader, type HeldSet } from './permission-sets.loader';
import { createIpAllowlistLoaders } from './ip-allowlists.loader';
import { createSecurityEventAuditLoader } from './security-event-audit.loader';
import { createAlertRuleInstancesLoader } from './alert-rule-instances.loader';

/** Shared caches the services layer puts in front of some batch functions (rows only, never per viewer). */
export interface LoaderCaches {
  permissionSetsByUser?: BatchThrough<string, HeldSet[]>;
  grantsBySet?: BatchThrough<string, PermissionSetGrantRow[]>;
  parentsBySet?: BatchThrough<string, PermissionSetRow[]>;
}

/** One fresh set of loaders per request (or per subscription event), so nothing leaks between viewers. */
export function createLoaders(db: Db, caches: LoaderCaches = {}) {
  return {
    permissionSetsByUser: createPermissionSetsByUserLoader(db, caches.permissionSetsByUser),
    grantsBySet: createGrantsBySetLoader(db, caches.grantsBySet),
    parentsBySet: createParentsBySetLoader(db, caches.parentsBySet),
    ...createIpAllowlistLoaders(db),
    auditBySecurityEvent: createSecurityEventAuditLoader(db),
    alertRuleInstances: createAlertRuleInstancesLoader(db),
  };
}

export type { BatchThrough, HeldSet };
export type Loaders = ReturnType<typeof createLoaders>;
