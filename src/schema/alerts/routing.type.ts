import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTime } from '../shared/scalars';
import { LabelMatcher, LabelMatcherInput } from './alert.type';

@ObjectType({ description: 'A route of the notification routing tree (Alertmanager semantics). Null timing/grouping fields inherit from the parent.' })
export class AlertRoute {
  @Field(() => ID, { description: '"root" for the root; kept across edits when passed back, so aggregation groups survive.' })
  id!: string;

  @Field(() => [LabelMatcher])
  matchers!: LabelMatcher[];

  @Field(() => Boolean, { description: 'Keep trying the following siblings after this route matched.' })
  continue!: boolean;

  @Field(() => [ID], { description: 'Notification channel ids; empty inherits the parent\'s.' })
  receivers!: string[];

  @Field(() => [String], { nullable: true, description: 'Label names to group by; ["..."] = every label. Null inherits.' })
  groupBy!: string[] | null;

  @Field(() => String, { nullable: true, description: 'Wait before the first notification of a new group (default 30s).' })
  groupWait!: string | null;

  @Field(() => String, { nullable: true, description: 'Wait between notifications about a changed group (default 5m).' })
  groupInterval!: string | null;

  @Field(() => String, { nullable: true, description: 'Resend an unchanged firing group after this (default 4h).' })
  repeatInterval!: string | null;

  @Field(() => [String], { description: 'Named time intervals during which nothing is sent.' })
  muteTimeIntervals!: string[];

  @Field(() => [String], { description: 'When set, notifications are sent only inside one of these named intervals.' })
  activeTimeIntervals!: string[];

  @Field(() => [AlertRoute], { description: 'Child routes, tried in order.' })
  routes!: AlertRoute[];
}

@ObjectType()
export class AlertRoutingTree {
  @Field(() => AlertRoute)
  root!: AlertRoute;

  @Field(() => Int, { description: '0 until the tree is first saved.' })
  version!: number;

  @Field(() => DateTime, { nullable: true })
  updatedAt!: Date | null;
}

@InputType({ description: 'A route and its children. Durations are Prometheus style: 500ms, 30s, 5m, 4h, 1h30m.' })
export class AlertRouteInput {
  @Field(() => ID, { nullable: true, description: 'Pass an existing id back to keep its groups; omitted = a new route. Ignored on the root.' })
  id?: string | null;

  @Field(() => [LabelMatcherInput], { nullable: true, description: 'Not allowed on the root.' })
  matchers?: LabelMatcherInput[] | null;

  @Field(() => Boolean, { nullable: true })
  continue?: boolean | null;

  @Field(() => [ID], { nullable: true })
  receivers?: string[] | null;

  @Field(() => [String], { nullable: true })
  groupBy?: string[] | null;

  @Field(() => String, { nullable: true })
  groupWait?: string | null;

  @Field(() => String, { nullable: true })
  groupInterval?: string | null;

  @Field(() => String, { nullable: true })
  repeatInterval?: string | null;

  @Field(() => [String], { nullable: true })
  muteTimeIntervals?: string[] | null;

  @Field(() => [String], { nullable: true })
  activeTimeIntervals?: string[] | null;

  @Field(() => [AlertRouteInput], { nullable: true })
  routes?: AlertRouteInput[] | null;
}

@ObjectType()
export class TimeOfDayRange {
  @Field(() => String, { description: 'HH:MM, inclusive.' })
  start!: string;

  @Field(() => String, { description: 'HH:MM (up to 24:00), exclusive.' })
  end!: string;
}

@InputType()
export class TimeOfDayRangeInput {
  @Field(() => String)
  start!: string;

  @Field(() => String)
  end!: string;
}

@ObjectType({ description: 'Inside when every field that is set matches (Alertmanager time_intervals).' })
export class TimeIntervalRange {
  @Field(() => [TimeOfDayRange])
  times!: TimeOfDayRange[];

  @Field(() => [String], { description: 'e.g. "monday:friday", "saturday".' })
  weekdays!: string[];

  @Field(() => [String], { description: 'e.g. "1:7", "-1" (last day).' })
  daysOfMonth!: string[];

  @Field(() => [String], { description: 'e.g. "january:march", "12".' })
  months!: string[];

  @Field(() => [String], { description: 'e.g. "2026:2027".' })
  years!: string[];

  @Field(() => String, { nullable: true, description: 'IANA zone; UTC when null.' })
  location!: string | null;
}

@InputType()
export class TimeIntervalRangeInput {
  @Field(() => [TimeOfDayRangeInput], { nullable: true })
  times?: TimeOfDayRangeInput[] | null;

  @Field(() => [String], { nullable: true })
  weekdays?: string[] | null;

  @Field(() => [String], { nullable: true })
  daysOfMonth?: string[] | null;

  @Field(() => [String], { nullable: true })
  months?: string[] | null;

  @Field(() => [String], { nullable: true })
  years?: string[] | null;

  @Field(() => String, { nullable: true })
  location?: string | null;
}

@ObjectType({ description: 'A named time interval, referenced by routes as a mute or active interval. Inside when inside any range.' })
export class AlertTimeInterval {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [TimeIntervalRange])
  ranges!: TimeIntervalRange[];

  @Field(() => DateTime)
  createdAt!: Date;

  @Field(() => DateTime)
  updatedAt!: Date;
}

@InputType()
export class AlertTimeIntervalInput {
  @Field(() => String)
  name!: string;

  @Field(() => [TimeIntervalRangeInput])
  ranges!: TimeIntervalRangeInput[];
}
