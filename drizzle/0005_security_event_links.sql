ALTER TABLE "security_events" ADD COLUMN "dedup_key" text;--> statement-breakpoint
CREATE INDEX "audit_logs_request_id_idx" ON "audit_logs" USING btree ("request_id");--> statement-breakpoint
CREATE UNIQUE INDEX "security_events_dedup_key_uq" ON "security_events" USING btree ("dedup_key");