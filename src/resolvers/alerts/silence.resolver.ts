import { Arg, Args, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../server/context';
import type { LabelMatcher } from '../../services/shared/label-matchers';
import { InhibitionRule, InhibitionRuleConnection, InhibitionRuleInput, Silence, SilenceConnection, SilenceInput, SilencesArgs } from '../../schema/alerts/silence.type';

// Matcher ops arrive as strings; the service validates them (BAD_USER_INPUT).
const matchers = (m: unknown) => m as LabelMatcher[];

@Resolver(() => Silence)
export class SilenceResolver {
  @Query(() => Silence)
  silence(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.silences.get(id);
  }

  @Query(() => SilenceConnection, { description: 'Silences, newest first; expired ones stay listed.' })
  silences(@Args(() => SilencesArgs) { first, after, filter }: SilencesArgs, @Ctx() ctx: AppContext) {
    return ctx.services.silences.list(filter ?? {}, first, after);
  }

  @Mutation(() => Silence)
  createSilence(@Arg('input', () => SilenceInput) input: SilenceInput, @Ctx() ctx: AppContext) {
    return ctx.services.silences.create({ ...input, matchers: matchers(input.matchers) });
  }

  @Mutation(() => Silence)
  updateSilence(@Arg('id', () => ID) id: string, @Arg('input', () => SilenceInput) input: SilenceInput, @Ctx() ctx: AppContext) {
    return ctx.services.silences.update(id, { ...input, matchers: matchers(input.matchers) });
  }

  @Mutation(() => Silence, { description: 'Ends the silence now; it stays queryable as EXPIRED.' })
  expireSilence(@Arg('id', () => ID) id: string, @Arg('comment', () => String) comment: string, @Ctx() ctx: AppContext) {
    return ctx.services.silences.expire(id, comment);
  }

  @Query(() => InhibitionRuleConnection)
  inhibitionRules(
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.inhibitionRules.list(first, after);
  }

  @Mutation(() => InhibitionRule)
  createInhibitionRule(@Arg('input', () => InhibitionRuleInput) input: InhibitionRuleInput, @Ctx() ctx: AppContext) {
    return ctx.services.inhibitionRules.create({
      sourceMatchers: matchers(input.sourceMatchers),
      targetMatchers: matchers(input.targetMatchers),
      equal: input.equal,
    });
  }

  @Mutation(() => InhibitionRule, { description: 'Deletes the rule and returns it as it was.' })
  deleteInhibitionRule(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.inhibitionRules.delete(id);
  }
}
