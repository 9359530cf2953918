import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { AlertRuleRow } from '../../db/schema';
import {
  AlertRule,
  AlertRuleBuiltinQuery,
  AlertRuleConnection,
  AlertRuleInput,
  AlertRuleInstance,
  AlertRuleStateEvent,
  AlertStateChangeConnection,
  AlertStateHistoryFilter,
} from '../../schema/alerts/alert-rule.type';
import { PageArgs } from '../../schema/shared/page.args';
import { AFTER_DESCRIPTION } from '../../schema/shared/live-events';
import type { AppContext } from '../../server/context';

@Resolver(() => AlertRule)
export class AlertRuleResolver {
  @Query(() => AlertRuleConnection, { description: 'Alert rules by name. Needs alerts:read.' })
  alertRules(@Args(() => PageArgs) { first, after }: PageArgs, @Ctx() ctx: AppContext) {
    return ctx.services.alertRules.list(first, after);
  }

  @Query(() => AlertRule, { description: 'One alert rule. Needs alerts:read.' })
  alertRule(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.alertRules.get(id);
  }

  @Query(() => AlertStateChangeConnection, { description: 'Transitions of rule instances, newest first; label-scoped grants see their slice. Needs alerts:read.' })
  alertStateHistory(
    @Arg('filter', () => AlertStateHistoryFilter, { nullable: true }) filter: AlertStateHistoryFilter | null,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.alertRules.history(filter, first, after);
  }

  @Mutation(() => AlertRule, { description: 'Needs alerts:write. Evaluated at once, then every intervalSeconds.' })
  createAlertRule(@Arg('input', () => AlertRuleInput) input: AlertRuleInput, @Ctx() ctx: AppContext) {
    return ctx.services.alertRules.create(input);
  }

  @Mutation(() => AlertRule, { description: 'Needs alerts:write.' })
  updateAlertRule(@Arg('id', () => ID) id: string, @Arg('input', () => AlertRuleInput) input: AlertRuleInput, @Ctx() ctx: AppContext) {
    return ctx.services.alertRules.update(id, input);
  }

  @Mutation(() => AlertRule, { description: 'Needs alerts:write.' })
  setAlertRuleEnabled(@Arg('id', () => ID) id: string, @Arg('enabled', () => Boolean) enabled: boolean, @Ctx() ctx: AppContext) {
    return ctx.services.alertRules.setEnabled(id, enabled);
  }

  @Mutation(() => Boolean, { description: 'Needs alerts:write. Default rules answer CONFLICT: disable them instead.' })
  deleteAlertRule(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.alertRules.delete(id);
  }

  @Subscription(() => AlertRuleStateEvent, {
    description: "Transitions of one rule's instances (or of every rule), filtered by the subscriber's label scope. Needs alerts:read.",
    subscribe: ({ args, context }) => (context as AppContext).services.alertRules.subscribeStateChanges(args.ruleId ?? null, args.after),
  })
  alertRuleStateChanged(
    @Root() event: AlertRuleStateEvent,
    @Arg('ruleId', () => ID, { nullable: true }) _ruleId?: string | null,
    @Arg('after', () => String, { nullable: true, description: AFTER_DESCRIPTION }) _after?: string | null,
  ): AlertRuleStateEvent {
    return event;
  }

  @FieldResolver(() => AlertRuleBuiltinQuery, { nullable: true, description: 'The built-in store query (BUILTIN rules).' })
  builtin(@Root() rule: AlertRuleRow) {
    if (rule.sourceKind !== 'BUILTIN') return null;
    return { metric: rule.metric, matchers: rule.matchers, by: rule.by, aggregation: rule.aggregation, windowSeconds: rule.windowSeconds };
  }

  @FieldResolver(() => [AlertRuleInstance], { description: 'One per label set; label-scoped grants see their slice.' })
  async instances(@Root() rule: AlertRuleRow, @Ctx() ctx: AppContext) {
    return ctx.services.alertRules.visibleInstances(rule, await ctx.loaders.alertRuleInstances.load(rule.id));
  }
}
