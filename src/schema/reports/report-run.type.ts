import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../shared/connection.type';
import { PageArgs } from '../shared/page.args';
import { DateTime } from '../shared/scalars';
import { ReportTemplate } from './report-definition.type';

export enum ReportFormat {
  CSV = 'CSV',
  JSON = 'JSON',
  XLSX = 'XLSX',
  PDF = 'PDF',
}
registerEnumType(ReportFormat, { name: 'ReportFormat' });

export enum ReportRunStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ReportRunStatus, { name: 'ReportRunStatus' });

@ObjectType()
export class ReportArtifact {
  @Field(() => ID)
  id!: string;

  @Field(() => ReportFormat)
  format!: ReportFormat;

  @Field(() => String)
  contentType!: string;

  @Field(() => String)
  fileName!: string;

  @Field(() => Float)
  sizeBytes!: number;

  @Field(() => String, { nullable: true, description: 'Hex SHA-256 of the file (also its download ETag).' })
  sha256!: string | null;

  @Field(() => DateTime, { description: 'Deleted after this (REPORT_ARTIFACT_RETENTION_DAYS).' })
  expiresAt!: Date;

  @Field(() => DateTime)
  createdAt!: Date;

  @Field(() => String, {
    nullable: true,
    description:
      "GET it on this server: a signed link valid for REPORT_LINK_TTL_SECONDS, no token needed. Null unless you asked for the run: its files hold what the requester's rights read.",
  })
  downloadUrl!: string | null;
}

@ObjectType()
export class ReportRun {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true, description: 'Null once the definition is deleted.' })
  definitionId!: string | null;

  @Field(() => String, { description: 'The definition\'s name when the run was queued.' })
  definitionName!: string;

  @Field(() => ReportTemplate)
  template!: ReportTemplate;

  @Field(() => ID, { nullable: true, description: 'Whose rights the run reads with.' })
  requestedBy!: string | null;

  @Field(() => ID, { nullable: true })
  scheduleId!: string | null;

  @Field(() => [ReportFormat])
  formats!: ReportFormat[];

  @Field(() => ReportRunStatus)
  status!: ReportRunStatus;

  @Field(() => Int, { description: '0-100; only grows while the run runs.' })
  progressPercent!: number;

  @Field(() => String, { description: 'What the run is doing (queued, collecting users, writing JSON, done).' })
  stage!: string;

  @Field(() => Float)
  rowCount!: number;

  @Field(() => String, { nullable: true, description: 'Why the run FAILED, in words (never internals).' })
  error!: string | null;

  @Field(() => Int)
  attempts!: number;

  @Field(() => DateTime, { nullable: true })
  cancelRequestedAt!: Date | null;

  @Field(() => DateTime)
  createdAt!: Date;

  @Field(() => DateTime, { nullable: true })
  startedAt!: Date | null;

  @Field(() => DateTime, { nullable: true })
  finishedAt!: Date | null;

  @Field(() => [ReportArtifact], { description: 'Completed files (SUCCEEDED runs).' })
  artifacts!: ReportArtifact[];
}

export const ReportRunConnection = Connection(ReportRun, 'ReportRun');

@ArgsType()
export class ReportRunsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  definitionId?: string | null;
}
