CREATE TABLE "event_log" (
	"position" bigint PRIMARY KEY NOT NULL,
	"topic" text NOT NULL,
	"payload" jsonb NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_log_head" (
	"id" smallint PRIMARY KEY NOT NULL,
	"position" bigint NOT NULL,
	"purged_through" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX "event_log_topic_position_idx" ON "event_log" USING btree ("topic","position");--> statement-breakpoint
CREATE INDEX "event_log_recorded_at_idx" ON "event_log" USING btree ("recorded_at");