-- Custom SQL migration file, put your code below! --
-- Chain once per transaction (see src/db/schema/audit.ts). Rows are hashed at insert and linked to
-- the row written before them in the same transaction, with the running state in a
-- transaction-local setting (reverted with a rolled-back savepoint, like the rows themselves).
-- At commit one deferred trigger firing per transaction takes the head lock, appends one block
-- (prev block hash + the transaction's last row hash and row count) and updates the head once:
-- O(1) under the lock, so the cost is linear in the rows and the lock lives only through commit.
-- Blocks are chained in the order the transactions took the lock, i.e. commit order.

-- The head is frozen while the existing chain becomes block 0: old-style inserts wait, then chain on.
SELECT 1 FROM audit_chain_head WHERE id = 1 FOR UPDATE;
--> statement-breakpoint
INSERT INTO audit_chain_head (id, seq, hash) VALUES (1, 0, repeat('0', 64)) ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO audit_chain_blocks (block_seq, first_seq, last_seq, row_count, chained_rows, tail_hash, prev_hash, hash)
SELECT 0, NULL, h.seq, h.seq, h.seq, h.hash, repeat('0', 64), h.hash FROM audit_chain_head h WHERE h.id = 1;
--> statement-breakpoint
UPDATE audit_chain_head SET block_seq = 0 WHERE id = 1;
--> statement-breakpoint
CREATE SEQUENCE audit_chain_seq AS bigint;
--> statement-breakpoint
SELECT setval('audit_chain_seq', coalesce((SELECT max(chain_seq) FROM audit_logs), 0) + 1, false);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_row_digest_v2(prev text, r audit_logs) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(concat_ws('|', 'v2',
    quote_nullable(prev), r.chain_txn, r.chain_seq, r.id,
    quote_nullable(to_char(r.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')),
    quote_nullable(r.actor_type::text), quote_nullable(r.actor_id::text), quote_nullable(r.action),
    quote_nullable(r.target_type), quote_nullable(r.target_id), quote_nullable(r.changes::text),
    quote_nullable(r.metadata::text), quote_nullable(r.outcome::text), quote_nullable(r.ip),
    quote_nullable(r.user_agent), quote_nullable(r.request_id)), 'UTF8')), 'hex')
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_block_digest(prev text, block_seq bigint, first_seq bigint, last_seq bigint, row_count bigint, tail text)
RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(concat_ws('|', 'block', quote_nullable(prev), block_seq,
    quote_nullable(first_seq::text), quote_nullable(last_seq::text), row_count, quote_nullable(tail)), 'UTF8')), 'hex')
$$;
--> statement-breakpoint
-- State of the open block: "<first row's chain_seq>:<rows>:<last chain_seq>:<last hash>".
CREATE OR REPLACE FUNCTION audit_logs_chain() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  st text := current_setting('audit.chain_state', true);
  txn bigint;
  n bigint := 0;
  prev text;
BEGIN
  NEW.chain_seq := nextval('audit_chain_seq');
  IF st IS NULL OR st = '' THEN
    txn := NEW.chain_seq;
  ELSE
    txn := split_part(st, ':', 1)::bigint;
    n := split_part(st, ':', 2)::bigint;
    prev := split_part(st, ':', 4);
  END IF;
  NEW.chain_txn := txn;
  NEW.prev_hash := prev;
  -- The expression of audit_row_digest_v2, inlined: a SQL function called from PL/pgSQL is set up
  -- again on every call, which tripled the trigger's cost. Verification uses the function, so
  -- any difference between the two would show as a broken chain in the tests.
  NEW.hash := encode(sha256(convert_to(concat_ws('|', 'v2',
    quote_nullable(prev), NEW.chain_txn, NEW.chain_seq, NEW.id,
    quote_nullable(to_char(NEW.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')),
    quote_nullable(NEW.actor_type::text), quote_nullable(NEW.actor_id::text), quote_nullable(NEW.action),
    quote_nullable(NEW.target_type), quote_nullable(NEW.target_id), quote_nullable(NEW.changes::text),
    quote_nullable(NEW.metadata::text), quote_nullable(NEW.outcome::text), quote_nullable(NEW.ip),
    quote_nullable(NEW.user_agent), quote_nullable(NEW.request_id)), 'UTF8')), 'hex');
  PERFORM set_config('audit.chain_state', txn || ':' || (n + 1) || ':' || NEW.chain_seq || ':' || NEW.hash, true);
  RETURN NEW;
END;
$$;
--> statement-breakpoint
-- Fires once per transaction (only the block's first row queues it), at commit: the only moment the
-- head is locked. Under SET CONSTRAINTS ALL IMMEDIATE it fires at the end of the statement instead,
-- and rows written later in the transaction open a new block.
CREATE OR REPLACE FUNCTION audit_logs_seal() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  st text := current_setting('audit.chain_state', true);
  n bigint;
  last_seq bigint;
  tail text;
  head audit_chain_head;
  block_hash text;
BEGIN
  IF st IS NULL OR st = '' OR split_part(st, ':', 1)::bigint <> NEW.chain_txn THEN
    RAISE EXCEPTION 'audit rows from % were not chained in this transaction', NEW.chain_txn
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  n := split_part(st, ':', 2)::bigint;
  last_seq := split_part(st, ':', 3)::bigint;
  tail := split_part(st, ':', 4);
  SELECT * INTO head FROM audit_chain_head WHERE id = 1 FOR UPDATE;
  block_hash := audit_block_digest(head.hash, head.block_seq + 1, NEW.chain_txn, last_seq, n, tail);
  INSERT INTO audit_chain_blocks (block_seq, first_seq, last_seq, row_count, chained_rows, tail_hash, prev_hash, hash, sealed_at)
  VALUES (head.block_seq + 1, NEW.chain_txn, last_seq, n, head.seq + n, tail, head.hash, block_hash, clock_timestamp());
  UPDATE audit_chain_head SET seq = head.seq + n, hash = block_hash, block_seq = head.block_seq + 1 WHERE id = 1;
  PERFORM set_config('audit.chain_state', '', true);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER audit_logs_seal AFTER INSERT ON audit_logs
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (NEW.chain_seq = NEW.chain_txn) EXECUTE FUNCTION audit_logs_seal();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_chain_blocks_no_update_delete BEFORE UPDATE OR DELETE ON audit_chain_blocks
  FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_chain_blocks_no_truncate BEFORE TRUNCATE ON audit_chain_blocks
  FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_checkpoints_no_update_delete BEFORE UPDATE OR DELETE ON audit_checkpoints
  FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON audit_checkpoints
  FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
--> statement-breakpoint
DROP FUNCTION IF EXISTS audit_verify_chain();
--> statement-breakpoint
-- Verifies from block `from_block` (trusted: a checkpoint matched it) to the head, or everything
-- (the rows chained one by one before this migration, then every block) when it is null.
-- first_broken_seq: the lowest chain_seq that no longer verifies (a changed row, a broken link, or
-- where a removed row or block would have been); chain_seq, not the block order, so the answer does
-- not depend on how concurrent transactions interleaved. checked: rows verified below it.
CREATE OR REPLACE FUNCTION audit_verify_chain(from_block bigint DEFAULT NULL)
RETURNS TABLE (checked bigint, first_broken_seq bigint, head_seq bigint, head_hash text, head_block bigint, start_rows bigint)
LANGUAGE plpgsql STABLE AS $$
DECLARE
  head audit_chain_head;
  base audit_chain_blocks;
  lg record;
  last_blk record;
  orphan bigint;
  broken bigint;
  min_first bigint;
BEGIN
  SELECT * INTO head FROM audit_chain_head WHERE id = 1;
  head_seq := head.seq; head_hash := head.hash; head_block := head.block_seq;
  checked := 0; first_broken_seq := NULL;
  SELECT * INTO base FROM audit_chain_blocks WHERE block_seq = coalesce(from_block, 0);
  IF NOT FOUND THEN
    first_broken_seq := 1; start_rows := 0;
    RETURN NEXT; RETURN;
  END IF;
  start_rows := CASE WHEN from_block IS NULL THEN 0 ELSE base.chained_rows END;

  IF from_block IS NULL THEN
    -- Rows of the first scheme: positions 1..n, each linked to the one before; block 0 holds the last hash.
    SELECT count(*) AS n,
           min(least(l.chain_seq, l.pos)) FILTER (WHERE l.chain_seq <> l.pos OR l.prev_hash IS DISTINCT FROM l.expected_prev OR l.hash IS DISTINCT FROM l.digest) AS broken,
           max(l.hash) FILTER (WHERE l.pos = l.total) AS tail
      INTO lg
      FROM (SELECT r.chain_seq, r.prev_hash, r.hash,
                   row_number() OVER o AS pos, count(*) OVER () AS total,
                   lag(r.hash, 1, repeat('0', 64)) OVER o AS expected_prev,
                   audit_row_digest(lag(r.hash, 1, repeat('0', 64)) OVER o, r) AS digest
              FROM audit_logs r WHERE r.chain_seq IS NOT NULL AND r.chain_txn IS NULL
            WINDOW o AS (ORDER BY r.chain_seq)) l;
    IF lg.broken IS NOT NULL THEN
      checked := lg.broken - 1; first_broken_seq := lg.broken;
      RETURN NEXT; RETURN;
    END IF;
    IF lg.n <> base.row_count OR coalesce(lg.tail, repeat('0', 64)) <> base.hash THEN
      checked := lg.n; first_broken_seq := least(lg.n, base.row_count) + 1;
      RETURN NEXT; RETURN;
    END IF;
    checked := lg.n;
  END IF;

  SELECT min(b.first_seq) INTO min_first FROM audit_chain_blocks b WHERE b.block_seq > base.block_seq;

  -- Every block with a broken link, count, digest or row, and where in it.
  WITH blk AS (
    SELECT b.*,
           row_number() OVER o AS k,
           lag(b.hash, 1, base.hash) OVER o AS expected_prev,
           base.chained_rows + sum(b.row_count) OVER o AS expected_chained
      FROM audit_chain_blocks b WHERE b.block_seq > base.block_seq
    WINDOW o AS (ORDER BY b.block_seq)
  ), rws AS (
    SELECT r.chain_txn, r.chain_seq, r.hash,
           CASE
             WHEN r.hash IS DISTINCT FROM audit_row_digest_v2(r.prev_hash, r) THEN r.chain_seq
             WHEN r.prev_hash IS DISTINCT FROM lag(r.hash) OVER w
               OR (lag(r.chain_seq) OVER w IS NULL AND r.chain_seq <> r.chain_txn)
               THEN coalesce(lag(r.chain_seq) OVER w + 1, r.chain_txn)
           END AS broken_at,
           lead(r.chain_seq) OVER w IS NULL AS is_tail
      FROM audit_logs r
     WHERE r.chain_seq >= min_first AND r.chain_txn >= min_first
    WINDOW w AS (PARTITION BY r.chain_txn ORDER BY r.chain_seq)
  ), agg AS (
    SELECT rws.chain_txn, count(*) AS n, max(rws.chain_seq) AS last_seq, min(rws.broken_at) AS broken_at,
           max(rws.hash) FILTER (WHERE rws.is_tail) AS tail
      FROM rws GROUP BY rws.chain_txn
  ), judged AS (
    SELECT CASE
             WHEN a.broken_at IS NOT NULL THEN a.broken_at
             WHEN blk.block_seq <> base.block_seq + blk.k OR blk.prev_hash IS DISTINCT FROM blk.expected_prev
               OR blk.chained_rows <> blk.expected_chained
               OR blk.hash IS DISTINCT FROM audit_block_digest(blk.prev_hash, blk.block_seq, blk.first_seq, blk.last_seq, blk.row_count, blk.tail_hash)
               THEN blk.first_seq
             WHEN coalesce(a.n, 0) <> blk.row_count OR a.last_seq IS DISTINCT FROM blk.last_seq OR a.tail IS DISTINCT FROM blk.tail_hash
               THEN coalesce(a.last_seq + 1, blk.first_seq)
           END AS broken_at
      FROM blk LEFT JOIN agg a ON a.chain_txn = blk.first_seq
  )
  SELECT min(j.broken_at) INTO broken FROM judged j;

  -- Rows that belong to no block (written behind the triggers' back).
  SELECT min(r.chain_seq) INTO orphan FROM audit_logs r
   WHERE r.chain_txn IS NOT NULL AND r.chain_seq >= coalesce(min_first, base.last_seq + 1, 0)
     AND NOT EXISTS (SELECT 1 FROM audit_chain_blocks b WHERE b.first_seq = r.chain_txn);
  broken := least(broken, orphan);
  SELECT b.block_seq, b.chained_rows, b.hash, b.last_seq INTO last_blk FROM audit_chain_blocks b ORDER BY b.block_seq DESC LIMIT 1;
  IF broken IS NULL AND (last_blk.block_seq <> head.block_seq OR last_blk.hash <> head.hash OR last_blk.chained_rows <> head.seq) THEN
    -- A removed newest transaction (rows and block): the head still names it.
    broken := coalesce(last_blk.last_seq, 0) + 1;
  END IF;
  IF broken IS NULL THEN
    checked := checked + last_blk.chained_rows - base.chained_rows;
  ELSE
    first_broken_seq := broken;
    checked := checked + (SELECT count(*) FROM audit_logs r JOIN audit_chain_blocks b ON b.first_seq = r.chain_txn
                           WHERE b.block_seq > base.block_seq AND r.chain_seq >= min_first AND r.chain_seq < broken);
  END IF;
  RETURN NEXT;
END;
$$;
