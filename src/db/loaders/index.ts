import type { Db } from '../client';
import type { PermissionSetGrantRow, PermissionSetRow } from '../schema';
import type { BatchThrough } from './batch-through';
import { createGrantsBySetLoader, createParentsBySetLoader } from './permission-set-graph.loader';
import { createPermissionSetsByUserLoader, type HeldSet } from './permission-sets.loader';
import { createIpAllowlistLoaders } from './ip-allowlists.loader';
import { createSecurityEventAuditLoader } from './security-event-audit.loader';
import { createAlertRuleInstancesLoader } from './alert-rule-instances.loader';
import { createAlertEscalationsLoader } from './alert-escalations.loader';
import { createAlertNotificationsLoader } from './alert-notifications.loader';

/** Shared caches the services layer puts in front of some batch functions (rows only, never per viewer). */
export interface LoaderCaches {
  permissionSetsByUser?: BatchThrough<string, HeldSet[]>;
  grantsBySet?: BatchThrough<string, PermissionSetGrantRow[]>;
  parentsBySet?: BatchThrough<string, PermissionSetRow[]>;
}

const MAKERS = {
  permissionSetsByUser: (db: Db, caches: LoaderCaches) => createPermissionSetsByUserLoader(db, caches.permissionSetsByUser),
  grantsBySet: (db: Db, caches: LoaderCaches) => createGrantsBySetLoader(db, caches.grantsBySet),
  parentsBySet: (db: Db, caches: LoaderCaches) => createParentsBySetLoader(db, caches.parentsBySet),
  ipAllowlistByUser: (db: Db) => createIpAllowlistLoaders(db).ipAllowlistByUser,
  ipAllowlistBySet: (db: Db) => createIpAllowlistLoaders(db).ipAllowlistBySet,
  auditBySecurityEvent: (db: Db) => createSecurityEventAuditLoader(db),
  alertRuleInstances: (db: Db) => createAlertRuleInstancesLoader(db),
  alertEscalations: (db: Db) => createAlertEscalationsLoader(db),
  alertNotifications: (db: Db) => createAlertNotificationsLoader(db),
};

export type Loaders = { readonly [K in keyof typeof MAKERS]: ReturnType<(typeof MAKERS)[K]> };

interface Bound {
  db: Db;
  caches: LoaderCaches;
}

/** Getters on one shared prototype: a request's loaders object is one small object until used. */
const LOADERS_PROTOTYPE = {};
for (const [key, make] of Object.entries(MAKERS) as Array<[string, (db: Db, caches: LoaderCaches) => unknown]>) {
  Object.defineProperty(LOADERS_PROTOTYPE, key, {
    get(this: { bound: Bound }) {
      const value = make(this.bound.db, this.bound.caches);
      Object.defineProperty(this, key, { value, enumerable: true });
      return value;
    },
  });
}

/**
 * One fresh set of loaders per request (or per subscription event), so nothing leaks between
 * viewers. Each loader is made on first use: most requests use none or one of them, and making
 * all six DataLoaders for every request was measurable on cheap ones.
 */
export function createLoaders(db: Db, caches: LoaderCaches = {}): Loaders {
  return Object.assign(Object.create(LOADERS_PROTOTYPE) as Loaders, { bound: { db, caches } });
}

export type { BatchThrough, HeldSet };

