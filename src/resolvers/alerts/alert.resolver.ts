import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { AFTER_DESCRIPTION } from '../../schema/shared/live-events';
import { DateTime } from '../../schema/shared/scalars';
import type { AppContext } from '../../server/context';
import type { AlertFilterInput } from '../../services/alerts/alert.service';
import { Alert, AlertChange, AlertConnection, AlertFilter, AlertNoteConnection, AlertsArgs } from '../../schema/alerts/alert.type';
import { connectionNodes, selectionOf } from '../shared/selection-of';

// GraphQL enums and matcher inputs carry the same strings the service takes; the service validates them.
const asFilter = (f: AlertFilter | null | undefined) => (f ?? {}) as AlertFilterInput;

@Resolver(() => Alert)
export class AlertResolver {
  @Query(() => Alert, { description: 'An alert the caller may read (label scopes apply); NOT_FOUND otherwise.' })
  alert(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.alerts.get(id);
  }

  @Query(() => AlertConnection, { description: 'Alerts the caller may read, newest first.' })
  alerts(@Args(() => AlertsArgs) { first, after, filter }: AlertsArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return ctx.services.alerts.list(asFilter(filter), first, after, connectionNodes(selectionOf(info)));
  }

  @Query(() => AlertNoteConnection, { description: "An alert's timeline: every state change and note, oldest first." })
  alertTimeline(
    @Arg('alertId', () => ID) alertId: string,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.alerts.timeline(alertId, first, after);
  }

  @Mutation(() => Alert)
  acknowledgeAlert(@Arg('id', () => ID) id: string, @Arg('note', () => String, { nullable: true }) note: string | null, @Ctx() ctx: AppContext) {
    return ctx.services.alerts.acknowledge(id, note);
  }

  @Mutation(() => Alert)
  unacknowledgeAlert(@Arg('id', () => ID) id: string, @Arg('note', () => String, { nullable: true }) note: string | null, @Ctx() ctx: AppContext) {
    return ctx.services.alerts.unacknowledge(id, note);
  }

  @Mutation(() => Alert)
  resolveAlert(@Arg('id', () => ID) id: string, @Arg('note', () => String, { nullable: true }) note: string | null, @Ctx() ctx: AppContext) {
    return ctx.services.alerts.resolve(id, note);
  }

  @Mutation(() => Alert, { description: "Adds a note to the alert's timeline (no state change)." })
  addAlertNote(@Arg('id', () => ID) id: string, @Arg('note', () => String) note: string, @Ctx() ctx: AppContext) {
    return ctx.services.alerts.addNote(id, note);
  }

  @Mutation(() => Alert, { description: 'Mutes an open alert until `until` (at most 30 days); it wakes up by itself.' })
  snoozeAlert(
    @Arg('id', () => ID) id: string,
    @Arg('until', () => DateTime) until: Date,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.alerts.snooze(id, until, note);
  }

  @Subscription(() => AlertChange, {
    description: 'Alert changes the subscriber may read (label scopes apply per event), matching the filter.',
    subscribe: ({ args, context }) =>
      (context as AppContext).services.alerts.subscribeChanges(asFilter(args['filter'] as AlertFilter | undefined), args['after'] as string | undefined),
  })
  alertChanged(
    @Root() change: AlertChange,
    @Arg('filter', () => AlertFilter, { nullable: true }) _filter?: AlertFilter | null,
    @Arg('after', () => String, { nullable: true, description: AFTER_DESCRIPTION }) _after?: string | null,
  ): AlertChange {
    return change;
  }
}
