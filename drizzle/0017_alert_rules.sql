CREATE TYPE "public"."alert_instance_state" AS ENUM('NORMAL', 'PENDING', 'FIRING', 'NO_DATA', 'ERROR');--> statement-breakpoint
CREATE TYPE "public"."alert_rule_exec_err_state" AS ENUM('OK', 'ALERTING', 'ERROR', 'KEEP_LAST');--> statement-breakpoint
CREATE TYPE "public"."alert_rule_no_data_state" AS ENUM('OK', 'ALERTING', 'NO_DATA', 'KEEP_LAST');--> statement-breakpoint
CREATE TYPE "public"."alert_rule_operator" AS ENUM('GT', 'GTE', 'LT', 'LTE', 'EQ', 'NE');--> statement-breakpoint
CREATE TYPE "public"."alert_rule_source_kind" AS ENUM('BUILTIN', 'PROMQL');--> statement-breakpoint
CREATE TABLE "alert_rule_instances" (
	"rule_id" uuid NOT NULL,
	"labels_hash" text NOT NULL,
	"labels" jsonb NOT NULL,
	"state" "alert_instance_state" DEFAULT 'NORMAL' NOT NULL,
	"active_since" timestamp with time zone,
	"last_breach_at" timestamp with time zone,
	"last_value" double precision,
	"flap_history" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"flapping" boolean DEFAULT false NOT NULL,
	"alert_open" boolean DEFAULT false NOT NULL,
	"last_resolved_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "alert_rule_instances_pkey" PRIMARY KEY("rule_id","labels_hash")
);
--> statement-breakpoint
CREATE TABLE "alert_rules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"source_kind" "alert_rule_source_kind" NOT NULL,
	"metric" text,
	"matchers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"by" text[] DEFAULT '{}' NOT NULL,
	"aggregation" text,
	"window_seconds" integer,
	"expr" text,
	"operator" "alert_rule_operator" NOT NULL,
	"threshold" double precision NOT NULL,
	"recovery_threshold" double precision,
	"interval_seconds" integer NOT NULL,
	"for_seconds" integer DEFAULT 0 NOT NULL,
	"keep_firing_for_seconds" integer DEFAULT 0 NOT NULL,
	"no_data_state" "alert_rule_no_data_state" DEFAULT 'NO_DATA' NOT NULL,
	"exec_err_state" "alert_rule_exec_err_state" DEFAULT 'ERROR' NOT NULL,
	"severity" "alert_severity" DEFAULT 'WARNING' NOT NULL,
	"labels" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"annotations" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"escalation_policy_id" uuid,
	"cooldown_seconds" integer DEFAULT 0 NOT NULL,
	"default_key" text,
	"version" integer DEFAULT 1 NOT NULL,
	"next_evaluation_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_evaluated_at" timestamp with time zone,
	"evaluation_count" bigint DEFAULT 0 NOT NULL,
	"last_evaluation_ms" double precision,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "alert_state_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"rule_id" uuid NOT NULL,
	"labels" jsonb NOT NULL,
	"from_state" "alert_instance_state" NOT NULL,
	"to_state" "alert_instance_state" NOT NULL,
	"value" double precision,
	"flapping" boolean DEFAULT false NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "alert_rule_instances" ADD CONSTRAINT "alert_rule_instances_rule_id_alert_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."alert_rules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_state_history" ADD CONSTRAINT "alert_state_history_rule_id_alert_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."alert_rules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "alert_rules_name_key" ON "alert_rules" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "alert_rules_default_key_key" ON "alert_rules" USING btree ("default_key");--> statement-breakpoint
CREATE INDEX "alert_rules_due_idx" ON "alert_rules" USING btree ("next_evaluation_at") WHERE enabled;--> statement-breakpoint
CREATE INDEX "alert_state_history_rule_at_idx" ON "alert_state_history" USING btree ("rule_id","at","id");--> statement-breakpoint
CREATE INDEX "alert_state_history_at_idx" ON "alert_state_history" USING btree ("at","id");