import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { StoredRoute } from '../../db/schema';
import type { AppContext } from '../../server/context';
import { formatDuration } from '../../services/alerts/routing/route-tree';
import type { RoutingTreeView } from '../../services/alerts/routing/routing.service';
import { AlertRoute, AlertRouteInput, AlertRoutingTree, AlertTimeInterval, AlertTimeIntervalInput } from '../../schema/alerts/routing.type';

const dur = (ms: number | null) => (ms === null ? null : formatDuration(ms));

/** Stored milliseconds back to the duration text the API takes. */
function toRoute(r: StoredRoute): AlertRoute {
  return {
    id: r.id,
    matchers: r.matchers,
    continue: r.continue,
    receivers: r.receivers,
    groupBy: r.groupBy,
    groupWait: dur(r.groupWaitMs),
    groupInterval: dur(r.groupIntervalMs),
    repeatInterval: dur(r.repeatIntervalMs),
    muteTimeIntervals: r.muteTimeIntervals,
    activeTimeIntervals: r.activeTimeIntervals,
    routes: r.routes.map(toRoute),
  };
}

const toTree = (t: RoutingTreeView): AlertRoutingTree => ({ root: toRoute(t.root), version: t.version, updatedAt: t.updatedAt });

@Resolver()
export class RoutingResolver {
  @Query(() => AlertRoutingTree, { description: 'The notification routing tree (alerts:read). Select `routes` as deep as you need.' })
  async alertRoutingTree(@Ctx() ctx: AppContext) {
    return toTree(await ctx.services.routing.tree());
  }

  @Mutation(() => AlertRoutingTree, { description: 'Replaces the whole routing tree, validated as a whole (alerts:write).' })
  async setAlertRoutingTree(@Arg('input', () => AlertRouteInput) input: AlertRouteInput, @Ctx() ctx: AppContext) {
    return toTree(await ctx.services.routing.setTree(input));
  }

  @Query(() => [AlertTimeInterval], { description: 'Named time intervals, by name (alerts:read).' })
  alertTimeIntervals(@Ctx() ctx: AppContext) {
    return ctx.services.routing.timeIntervals();
  }

  @Mutation(() => AlertTimeInterval, { description: 'alerts:write.' })
  createAlertTimeInterval(@Arg('input', () => AlertTimeIntervalInput) input: AlertTimeIntervalInput, @Ctx() ctx: AppContext) {
    return ctx.services.routing.createTimeInterval(input);
  }

  @Mutation(() => AlertTimeInterval, { description: 'Ranges are replaced; a rename is refused while routes use the name (alerts:write).' })
  updateAlertTimeInterval(@Arg('id', () => ID) id: string, @Arg('input', () => AlertTimeIntervalInput) input: AlertTimeIntervalInput, @Ctx() ctx: AppContext) {
    return ctx.services.routing.updateTimeInterval(id, input);
  }

  @Mutation(() => Boolean, { description: 'Refused while routes refer to it (alerts:write).' })
  deleteAlertTimeInterval(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.routing.deleteTimeInterval(id);
  }
}
