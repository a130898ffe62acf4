-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "hash" TEXT,
ADD COLUMN     "prevHash" TEXT,
ADD COLUMN     "seq" INTEGER;

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_seq_key" ON "AuditEvent"("seq");

-- No semicolon may appear in this file outside the function bodies' escapes:
-- @prisma/adapter-pg runs a migration by splitting its text at every semicolon
-- (PGlite runs it whole). So the PL/pgSQL bodies below are E'' strings that
-- write each statement end as \x3B.

-- The hash of one audit line: SHA-256 over a JSON array of its sequence number, the
-- previous line's hash and every recorded column. A JSON array is unambiguous (no
-- separator can be forged inside a field) and jsonb's text form is fixed. The time is
-- written with to_char, so no session setting (DateStyle) changes it. The verifier
-- (lib/audit/chain.ts) calls this same function: writer and checker cannot drift.
CREATE FUNCTION "audit_event_hash"(
  p_seq BIGINT, p_prev TEXT, p_id TEXT, p_at TIMESTAMP(3), p_type TEXT, p_account TEXT,
  p_login TEXT, p_ip TEXT, p_agent TEXT, p_detail JSONB
) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $fn$
  SELECT encode(sha256(convert_to(jsonb_build_array(
    p_seq, p_prev, p_id, to_char(p_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS'), p_type,
    p_account, p_login, p_ip, p_agent, p_detail)::text, 'UTF8')), 'hex')
$fn$;

-- Every INSERT into "AuditEvent" (audit(), auditSql() riding inside another
-- statement, the hand-written INSERTs of the sign-in gate) passes through this
-- trigger, so no caller can forget the chain. The transaction-scoped advisory lock
-- makes concurrent inserts take turns until their transaction ends, so each reads
-- the hash its predecessor committed: one unbroken chain. Values the app sends for
-- seq, prevHash and hash are overwritten.
CREATE FUNCTION "audit_event_chain"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  last_seq INTEGER\x3B
  last_hash TEXT\x3B
BEGIN
  PERFORM pg_advisory_xact_lock(7401117001)\x3B
  SELECT "seq", "hash" INTO last_seq, last_hash FROM "AuditEvent" WHERE "seq" IS NOT NULL ORDER BY "seq" DESC LIMIT 1\x3B
  NEW."seq" := COALESCE(last_seq, 0) + 1\x3B
  NEW."prevHash" := COALESCE(last_hash, repeat(''0'', 64))\x3B
  NEW."hash" := "audit_event_hash"(NEW."seq", NEW."prevHash", NEW."id", NEW."at", NEW."type", NEW."accountId",
    NEW."loginId", NEW."ip", NEW."userAgent", NEW."detail")\x3B
  RETURN NEW\x3B
END
';

-- Lines written before this migration join the chain in the order they were written.
DO E'
DECLARE
  r RECORD\x3B
  n INTEGER := 0\x3B
  prev TEXT := repeat(''0'', 64)\x3B
  h TEXT\x3B
BEGIN
  FOR r IN SELECT * FROM "AuditEvent" ORDER BY "at", "id" LOOP
    n := n + 1\x3B
    h := "audit_event_hash"(n, prev, r."id", r."at", r."type", r."accountId", r."loginId", r."ip", r."userAgent", r."detail")\x3B
    UPDATE "AuditEvent" SET "seq" = n, "prevHash" = prev, "hash" = h WHERE "id" = r."id"\x3B
    prev := h\x3B
  END LOOP\x3B
END
';

CREATE TRIGGER "AuditEvent_chain" BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION "audit_event_chain"();
