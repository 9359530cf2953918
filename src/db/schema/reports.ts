import { sql } from 'drizzle-orm';
import { bigint, boolean, customType, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

export const REPORT_TEMPLATES = ['DAILY_SUMMARY', 'WEEKLY_PERFORMANCE', 'MONTHLY_COMPREHENSIVE', 'ACCESS_REVIEW', 'SECURITY_EVENTS'] as const;
export type ReportTemplate = (typeof REPORT_TEMPLATES)[number];
export const REPORT_FORMATS = ['CSV', 'JSON', 'XLSX', 'PDF'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export const REPORT_RUN_STATUSES = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED'] as const;
export type ReportRunStatus = (typeof REPORT_RUN_STATUSES)[number];

export const reportRunStatus = pgEnum('report_run_status', REPORT_RUN_STATUSES);
export const reportFormat = pgEnum('report_format', REPORT_FORMATS);

/** Validated parameters of a definition (zod in the service is their source of truth). */
export type ReportParameters = Record<string, unknown>;

/** A saved report: a template plus typed parameters and the sections it shows. */
export const reportDefinitions = pgTable(
  'report_definitions',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    template: text('template').$type<ReportTemplate>().notNull(),
    parameters: jsonb('parameters').$type<ReportParameters>().notNull().default({}),
    /** Section keys in display order; empty means the template's defaults. */
    sections: text('sections').array().notNull().default([]),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('report_definitions_name_key').on(t.name)],
);

/**
 * One execution of a definition. The definition is copied into `definition_snapshot` when the run
 * is queued, so an edit or a delete afterwards changes nothing about what the run produces. A run is
 * started by inserting a QUEUED row and enqueueing the `reports:run` job in the same transaction.
 */
export const reportRuns = pgTable(
  'report_runs',
  {
    id: uuid('id').primaryKey(),
    definitionId: uuid('definition_id').references(() => reportDefinitions.id, { onDelete: 'set null' }),
    definitionSnapshot: jsonb('definition_snapshot').$type<Record<string, unknown>>().notNull(),
    /** Whose rights the run reads with (the caller, or a schedule's owner). */
    requestedBy: uuid('requested_by').references(() => users.id, { onDelete: 'set null' }),
    /**
     * Set when an API key asked for the run: it reads with the key's grants (within its owner's
     * rights), not the owner's full rights, and fails if the key is revoked or expires first.
     */
    requestedByApiKeyId: uuid('requested_by_api_key_id'),
    scheduleId: uuid('schedule_id'),
    /** The schedule occurrence this run is for: unique per schedule, so each runs once. */
    occurrenceAt: timestamp('occurrence_at', { withTimezone: true }),
    formats: reportFormat('formats').array().notNull(),
    status: reportRunStatus('status').notNull().default('QUEUED'),
    progressPercent: integer('progress_percent').notNull().default(0),
    stage: text('stage').notNull().default('queued'),
    rowCount: bigint('row_count', { mode: 'number' }).notNull().default(0),
    error: text('error'),
    attempts: integer('attempts').notNull().default(0),
    cancelRequestedAt: timestamp('cancel_requested_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    index('report_runs_definition_idx').on(t.definitionId, t.createdAt),
    uniqueIndex('report_runs_schedule_occurrence_key').on(t.scheduleId, t.occurrenceAt).where(sql`schedule_id is not null`),
    index('report_runs_finished_idx').on(t.finishedAt),
  ],
);

/** A file a run produced; its bytes live in `report_artifact_chunks` so any node serves it. */
export const reportArtifacts = pgTable(
  'report_artifacts',
  {
    id: uuid('id').primaryKey(),
    runId: uuid('run_id')
      .notNull()
      .references(() => reportRuns.id, { onDelete: 'cascade' }),
    format: reportFormat('format').notNull(),
    contentType: text('content_type').notNull(),
    fileName: text('file_name').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull().default(0),
    sha256: text('sha256'),
    /** Null while the file is being written; a download of an incomplete artifact is refused. */
    completedAt: timestamp('completed_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('report_artifacts_run_idx').on(t.runId), index('report_artifacts_expires_idx').on(t.expiresAt)],
);

/** Artifact bytes in bounded chunks: written and read as streams, never whole in memory. */
export const reportArtifactChunks = pgTable(
  'report_artifact_chunks',
  {
    artifactId: uuid('artifact_id')
      .notNull()
      .references(() => reportArtifacts.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    data: bytea('data').notNull(),
  },
  (t) => [primaryKey({ columns: [t.artifactId, t.seq] })],
);

/** Where a scheduled report goes. Secrets (webhook signing keys) are sealed, never returned. */
export interface ReportRecipient {
  kind: 'EMAIL' | 'SLACK' | 'WEBHOOK';
  /** Email address, or the URL of a Slack incoming webhook / a webhook. */
  target: string;
  /** A notification channel to send through instead of an inline target. */
  channelId?: string;
}

export const reportSchedules = pgTable(
  'report_schedules',
  {
    id: uuid('id').primaryKey(),
    definitionId: uuid('definition_id')
      .notNull()
      .references(() => reportDefinitions.id, { onDelete: 'cascade' }),
    /** The schedule runs with this user's current rights. */
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    cron: text('cron').notNull(),
    timezone: text('timezone').notNull(),
    formats: reportFormat('formats').array().notNull(),
    recipients: jsonb('recipients').$type<ReportRecipient[]>().notNull().default([]),
    recipientSecretsSealed: text('recipient_secrets_sealed'),
    skipIfEmpty: boolean('skip_if_empty').notNull().default(false),
    enabled: boolean('enabled').notNull().default(true),
    /** Why the schedule stopped on its own (its owner can no longer read its data), shown to users. */
    disabledReason: text('disabled_reason'),
    nextRunAt: timestamp('next_run_at', { withTimezone: true }),
    lastRunAt: timestamp('last_run_at', { withTimezone: true }),
    lastRunId: uuid('last_run_id'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('report_schedules_due_idx').on(t.nextRunAt).where(sql`enabled`), index('report_schedules_definition_idx').on(t.definitionId)],
);
