import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime, JSONObject } from '../shared/scalars';
import { AlertSourceKind, AlertStatus } from './alert.type';

export enum AlertStatsGroupBy {
  RULE = 'RULE',
  SEVERITY = 'SEVERITY',
  STATUS = 'STATUS',
  SOURCE = 'SOURCE',
  LABEL = 'LABEL',
}
registerEnumType(AlertStatsGroupBy, {
  name: 'AlertStatsGroupBy',
  description: 'How alertStats.groups splits the alerts. SOURCE keys are `rule:<ruleId>` or `external:<name>`; LABEL needs `label`.',
});

@ObjectType({ description: 'How many alerts share one value.' })
export class AlertCount {
  @Field(() => String, { nullable: true })
  key!: string | null;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'One group of alerts (by the groupBy key) with its response times.' })
export class AlertStatsGroup {
  @Field(() => String, { nullable: true, description: 'The group key; null for alerts without one (RULE: external alerts; LABEL: alerts without the label).' })
  key!: string | null;

  @Field(() => Int)
  count!: number;

  @Field(() => Int, { description: 'Alerts that were acknowledged (and are still marked so).' })
  acknowledged!: number;

  @Field(() => Int)
  resolved!: number;

  @Field(() => Float, { nullable: true, description: 'Mean seconds from startsAt to acknowledgedAt over acknowledged alerts; null when none.' })
  mttaSeconds!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean seconds from startsAt to resolvedAt over resolved alerts; null when none.' })
  mttrSeconds!: number | null;
}

@ObjectType({ description: 'An alert source (a rule or an external sender) and how many alerts it raised.' })
export class AlertSourceCount {
  @Field(() => AlertSourceKind)
  kind!: AlertSourceKind;

  @Field(() => ID, { nullable: true })
  ruleId!: string | null;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'An alert marked flapping.' })
export class FlappingAlert {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  fingerprint!: string;

  @Field(() => JSONObject)
  labels!: Record<string, string>;

  @Field(() => AlertStatus)
  status!: AlertStatus;

  @Field(() => DateTime)
  startsAt!: Date;
}

@ObjectType({ description: 'Notifications sent for the window’s alerts (deliveries whose origin is one of them).' })
export class AlertNotificationCounts {
  @Field(() => Int)
  sent!: number;

  @Field(() => Int, { description: 'Failed or dead (retries exhausted).' })
  failed!: number;

  @Field(() => Int)
  pending!: number;
}

@ObjectType({ description: 'Alerts that started in [from, to) and the caller may read (label scopes apply).' })
export class AlertStats {
  @Field(() => DateTime)
  from!: Date;

  @Field(() => DateTime)
  to!: Date;

  @Field(() => AlertStatsGroupBy)
  groupBy!: AlertStatsGroupBy;

  @Field(() => String, { nullable: true })
  label!: string | null;

  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  acknowledged!: number;

  @Field(() => Int)
  resolved!: number;

  @Field(() => Float, { nullable: true, description: 'Mean time to acknowledge (seconds from startsAt to acknowledgedAt); null when none was.' })
  mttaSeconds!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean time to resolve (seconds from startsAt to resolvedAt); null when none was.' })
  mttrSeconds!: number | null;

  @Field(() => [AlertCount])
  byStatus!: AlertCount[];

  @Field(() => [AlertCount])
  bySeverity!: AlertCount[];

  @Field(() => [AlertStatsGroup], { description: 'By groupBy, largest first.' })
  groups!: AlertStatsGroup[];

  @Field(() => [AlertSourceCount], { description: 'The `top` sources raising most alerts.' })
  noisiest!: AlertSourceCount[];

  @Field(() => Int)
  flappingCount!: number;

  @Field(() => [FlappingAlert], { description: 'Up to `top` flapping alerts, latest first.' })
  flapping!: FlappingAlert[];

  @Field(() => AlertNotificationCounts)
  notifications!: AlertNotificationCounts;
}
