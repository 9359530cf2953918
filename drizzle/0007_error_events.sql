CREATE TABLE "error_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"classes" text[] NOT NULL,
	"code" text NOT NULL,
	"operation" text NOT NULL,
	"message" text NOT NULL,
	"request_id" text
);
--> statement-breakpoint
CREATE INDEX "error_events_occurred_at_idx" ON "error_events" USING btree ("occurred_at");