import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { AlertStats, AlertStatsGroupBy } from '../../schema/alerts/alert-stats.type';
import { DateTime } from '../../schema/shared/scalars';
import type { AppContext } from '../../server/context';

@Resolver(() => AlertStats)
export class AlertStatsResolver {
  @Query(() => AlertStats, {
    description:
      'Alerts that started in [from, to) (at most 90 days) the caller may read: counts by status and severity, MTTA/MTTR overall and per group, the `top` (default 10, max 50) noisiest sources, flapping alerts and notifications sent. Needs alerts:read.',
  })
  alertStats(
    @Arg('from', () => DateTime) from: Date,
    @Arg('to', () => DateTime) to: Date,
    @Arg('groupBy', () => AlertStatsGroupBy, { defaultValue: AlertStatsGroupBy.RULE }) groupBy: AlertStatsGroupBy,
    @Arg('label', () => String, { nullable: true, description: 'The label name groupBy LABEL splits by.' }) label: string | null,
    @Arg('top', () => Int, { nullable: true }) top: number | null,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.alertStats.stats(from, to, groupBy, label, top);
  }
}
