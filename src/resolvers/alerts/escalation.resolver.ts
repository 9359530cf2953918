import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Alert } from '../../schema/alerts/alert.type';
import type { AppContext } from '../../server/context';
import { AlertEscalation, CreateEscalationPolicyInput, EscalationPolicy, EscalationPolicyConnection, UpdateEscalationPolicyInput } from '../../schema/alerts/escalation-policy.type';
import { PageArgs } from '../../schema/shared/page.args';

@Resolver(() => EscalationPolicy)
export class EscalationPolicyResolver {
  @Query(() => EscalationPolicyConnection, { description: 'Escalation policies, oldest first (alerts:read).' })
  escalationPolicies(@Args(() => PageArgs) { first, after }: PageArgs, @Ctx() ctx: AppContext) {
    return ctx.services.escalationPolicies.list(first, after);
  }

  @Mutation(() => EscalationPolicy, { description: 'alerts:write (naming users in userIds: users:read too). Alerts already escalating keep the policy they fired with.' })
  createEscalationPolicy(@Arg('input', () => CreateEscalationPolicyInput) input: CreateEscalationPolicyInput, @Ctx() ctx: AppContext) {
    return ctx.services.escalationPolicies.create(stripNulls(input));
  }

  @Mutation(() => EscalationPolicy, { description: 'alerts:write (adding users to userIds: users:read too). Bumps the version; running escalations are not changed.' })
  updateEscalationPolicy(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateEscalationPolicyInput) input: UpdateEscalationPolicyInput, @Ctx() ctx: AppContext) {
    return ctx.services.escalationPolicies.update(id, stripNulls(input));
  }

  @Mutation(() => Boolean, { description: 'alerts:write. Running escalations keep their snapshot.' })
  deleteEscalationPolicy(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.escalationPolicies.delete(id);
  }
}

@Resolver(() => Alert)
export class AlertEscalationResolver {
  @FieldResolver(() => AlertEscalation, { nullable: true, description: 'The escalation this alert runs (null: it follows no policy). One read per page of alerts.' })
  async escalation(@Root() alert: { id: string }, @Ctx() ctx: AppContext) {
    return ctx.services.escalationPolicies.escalationView(await ctx.loaders.alertEscalations.load(alert.id));
  }
}

/**
 * GraphQL null means "not given" for the required-when-given fields (name, levels, repeatCount,
 * isDefault); for the clearable ones (description, ackTimeoutSeconds, userEmailChannelId) null clears.
 */
function stripNulls<T extends object>(input: T): Record<string, unknown> {
  const clearable = new Set(['description', 'ackTimeoutSeconds', 'userEmailChannelId']);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input)) {
    if (v === undefined || (v === null && !clearable.has(k))) continue;
    out[k] = k === 'levels' && Array.isArray(v) ? v.map((l: Record<string, unknown>) => ({ ...l, channelIds: l.channelIds ?? [], userIds: l.userIds ?? [] })) : v;
  }
  return out;
}
