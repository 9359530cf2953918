import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../shared/connection.type';
import { PageArgs } from '../shared/page.args';
import { DateTime, JSONObject } from '../shared/scalars';

export enum ReportTemplate {
  DAILY_SUMMARY = 'DAILY_SUMMARY',
  WEEKLY_PERFORMANCE = 'WEEKLY_PERFORMANCE',
  MONTHLY_COMPREHENSIVE = 'MONTHLY_COMPREHENSIVE',
  ACCESS_REVIEW = 'ACCESS_REVIEW',
  SECURITY_EVENTS = 'SECURITY_EVENTS',
}
registerEnumType(ReportTemplate, { name: 'ReportTemplate' });

export enum ReportRange {
  LAST_24_HOURS = 'LAST_24_HOURS',
  LAST_7_DAYS = 'LAST_7_DAYS',
  LAST_30_DAYS = 'LAST_30_DAYS',
  LAST_90_DAYS = 'LAST_90_DAYS',
  TODAY = 'TODAY',
  YESTERDAY = 'YESTERDAY',
  PREVIOUS_WEEK = 'PREVIOUS_WEEK',
  PREVIOUS_MONTH = 'PREVIOUS_MONTH',
  CUSTOM = 'CUSTOM',
}
registerEnumType(ReportRange, { name: 'ReportRange', description: 'Presets resolve when a run starts, in the definition\'s time zone (weeks start on Monday).' });

export enum ReportGranularity {
  HOUR = 'HOUR',
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}
registerEnumType(ReportGranularity, { name: 'ReportGranularity' });

@ObjectType()
export class ReportParameters {
  @Field(() => ReportRange)
  range!: ReportRange;

  @Field(() => DateTime, { nullable: true, description: 'With range CUSTOM only.' })
  from?: Date | string | null;

  @Field(() => DateTime, { nullable: true, description: 'With range CUSTOM only (exclusive).' })
  to?: Date | string | null;

  @Field(() => String, { description: 'IANA time zone: buckets and presets follow its calendar.' })
  timezone!: string;

  @Field(() => ReportGranularity)
  granularity!: ReportGranularity;

  @Field(() => JSONObject, { description: 'Label selector narrowing label-scoped data (users, alerts).' })
  labels!: Record<string, string>;
}

@InputType()
export class ReportParametersInput {
  @Field(() => ReportRange, { nullable: true })
  range?: ReportRange | null;

  @Field(() => DateTime, { nullable: true })
  from?: Date | null;

  @Field(() => DateTime, { nullable: true })
  to?: Date | null;

  @Field(() => String, { nullable: true })
  timezone?: string | null;

  @Field(() => ReportGranularity, { nullable: true })
  granularity?: ReportGranularity | null;

  @Field(() => JSONObject, { nullable: true })
  labels?: Record<string, string> | null;
}

@ObjectType()
export class ReportDefinition {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => ReportTemplate)
  template!: ReportTemplate;

  @Field(() => ReportParameters)
  parameters!: ReportParameters;

  @Field(() => [String], { description: 'Section keys in display order (the template\'s when none were chosen).' })
  sections!: string[];

  @Field(() => ID, { nullable: true })
  ownerId!: string | null;

  @Field(() => Int, { description: 'Pass it to updateReportDefinition: a stale version is a CONFLICT.' })
  version!: number;

  @Field(() => DateTime)
  createdAt!: Date;

  @Field(() => DateTime)
  updatedAt!: Date;
}

export const ReportDefinitionConnection = Connection(ReportDefinition, 'ReportDefinition');

@ObjectType()
export class ReportTemplateInfo {
  @Field(() => ReportTemplate)
  key!: ReportTemplate;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  description!: string;

  @Field(() => [String])
  sections!: string[];

  @Field(() => ReportParameters, { description: 'Defaults a new definition of this template takes.' })
  parameters!: ReportParameters;
}

@InputType()
export class CreateReportDefinitionInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ReportTemplate)
  template!: ReportTemplate;

  @Field(() => ReportParametersInput, { nullable: true, description: 'Missing fields take the template\'s defaults.' })
  parameters?: ReportParametersInput | null;

  @Field(() => [String], { nullable: true, description: 'Section keys; missing or empty: the template\'s.' })
  sections?: string[] | null;
}

@InputType()
export class UpdateReportDefinitionInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ReportParametersInput, { nullable: true, description: 'Merged over the current parameters.' })
  parameters?: ReportParametersInput | null;

  @Field(() => [String], { nullable: true })
  sections?: string[] | null;
}

@ArgsType()
export class ReportDefinitionsArgs extends PageArgs {}
