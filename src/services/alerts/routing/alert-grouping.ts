// Side effect: the group acknowledgement hook (PagerDuty incidents of groups follow acks here).
import './group-ack';
import { addGroupMember, findRoutingTree, routesHoldingAlert, upsertGroup } from '../../../db/queries/alert-routes.queries';
import type { StoredRoute } from '../../../db/schema';
import { oncePerTransaction } from '../../shared/once-per-transaction';
import { newId } from '../../shared/ids';
import type { UnitOfWork } from '../../shared/unit-of-work';
import { registerAlertChangeHook, type AlertChangeHook } from '../alert-change-hooks';
import { scheduleFlush } from './group-flush.task';
import { defaultRoot, groupKeyOf, groupLabelsOf, matchRoutes } from './route-tree';

/** The tree, read once per transaction: an intake batch of a thousand alerts runs this hook a thousand times. */
const treeIn = (tx: UnitOfWork['tx']): Promise<StoredRoute> => oncePerTransaction(tx, 'routing-tree', () => findRoutingTree(tx).then((row) => row?.root ?? defaultRoot()));

/**
 * Puts a newly firing alert into the aggregation group of every route it matches, in the alert
 * change's transaction. A new group gets its first flush at now+groupWait; later alerts join the
 * group and ride on the flush already scheduled (Alertmanager's aggrGroup). Resolve, silence,
 * inhibition and snooze need no hook: the group's next flush reads the alerts' current state.
 * An open alert reported again (UPDATED, as Prometheus re-sends every evaluation) joins the groups
 * of routes it is not yet in: after a tree edit, open alerts are routed anew as Alertmanager does.
 */
export const routeAlertHook: AlertChangeHook = async (_deps, uow, change) => {
  if (change.kind !== 'FIRED' && !(change.kind === 'UPDATED' && change.alert.status !== 'RESOLVED')) return;
  const routes = matchRoutes(await treeIn(uow.tx), change.alert.labels).filter((r) => r.receivers.length > 0);
  if (routes.length === 0) return;
  const placed = change.kind === 'FIRED' ? new Set<string>() : await routesHoldingAlert(uow.tx, change.alert.id);
  const now = Date.now();
  for (const route of routes) {
    if (placed.has(route.id)) continue;
    const groupLabels = groupLabelsOf(route, change.alert.labels);
    const group = await upsertGroup(uow.tx, { id: newId(), routeId: route.id, groupKey: groupKeyOf(route.id, groupLabels), groupLabels });
    await addGroupMember(uow.tx, group.id, change.alert.id);
    // preserve_run_at: a burst into a new group keeps the first flush time (and never delays a pending one).
    if (group.created) await scheduleFlush(uow, group.id, new Date(now + route.groupWaitMs), 'preserve_run_at');
  }
};

registerAlertChangeHook('routing', routeAlertHook);
