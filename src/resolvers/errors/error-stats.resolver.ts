import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { ErrorStats } from '../../schema/errors/error-stats.type';
import { DateTime } from '../../schema/shared/scalars';
import type { AppContext } from '../../server/context';

@Resolver(() => ErrorStats)
export class ErrorStatsResolver {
  @Query(() => ErrorStats, {
    description: 'Classified errors between `from` (inclusive) and `to` (exclusive, at most 31 days later): counts by class, code and operation, and the `top` (default 10, max 50) messages. Needs errors:read.',
  })
  errorStats(
    @Arg('from', () => DateTime) from: Date,
    @Arg('to', () => DateTime) to: Date,
    @Arg('top', () => Int, { nullable: true }) top: number | null,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.errorStats.stats(from, to, top);
  }
}
