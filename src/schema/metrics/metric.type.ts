import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../shared/connection.type';
import { DateTime, JSONObject } from '../shared/scalars';

export enum MetricMatchOp {
  EQUAL = '=',
  NOT_EQUAL = '!=',
  REGEX = '=~',
  NOT_REGEX = '!~',
}
registerEnumType(MetricMatchOp, {
  name: 'MetricMatchOp',
  description: 'Label matcher operators as in Prometheus: regexes are anchored (`REGEX "a|b"` matches the whole value); a missing label reads as "".',
});

@ObjectType({ description: 'One label of a series.' })
export class MetricLabel {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  value!: string;
}

@InputType()
export class MetricLabelInput {
  @Field(() => String, { description: 'Prometheus label name: [a-zA-Z_][a-zA-Z0-9_]*, not starting with __.' })
  name!: string;

  @Field(() => String)
  value!: string;
}

@InputType()
export class MetricLabelMatcherInput {
  @Field(() => String)
  name!: string;

  @Field(() => MetricMatchOp)
  op!: MetricMatchOp;

  @Field(() => String)
  value!: string;
}

@InputType({ description: 'One sample. Give labels as a list or as `labelMap` (an object of strings), not both.' })
export class MetricSampleInput {
  @Field(() => String, { description: 'Prometheus metric name: [a-zA-Z_:][a-zA-Z0-9_:]*.' })
  metric!: string;

  @Field(() => [MetricLabelInput], { nullable: true })
  labels?: MetricLabelInput[] | null;

  @Field(() => JSONObject, { nullable: true, description: 'Labels as {"name": "value"}.' })
  labelMap?: Record<string, unknown> | null;

  @Field(() => Float)
  value!: number;

  @Field(() => DateTime, { nullable: true, description: 'Sample time; now when omitted. Within the retention window and at most 5 minutes ahead.' })
  at?: Date | null;
}

@ObjectType()
export class PushMetricsResult {
  @Field(() => Int, { description: 'Samples stored (all of the batch: a batch is stored whole or not at all).' })
  accepted!: number;

  @Field(() => Int, { description: 'Series the batch created.' })
  seriesCreated!: number;
}

@ObjectType({ description: 'A time series of the built-in metrics store: one metric name and one label set.' })
export class MetricSeries {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  metric!: string;

  @Field(() => [MetricLabel], { description: 'Sorted by name.' })
  labels!: MetricLabel[];

  @Field(() => JSONObject, { description: 'The same labels as {"name": "value"}.' })
  labelMap!: Record<string, string>;

  @Field(() => DateTime)
  createdAt!: Date;
}

export const MetricSeriesConnection = Connection(MetricSeries, 'MetricSeries');

@InputType()
export class MetricSeriesFilter {
  @Field(() => String, { nullable: true })
  metric?: string | null;

  @Field(() => [MetricLabelMatcherInput], { nullable: true, description: 'Every matcher must hold.' })
  matchers?: MetricLabelMatcherInput[] | null;
}

@ObjectType()
export class MetricPoint {
  @Field(() => DateTime)
  at!: Date;

  @Field(() => Float)
  value!: number;
}

@ObjectType({ description: 'Samples of one series over a time range, oldest first.' })
export class MetricRange {
  @Field(() => MetricSeries)
  series!: MetricSeries;

  @Field(() => Int, { nullable: true, description: 'Seconds per point when averaged into steps; null for raw samples.' })
  step!: number | null;

  @Field(() => [MetricPoint])
  points!: MetricPoint[];
}
