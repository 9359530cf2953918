CREATE TYPE "public"."rate_limit_subject_kind" AS ENUM('USER', 'PERMISSION_SET', 'OPERATION', 'IP');--> statement-breakpoint
CREATE TABLE "rate_limit_policies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"subject_kind" "rate_limit_subject_kind" NOT NULL,
	"subject_value" text NOT NULL,
	"requests_per_window" integer NOT NULL,
	"window_seconds" integer NOT NULL,
	"cost_per_minute" integer,
	"enabled" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "rate_limit_policies_name_uq" ON "rate_limit_policies" USING btree ("name");--> statement-breakpoint
CREATE INDEX "rate_limit_policies_subject_idx" ON "rate_limit_policies" USING btree ("subject_kind","subject_value");