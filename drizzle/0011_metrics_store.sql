CREATE TABLE "metric_samples" (
	"series_id" bigint NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"value" double precision NOT NULL,
	CONSTRAINT "metric_samples_pkey" PRIMARY KEY("series_id","at")
);
--> statement-breakpoint
CREATE TABLE "metric_series" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"metric" text NOT NULL,
	"labels" jsonb NOT NULL,
	"hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "metric_samples" ADD CONSTRAINT "metric_samples_series_id_metric_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."metric_series"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "metric_samples_at_brin" ON "metric_samples" USING brin ("at");--> statement-breakpoint
CREATE UNIQUE INDEX "metric_series_hash_key" ON "metric_series" USING btree ("hash");--> statement-breakpoint
CREATE INDEX "metric_series_metric_idx" ON "metric_series" USING btree ("metric","id");