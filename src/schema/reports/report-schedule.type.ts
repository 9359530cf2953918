import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../shared/connection.type';
import { DateTime } from '../shared/scalars';
import { ReportFormat } from './report-run.type';

export enum ReportRecipientKind {
  EMAIL = 'EMAIL',
  SLACK = 'SLACK',
  WEBHOOK = 'WEBHOOK',
}
registerEnumType(ReportRecipientKind, {
  name: 'ReportRecipientKind',
  description: 'EMAIL: the files attached (linked above REPORT_EMAIL_MAX_ATTACHMENT_MB). SLACK: a message with download links. WEBHOOK: a signed JSON payload (Standard Webhooks).',
});

@ObjectType({ description: 'Where a scheduled report goes. Secrets are write-only: a Slack or webhook URL shows only its origin, a signing secret never.' })
export class ReportRecipient {
  @Field(() => ReportRecipientKind)
  kind!: ReportRecipientKind;

  @Field(() => String, { description: 'The email address (in full with reports:schedule, else `…@domain`), or the origin of the Slack or webhook URL (`https://host/…`).' })
  target!: string;

  @Field(() => Boolean, { description: 'A secret (Slack webhook URL, webhook URL and signing secret) is stored, sealed.' })
  secretSet!: boolean;
}

@ObjectType({ description: 'A report definition run on a cron schedule in a time zone, with its owner’s current rights, and delivered to recipients.' })
export class ReportSchedule {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  definitionId!: string;

  @Field(() => ID, { nullable: true, description: 'Whose rights the runs read with: whoever created the schedule or changed it last.' })
  ownerId!: string | null;

  @Field(() => String, { description: 'Five fields: minute hour day-of-month month day-of-week.' })
  cron!: string;

  @Field(() => String, { description: 'IANA zone the cron expression is read in (DST policy in the README).' })
  timezone!: string;

  @Field(() => [ReportFormat])
  formats!: ReportFormat[];

  @Field(() => [ReportRecipient])
  recipients!: ReportRecipient[];

  @Field(() => Boolean, { description: 'A run with no rows delivers nothing.' })
  skipIfEmpty!: boolean;

  @Field(() => Boolean)
  enabled!: boolean;

  @Field(() => String, { nullable: true, description: 'Why the schedule stopped on its own (its owner can no longer run it); cleared when enabled again.' })
  disabledReason!: string | null;

  @Field(() => DateTime, { nullable: true, description: 'The next occurrence (null while disabled).' })
  nextRunAt!: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'The occurrence the last run was queued for.' })
  lastRunAt!: Date | null;

  @Field(() => ID, { nullable: true })
  lastRunId!: string | null;

  @Field(() => Int, { description: 'Pass it back to updateReportSchedule (optimistic concurrency).' })
  version!: number;

  @Field(() => DateTime)
  createdAt!: Date;

  @Field(() => DateTime)
  updatedAt!: Date;
}

export const ReportScheduleConnection = Connection(ReportSchedule, 'ReportSchedule');

@InputType()
export class ReportRecipientInput {
  @Field(() => ReportRecipientKind)
  kind!: ReportRecipientKind;

  @Field(() => String, { description: 'An email address, a Slack incoming-webhook URL, or a webhook URL.' })
  target!: string;

  @Field(() => String, { nullable: true, description: 'WEBHOOK (required): the Standard Webhooks signing secret, whsec_ followed by base64.' })
  signingSecret?: string | null;
}

@InputType()
export class CreateReportScheduleInput {
  @Field(() => ID)
  definitionId!: string;

  @Field(() => String, { description: 'Five fields, e.g. "0 9 * * 1" (Mondays 09:00).' })
  cron!: string;

  @Field(() => String, { description: 'IANA zone, e.g. Europe/Berlin.' })
  timezone!: string;

  @Field(() => [ReportFormat])
  formats!: ReportFormat[];

  @Field(() => [ReportRecipientInput], { nullable: true })
  recipients?: ReportRecipientInput[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Default false.' })
  skipIfEmpty?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Default true.' })
  enabled?: boolean | null;
}

@InputType({ description: 'Only the fields given change. recipients, when given, replace the list (secrets given again).' })
export class UpdateReportScheduleInput {
  @Field(() => Int, { description: 'The version read: a schedule changed meanwhile answers CONFLICT.' })
  version!: number;

  @Field(() => String, { nullable: true })
  cron?: string | null;

  @Field(() => String, { nullable: true })
  timezone?: string | null;

  @Field(() => [ReportFormat], { nullable: true })
  formats?: ReportFormat[] | null;

  @Field(() => [ReportRecipientInput], { nullable: true })
  recipients?: ReportRecipientInput[] | null;

  @Field(() => Boolean, { nullable: true })
  skipIfEmpty?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  enabled?: boolean | null;
}
