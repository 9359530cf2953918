import { Arg, Args, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import {
  MetricLabelInput,
  MetricRange,
  MetricSampleInput,
  MetricSeries,
  MetricSeriesConnection,
  MetricSeriesFilter,
  PushMetricsResult,
} from '../../schema/metrics/metric.type';
import { PageArgs } from '../../schema/shared/page.args';
import { DateTime, JSONObject } from '../../schema/shared/scalars';
import type { AppContext } from '../../server/context';

@Resolver(() => MetricSeries)
export class MetricsResolver {
  @Mutation(() => PushMetricsResult, {
    description: 'Stores samples in the built-in metrics store, the whole batch or none of it. At most METRICS_PUSH_MAX_SAMPLES samples; a metric name may have at most METRICS_MAX_SERIES_PER_METRIC label sets, and the store at most METRICS_MAX_SERIES series. Needs metrics:write.',
  })
  pushMetrics(@Arg('samples', () => [MetricSampleInput]) samples: MetricSampleInput[], @Ctx() ctx: AppContext) {
    return ctx.services.metrics.push(samples);
  }

  @Query(() => MetricSeriesConnection, { description: 'Series of the built-in metrics store, oldest first. Needs metrics:read.' })
  metricSeries(
    @Arg('filter', () => MetricSeriesFilter, { nullable: true }) filter: MetricSeriesFilter | null,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.metrics.series(filter, first, after);
  }

  @Query(() => MetricRange, {
    description: 'Samples of one series (by seriesId, or by metric and its exact labels) in [from, to]; with step (seconds), averaged per step. At most 11,000 points. Needs metrics:read.',
  })
  metricRange(
    @Arg('seriesId', () => ID, { nullable: true }) seriesId: string | null,
    @Arg('metric', () => String, { nullable: true }) metric: string | null,
    @Arg('labels', () => [MetricLabelInput], { nullable: true }) labels: MetricLabelInput[] | null,
    @Arg('labelMap', () => JSONObject, { nullable: true }) labelMap: Record<string, unknown> | null,
    @Arg('from', () => DateTime) from: Date,
    @Arg('to', () => DateTime) to: Date,
    @Arg('step', () => Int, { nullable: true }) step: number | null,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.metrics.range({ seriesId, metric, labels, labelMap, from, to, step });
  }
}
