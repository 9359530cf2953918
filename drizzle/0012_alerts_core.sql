CREATE TYPE "public"."alert_note_actor" AS ENUM('USER', 'SYSTEM', 'SOURCE');--> statement-breakpoint
CREATE TYPE "public"."alert_severity" AS ENUM('CRITICAL', 'ERROR', 'WARNING', 'INFO');--> statement-breakpoint
CREATE TYPE "public"."alert_source_kind" AS ENUM('RULE', 'EXTERNAL');--> statement-breakpoint
CREATE TYPE "public"."alert_status" AS ENUM('FIRING', 'ACKNOWLEDGED', 'RESOLVED');--> statement-breakpoint
CREATE TABLE "alert_notes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"alert_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_type" "alert_note_actor" NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"note" text,
	"details" jsonb
);
--> statement-breakpoint
CREATE TABLE "alerts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"fingerprint" text NOT NULL,
	"source_kind" "alert_source_kind" NOT NULL,
	"rule_id" uuid,
	"source_name" text,
	"status" "alert_status" DEFAULT 'FIRING' NOT NULL,
	"severity" "alert_severity" NOT NULL,
	"labels" jsonb NOT NULL,
	"annotations" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"generator_url" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"last_received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"acknowledged_by" uuid,
	"acknowledged_at" timestamp with time zone,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	"snoozed_until" timestamp with time zone,
	"escalation_level" integer DEFAULT 0 NOT NULL,
	"silenced_by" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"inhibited_by" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"flapping" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inhibition_rules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"source_matchers" jsonb NOT NULL,
	"target_matchers" jsonb NOT NULL,
	"equal" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "silences" (
	"id" uuid PRIMARY KEY NOT NULL,
	"matchers" jsonb NOT NULL,
	"scope_labels" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"comment" text NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"expired_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "alert_notes" ADD CONSTRAINT "alert_notes_alert_id_alerts_id_fk" FOREIGN KEY ("alert_id") REFERENCES "public"."alerts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_acknowledged_by_users_id_fk" FOREIGN KEY ("acknowledged_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inhibition_rules" ADD CONSTRAINT "inhibition_rules_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "silences" ADD CONSTRAINT "silences_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "silences" ADD CONSTRAINT "silences_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "silences" ADD CONSTRAINT "silences_expired_by_users_id_fk" FOREIGN KEY ("expired_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "alert_notes_alert_id_idx" ON "alert_notes" USING btree ("alert_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "alerts_open_fingerprint_uq" ON "alerts" USING btree ("fingerprint") WHERE "alerts"."status" <> 'RESOLVED';--> statement-breakpoint
CREATE INDEX "alerts_fingerprint_id_idx" ON "alerts" USING btree ("fingerprint","id");--> statement-breakpoint
CREATE INDEX "alerts_status_id_idx" ON "alerts" USING btree ("status","id");--> statement-breakpoint
CREATE INDEX "alerts_labels_gin_idx" ON "alerts" USING gin ("labels");--> statement-breakpoint
CREATE INDEX "silences_ends_at_idx" ON "silences" USING btree ("ends_at");--> statement-breakpoint
CREATE INDEX "silences_scope_labels_gin_idx" ON "silences" USING gin ("scope_labels");