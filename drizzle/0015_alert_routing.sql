CREATE TABLE "alert_group_members" (
	"group_id" uuid NOT NULL,
	"alert_id" uuid NOT NULL,
	"notified_firing" boolean DEFAULT false NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "alert_group_members_group_id_alert_id_pk" PRIMARY KEY("group_id","alert_id")
);
--> statement-breakpoint
CREATE TABLE "alert_groups" (
	"id" uuid PRIMARY KEY NOT NULL,
	"route_id" text NOT NULL,
	"group_key" text NOT NULL,
	"group_labels" jsonb NOT NULL,
	"flush_seq" integer DEFAULT 0 NOT NULL,
	"last_firing" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"last_notified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "alert_groups_group_key_unique" UNIQUE("group_key")
);
--> statement-breakpoint
CREATE TABLE "alert_routing_tree" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"root" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "alert_time_intervals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"ranges" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "alert_time_intervals_name_unique" UNIQUE("name")
);
--> statement-breakpoint
ALTER TABLE "alert_group_members" ADD CONSTRAINT "alert_group_members_group_id_alert_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."alert_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_group_members" ADD CONSTRAINT "alert_group_members_alert_id_alerts_id_fk" FOREIGN KEY ("alert_id") REFERENCES "public"."alerts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alert_routing_tree" ADD CONSTRAINT "alert_routing_tree_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "alert_group_members_alert_idx" ON "alert_group_members" USING btree ("alert_id");--> statement-breakpoint
CREATE INDEX "alert_groups_route_id_idx" ON "alert_groups" USING btree ("route_id");