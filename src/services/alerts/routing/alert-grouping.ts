import { addGroupMember, findRoutingTree, upsertGroup } from '../../../db/queries/alert-routes.queries';
import { newId } from '../../shared/ids';
import { registerAlertChangeHook, type AlertChangeHook } from '../alert-change-hooks';
import { scheduleFlush } from './group-flush.task';
import { defaultRoot, groupKeyOf, groupLabelsOf, matchRoutes } from './route-tree';

/**
 * Puts a newly firing alert into the aggregation group of every route it matches, in the alert
 * change's transaction. A new group gets its first flush at now+groupWait; later alerts join the
 * group and ride on the flush already scheduled (Alertmanager's aggrGroup). Resolve, silence,
 * inhibition and snooze need no hook: the group's next flush reads the alerts' current state.
 */
export const routeAlertHook: AlertChangeHook = async (_deps, uow, change) => {
  if (change.kind !== 'FIRED') return;
  const tree = await findRoutingTree(uow.tx);
  const routes = matchRoutes(tree?.root ?? defaultRoot(), change.alert.labels);
  const now = Date.now();
  for (const route of routes) {
    if (route.receivers.length === 0) continue;
    const groupLabels = groupLabelsOf(route, change.alert.labels);
    const group = await upsertGroup(uow.tx, { id: newId(), routeId: route.id, groupKey: groupKeyOf(route.id, groupLabels), groupLabels });
    await addGroupMember(uow.tx, group.id, change.alert.id);
    // preserve_run_at: a burst into a new group keeps the first flush time (and never delays a pending one).
    if (group.created) await scheduleFlush(uow, group.id, new Date(now + route.groupWaitMs), 'preserve_run_at');
  }
};

registerAlertChangeHook('routing', routeAlertHook);
