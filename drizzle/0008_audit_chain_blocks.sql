CREATE TABLE "audit_chain_blocks" (
	"block_seq" bigint PRIMARY KEY NOT NULL,
	"first_seq" bigint,
	"last_seq" bigint,
	"row_count" bigint NOT NULL,
	"chained_rows" bigint NOT NULL,
	"tail_hash" text,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	"sealed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_checkpoints" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_checkpoints_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"block_seq" bigint NOT NULL,
	"chained_rows" bigint NOT NULL,
	"hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"kid" text NOT NULL,
	"mac" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_chain_head" ADD COLUMN "block_seq" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_logs" ADD COLUMN "chain_txn" bigint;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_chain_blocks_first_seq_uq" ON "audit_chain_blocks" USING btree ("first_seq");--> statement-breakpoint
CREATE INDEX "audit_checkpoints_block_seq_idx" ON "audit_checkpoints" USING btree ("block_seq");