import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageArgs } from '../shared/page.args';
import { Connection } from '../shared/connection.type';
import { DateTime, JSONObject } from '../shared/scalars';

export enum AlertStatus {
  FIRING = 'FIRING',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  RESOLVED = 'RESOLVED',
}
registerEnumType(AlertStatus, { name: 'AlertStatus' });

export enum AlertSeverity {
  CRITICAL = 'CRITICAL',
  ERROR = 'ERROR',
  WARNING = 'WARNING',
  INFO = 'INFO',
}
registerEnumType(AlertSeverity, { name: 'AlertSeverity' });

export enum AlertSourceKind {
  RULE = 'RULE',
  EXTERNAL = 'EXTERNAL',
}
registerEnumType(AlertSourceKind, { name: 'AlertSourceKind' });

export enum AlertChangeKind {
  FIRED = 'FIRED',
  UPDATED = 'UPDATED',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  UNACKNOWLEDGED = 'UNACKNOWLEDGED',
  RESOLVED = 'RESOLVED',
  SNOOZED = 'SNOOZED',
  SILENCED = 'SILENCED',
  UNSILENCED = 'UNSILENCED',
  INHIBITED = 'INHIBITED',
  UNINHIBITED = 'UNINHIBITED',
  ESCALATED = 'ESCALATED',
}
registerEnumType(AlertChangeKind, { name: 'AlertChangeKind' });

@ObjectType({ description: 'A label matcher with Alertmanager semantics: an absent label reads as "", regexes are anchored.' })
export class LabelMatcher {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'One of =, !=, =~, !~.' })
  op!: string;

  @Field(() => String)
  value!: string;
}

@InputType()
export class LabelMatcherInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'One of =, !=, =~, !~ (regexes anchored at both ends, at most 512 characters).' })
  op!: string;

  @Field(() => String)
  value!: string;
}

@ObjectType()
export class AlertSource {
  @Field(() => AlertSourceKind)
  kind!: AlertSourceKind;

  @Field(() => ID, { nullable: true, description: 'The alert rule (RULE).' })
  ruleId!: string | null;

  @Field(() => String, { nullable: true, description: 'Who pushed it (EXTERNAL): the API key or user of the intake.' })
  name!: string | null;
}

@ObjectType()
export class Alert {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "Alertmanager's fingerprint of the labels (16 hex digits): one open alert per fingerprint." })
  fingerprint!: string;

  @Field(() => AlertSource)
  source!: AlertSource;

  @Field(() => AlertStatus)
  status!: AlertStatus;

  @Field(() => AlertSeverity)
  severity!: AlertSeverity;

  @Field(() => JSONObject)
  labels!: Record<string, string>;

  @Field(() => JSONObject)
  annotations!: Record<string, string>;

  @Field(() => String, { nullable: true })
  generatorUrl!: string | null;

  @Field(() => DateTime)
  startsAt!: Date;

  @Field(() => DateTime, { nullable: true, description: 'When it resolved, or when it resolves unless reported again.' })
  endsAt!: Date | null;

  @Field(() => DateTime, { description: 'The last report from its source.' })
  lastReceivedAt!: Date;

  @Field(() => ID, { nullable: true, description: 'User id.' })
  acknowledgedBy!: string | null;

  @Field(() => DateTime, { nullable: true })
  acknowledgedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: 'User id; null when its source resolved it.' })
  resolvedBy!: string | null;

  @Field(() => DateTime, { nullable: true })
  resolvedAt!: Date | null;

  @Field(() => DateTime, { nullable: true })
  snoozedUntil!: Date | null;

  @Field(() => Int)
  escalationLevel!: number;

  @Field(() => [ID], { description: 'Active silences matching it.' })
  silencedBy!: string[];

  @Field(() => [ID], { description: 'Open alerts inhibiting it (through inhibition rules).' })
  inhibitedBy!: string[];

  @Field(() => Boolean)
  flapping!: boolean;

  @Field(() => DateTime)
  createdAt!: Date;

  @Field(() => DateTime)
  updatedAt!: Date;
}

export const AlertConnection = Connection(Alert, 'Alert');

@ObjectType()
export class AlertNote {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTime)
  at!: Date;

  @Field(() => String, { description: 'USER, SYSTEM (a timer) or SOURCE (the intake or rule engine).' })
  actorType!: string;

  @Field(() => ID, { nullable: true })
  actorId!: string | null;

  @Field(() => String, { description: 'FIRED, UPDATED, ACKNOWLEDGED, RESOLVED, SNOOZED, UNSNOOZED, SILENCED, INHIBITED, ...' })
  action!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => JSONObject, { nullable: true })
  details!: Record<string, unknown> | null;
}

export const AlertNoteConnection = Connection(AlertNote, 'AlertNote');

@ObjectType()
export class AlertChange {
  @Field(() => AlertChangeKind)
  kind!: AlertChangeKind;

  @Field(() => Alert)
  alert!: Alert;

  @Field(() => String, { description: 'Position of this event in the event log: pass it as `after` to resume from here.' })
  cursor!: string;
}

@InputType()
export class AlertFilter {
  @Field(() => [AlertStatus], { nullable: true })
  statuses?: AlertStatus[] | null;

  @Field(() => [AlertSeverity], { nullable: true })
  severities?: AlertSeverity[] | null;

  @Field(() => [LabelMatcherInput], { nullable: true, description: 'Every matcher must match the labels.' })
  matchers?: LabelMatcherInput[] | null;

  @Field(() => String, { nullable: true })
  fingerprint?: string | null;
}

@ArgsType()
export class AlertsArgs extends PageArgs {
  @Field(() => AlertFilter, { nullable: true })
  filter?: AlertFilter | null;
}
