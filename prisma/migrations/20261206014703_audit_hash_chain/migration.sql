-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "hash" TEXT,
ADD COLUMN     "prevHash" TEXT,
ADD COLUMN     "seq" BIGINT;

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_seq_key" ON "AuditEvent"("seq");

-- The hash of one audit line: SHA-256 over a JSON array of its sequence number, the
-- previous line's hash and every recorded column. A JSON array is unambiguous (no
-- separator can be forged inside a field) and jsonb's text form is fixed; the time is
-- written with to_char so no session setting (DateStyle) changes it. The verifier
-- (lib/audit/chain.ts) calls this same function, so writer and checker cannot drift.
CREATE FUNCTION "audit_event_hash"(
  p_seq BIGINT, p_prev TEXT, p_id TEXT, p_at TIMESTAMP(3), p_type TEXT, p_account TEXT,
  p_login TEXT, p_ip TEXT, p_agent TEXT, p_detail JSONB
) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $fn$
  SELECT encode(sha256(convert_to(jsonb_build_array(
    p_seq, p_prev, p_id, to_char(p_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS'), p_type,
    p_account, p_login, p_ip, p_agent, p_detail)::text, 'UTF8')), 'hex')
$fn$;

-- Every INSERT into "AuditEvent" — audit(), auditSql() riding inside another
-- statement, the hand-written INSERTs of the sign-in gate — passes through this
-- trigger, so no caller can forget the chain. The transaction-scoped advisory lock
-- makes concurrent inserts take turns until their transaction ends, so each reads
-- the hash its predecessor committed: one unbroken chain. Values the app sends for
-- seq/prevHash/hash are overwritten.
CREATE FUNCTION "audit_event_chain"() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  last_seq BIGINT;
  last_hash TEXT;
BEGIN
  PERFORM pg_advisory_xact_lock(7401117001);
  SELECT "seq", "hash" INTO last_seq, last_hash FROM "AuditEvent" WHERE "seq" IS NOT NULL ORDER BY "seq" DESC LIMIT 1;
  NEW."seq" := COALESCE(last_seq, 0) + 1;
  NEW."prevHash" := COALESCE(last_hash, repeat('0', 64));
  NEW."hash" := "audit_event_hash"(NEW."seq", NEW."prevHash", NEW."id", NEW."at", NEW."type", NEW."accountId",
    NEW."loginId", NEW."ip", NEW."userAgent", NEW."detail");
  RETURN NEW;
END
$fn$;

-- Lines written before this migration join the chain in the order they were written.
DO $fn$
DECLARE
  r RECORD;
  n BIGINT := 0;
  prev TEXT := repeat('0', 64);
  h TEXT;
BEGIN
  FOR r IN SELECT * FROM "AuditEvent" ORDER BY "at", "id" LOOP
    n := n + 1;
    h := "audit_event_hash"(n, prev, r."id", r."at", r."type", r."accountId", r."loginId", r."ip", r."userAgent", r."detail");
    UPDATE "AuditEvent" SET "seq" = n, "prevHash" = prev, "hash" = h WHERE "id" = r."id";
    prev := h;
  END LOOP;
END
$fn$;

CREATE TRIGGER "AuditEvent_chain" BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION "audit_event_chain"();
