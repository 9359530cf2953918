-- Custom SQL migration file, put your code below! --
-- Tamper evidence: every audit row is chained to the one before it. Rows are chained in the order
-- their transactions take the head row's lock (held until commit), so the chain is commit-ordered.
CREATE OR REPLACE FUNCTION audit_row_digest(prev text, r audit_logs) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(concat_ws('|',
    quote_nullable(prev), r.chain_seq, r.id,
    quote_nullable(to_char(r.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')),
    quote_nullable(r.actor_type::text), quote_nullable(r.actor_id::text), quote_nullable(r.action),
    quote_nullable(r.target_type), quote_nullable(r.target_id), quote_nullable(r.changes::text),
    quote_nullable(r.metadata::text), quote_nullable(r.outcome::text), quote_nullable(r.ip),
    quote_nullable(r.user_agent), quote_nullable(r.request_id)), 'UTF8')), 'hex')
$$;
--> statement-breakpoint
INSERT INTO audit_chain_head (id, seq, hash) VALUES (1, 0, repeat('0', 64)) ON CONFLICT DO NOTHING;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_logs_chain() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  head audit_chain_head;
BEGIN
  SELECT * INTO head FROM audit_chain_head WHERE id = 1 FOR UPDATE;
  NEW.chain_seq := head.seq + 1;
  NEW.prev_hash := head.hash;
  NEW.hash := audit_row_digest(head.hash, NEW);
  UPDATE audit_chain_head SET seq = NEW.chain_seq, hash = NEW.hash WHERE id = 1;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_logs_chain BEFORE INSERT ON audit_logs
  FOR EACH ROW EXECUTE FUNCTION audit_logs_chain();
--> statement-breakpoint
-- Walks the chain in order: a changed row, a removed row (a gap) or a removed tail is reported
-- as the first sequence number that no longer verifies.
CREATE OR REPLACE FUNCTION audit_verify_chain()
RETURNS TABLE (checked bigint, first_broken_seq bigint, head_seq bigint, head_hash text)
LANGUAGE plpgsql STABLE AS $$
DECLARE
  r audit_logs;
  expected_seq bigint := 1;
  prev text := repeat('0', 64);
  head audit_chain_head;
BEGIN
  checked := 0;
  first_broken_seq := NULL;
  FOR r IN SELECT * FROM audit_logs WHERE chain_seq IS NOT NULL ORDER BY chain_seq LOOP
    IF r.chain_seq <> expected_seq OR r.prev_hash IS DISTINCT FROM prev
       OR r.hash IS DISTINCT FROM audit_row_digest(prev, r) THEN
      first_broken_seq := least(r.chain_seq, expected_seq);
      EXIT;
    END IF;
    checked := checked + 1;
    prev := r.hash;
    expected_seq := expected_seq + 1;
  END LOOP;
  SELECT * INTO head FROM audit_chain_head WHERE id = 1;
  head_seq := head.seq;
  head_hash := head.hash;
  IF first_broken_seq IS NULL AND (head.seq <> expected_seq - 1 OR head.hash <> prev) THEN
    first_broken_seq := expected_seq;
  END IF;
  RETURN NEXT;
END;
$$;
