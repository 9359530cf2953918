import type { AlertRow } from '../../db/schema';
import type { AlertChangeKind } from '../../pubsub/topics';
import type { ServiceDeps } from '../deps';
import type { UnitOfWork } from '../shared/unit-of-work';
import { toAlertSnapshot } from './alert-snapshot';

export type { AlertChangeKind };

export interface AlertChange {
  kind: AlertChangeKind;
  /** The alert after the change. */
  alert: AlertRow;
  /** The alert before it (null when it was just opened). */
  previous: AlertRow | null;
  /** Who caused it: a user (mutations), the intake or rule engine (SOURCE), or a job (SYSTEM). */
  actor: { type: 'USER' | 'SYSTEM' | 'SOURCE'; id: string | null };
}

/**
 * A hook runs inside the transaction of the change it hears: what it writes (a routing decision,
 * an escalation job) commits or rolls back with the change itself. The alert-state lock
 * (lockAlertState) is already held. Hooks must not call out to the network; enqueue a durable job
 * instead.
 */
export type AlertChangeHook = (deps: ServiceDeps, uow: UnitOfWork, change: AlertChange) => Promise<void>;

const hooks: Array<{ name: string; run: AlertChangeHook }> = [];

/**
 * Registers a hook for every alert change (routing, escalation and the like register at module
 * load). A name registered again replaces the earlier hook, so reloading a module never doubles it.
 * Returns a function that removes it.
 */
export function registerAlertChangeHook(name: string, run: AlertChangeHook): () => void {
  const existing = hooks.findIndex((h) => h.name === name);
  if (existing >= 0) hooks.splice(existing, 1);
  const entry = { name, run };
  hooks.push(entry);
  return () => {
    const i = hooks.indexOf(entry);
    if (i >= 0) hooks.splice(i, 1);
  };
}

export const registeredAlertChangeHooks = (): string[] => hooks.map((h) => h.name);

/**
 * Called in the transaction of every alert change: publishes it live (after commit, through the
 * event log) and runs every registered hook, in registration order.
 */
export async function onAlertChanged(deps: ServiceDeps, uow: UnitOfWork, change: AlertChange): Promise<void> {
  uow.emit('alerts.changed', { kind: change.kind, alert: toAlertSnapshot(change.alert) });
  for (const hook of [...hooks]) await hook.run(deps, uow, change);
}
