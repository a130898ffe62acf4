/**
 * Checks the audit log's hash chain (the trigger "AuditEvent_chain" writes it, see
 * prisma/migrations/*_audit_hash_chain). One query walks the chain in seq order and
 * returns the first line that does not fit:
 * - "edited": the stored hash is not the hash of the line's content (a column changed);
 * - "gap": seq does not follow the previous line's (a line was deleted);
 * - "link": prevHash is not the previous line's hash (a line was deleted or replaced);
 * - "unchained": a line without seq/hash (written with the trigger disabled).
 * The hash is recomputed by the same SQL function the trigger uses, so the writer and
 * the checker share one definition of "content".
 *
 * Takes no session: it reads the whole chain and says only where it breaks (seq and
 * time), so the console page (office staff) and `npm run audit:verify` share it.
 */
import "server-only";
import { getDb } from "@/lib/db";

export type ChainBreak = { seq: string | null; id: string; at: Date; reason: "edited" | "gap" | "link" | "unchained" | "start" };
export type ChainReport = { intact: boolean; count: number; lastSeq: string | null; firstBreak: ChainBreak | null };

type Row = { seq: number | null; id: string; at: Date; reason: ChainBreak["reason"] };

export async function verifyAuditChain(): Promise<ChainReport> {
  const db = getDb();
  const [totals] = await db.$queryRaw<{ count: bigint; last: number | null }[]>`
    SELECT count(*) AS "count", max("seq") AS "last" FROM "AuditEvent"`;
  const [unchained] = await db.$queryRaw<Row[]>`
    SELECT "seq", "id", "at", 'unchained' AS "reason" FROM "AuditEvent" WHERE "seq" IS NULL OR "hash" IS NULL OR "prevHash" IS NULL
    ORDER BY "at", "id" LIMIT 1`;
  // The first line of the chain links to 64 zeros; a later first seq means the oldest
  // lines are missing.
  const [broken] = await db.$queryRaw<Row[]>`
    WITH c AS (
      SELECT "seq", "id", "at", "hash", "prevHash",
        "audit_event_hash"("seq", "prevHash", "id", "at", "type", "accountId", "loginId", "ip", "userAgent", "detail") AS "expected",
        lag("seq") OVER (ORDER BY "seq") AS "prevSeq",
        lag("hash") OVER (ORDER BY "seq") AS "prevStored"
      FROM "AuditEvent" WHERE "seq" IS NOT NULL)
    SELECT "seq", "id", "at",
      CASE
        WHEN "prevSeq" IS NULL AND ("seq" <> 1 OR "prevHash" <> repeat('0', 64)) THEN 'start'
        WHEN "prevSeq" IS NOT NULL AND "seq" <> "prevSeq" + 1 THEN 'gap'
        WHEN "prevSeq" IS NOT NULL AND "prevHash" IS DISTINCT FROM "prevStored" THEN 'link'
        ELSE 'edited' END AS "reason"
    FROM c
    WHERE "hash" IS DISTINCT FROM "expected"
      OR ("prevSeq" IS NULL AND ("seq" <> 1 OR "prevHash" <> repeat('0', 64)))
      OR ("prevSeq" IS NOT NULL AND ("seq" <> "prevSeq" + 1 OR "prevHash" IS DISTINCT FROM "prevStored"))
    ORDER BY "seq" LIMIT 1`;
  const first = broken ?? unchained ?? null;
  return {
    intact: first === null,
    count: Number(totals?.count ?? 0),
    lastSeq: totals?.last == null ? null : String(totals.last),
    firstBreak: first ? { seq: first.seq == null ? null : String(first.seq), id: first.id, at: first.at, reason: first.reason } : null,
  };
}
