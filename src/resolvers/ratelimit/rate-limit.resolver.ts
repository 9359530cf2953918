import { Arg, Args, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../server/context';
import {
  CreateRateLimitPolicyInput,
  RateLimitPolicy,
  RateLimitPolicyConnection,
  RateLimitStat,
  UpdateRateLimitPolicyInput,
} from '../../schema/ratelimit/rate-limit.type';
import { PageArgs } from '../../schema/shared/page.args';

@Resolver(() => RateLimitPolicy)
export class RateLimitResolver {
  @Query(() => RateLimitPolicyConnection, { description: 'Rate-limit policies by name.' })
  rateLimitPolicies(@Args(() => PageArgs) { first, after }: PageArgs, @Ctx() ctx: AppContext) {
    return ctx.services.rateLimits.list(first, after);
  }

  @Query(() => [RateLimitStat], {
    description: 'Callers refused most in the last windowMinutes (1 to 60, default 15), most refusals first; at most `first` (default 20, max 100). Needs security:read or ratelimit:read.',
  })
  rateLimitStats(
    @Arg('windowMinutes', () => Int, { nullable: true }) windowMinutes: number | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.rateLimits.stats(windowMinutes, first);
  }

  @Mutation(() => RateLimitPolicy, { description: 'Applies on every node as soon as it is committed.' })
  createRateLimitPolicy(@Arg('input', () => CreateRateLimitPolicyInput) input: CreateRateLimitPolicyInput, @Ctx() ctx: AppContext) {
    return ctx.services.rateLimits.create(input);
  }

  @Mutation(() => RateLimitPolicy, { description: 'The subject cannot change: delete the policy and create another.' })
  updateRateLimitPolicy(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateRateLimitPolicyInput) input: UpdateRateLimitPolicyInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.rateLimits.update(id, input);
  }

  @Mutation(() => Boolean)
  deleteRateLimitPolicy(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.rateLimits.delete(id);
  }
}
