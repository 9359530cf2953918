CREATE TYPE "public"."report_format" AS ENUM('CSV', 'JSON', 'XLSX', 'PDF');--> statement-breakpoint
CREATE TYPE "public"."report_run_status" AS ENUM('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED');--> statement-breakpoint
CREATE TABLE "report_artifact_chunks" (
	"artifact_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"data" "bytea" NOT NULL,
	CONSTRAINT "report_artifact_chunks_artifact_id_seq_pk" PRIMARY KEY("artifact_id","seq")
);
--> statement-breakpoint
CREATE TABLE "report_artifacts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"run_id" uuid NOT NULL,
	"format" "report_format" NOT NULL,
	"content_type" text NOT NULL,
	"file_name" text NOT NULL,
	"size_bytes" bigint DEFAULT 0 NOT NULL,
	"sha256" text,
	"completed_at" timestamp with time zone,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_definitions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"template" text NOT NULL,
	"parameters" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"sections" text[] DEFAULT '{}' NOT NULL,
	"owner_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_runs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"definition_id" uuid,
	"definition_snapshot" jsonb NOT NULL,
	"requested_by" uuid,
	"schedule_id" uuid,
	"occurrence_at" timestamp with time zone,
	"formats" "report_format"[] NOT NULL,
	"status" "report_run_status" DEFAULT 'QUEUED' NOT NULL,
	"progress_percent" integer DEFAULT 0 NOT NULL,
	"stage" text DEFAULT 'queued' NOT NULL,
	"row_count" bigint DEFAULT 0 NOT NULL,
	"error" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"cancel_requested_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "report_schedules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"definition_id" uuid NOT NULL,
	"owner_id" uuid,
	"cron" text NOT NULL,
	"timezone" text NOT NULL,
	"formats" "report_format"[] NOT NULL,
	"recipients" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"recipient_secrets_sealed" text,
	"skip_if_empty" boolean DEFAULT false NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"disabled_reason" text,
	"next_run_at" timestamp with time zone,
	"last_run_at" timestamp with time zone,
	"last_run_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "report_artifact_chunks" ADD CONSTRAINT "report_artifact_chunks_artifact_id_report_artifacts_id_fk" FOREIGN KEY ("artifact_id") REFERENCES "public"."report_artifacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_artifacts" ADD CONSTRAINT "report_artifacts_run_id_report_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."report_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_definitions" ADD CONSTRAINT "report_definitions_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_runs" ADD CONSTRAINT "report_runs_definition_id_report_definitions_id_fk" FOREIGN KEY ("definition_id") REFERENCES "public"."report_definitions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_runs" ADD CONSTRAINT "report_runs_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_schedules" ADD CONSTRAINT "report_schedules_definition_id_report_definitions_id_fk" FOREIGN KEY ("definition_id") REFERENCES "public"."report_definitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_schedules" ADD CONSTRAINT "report_schedules_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_artifacts_run_idx" ON "report_artifacts" USING btree ("run_id");--> statement-breakpoint
CREATE INDEX "report_artifacts_expires_idx" ON "report_artifacts" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "report_definitions_name_key" ON "report_definitions" USING btree ("name");--> statement-breakpoint
CREATE INDEX "report_runs_definition_idx" ON "report_runs" USING btree ("definition_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "report_runs_schedule_occurrence_key" ON "report_runs" USING btree ("schedule_id","occurrence_at") WHERE schedule_id is not null;--> statement-breakpoint
CREATE INDEX "report_runs_finished_idx" ON "report_runs" USING btree ("finished_at");--> statement-breakpoint
CREATE INDEX "report_schedules_due_idx" ON "report_schedules" USING btree ("next_run_at") WHERE enabled;--> statement-breakpoint
CREATE INDEX "report_schedules_definition_idx" ON "report_schedules" USING btree ("definition_id");