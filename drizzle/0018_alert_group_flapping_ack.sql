ALTER TABLE "alert_groups" ADD COLUMN "last_flapping" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "alert_groups" ADD COLUMN "acknowledged_at" timestamp with time zone;