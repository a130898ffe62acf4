/**
 * 従業員一括登録 (CSV): the office's file for one of its companies, decoded
 * (decode.ts), checked line by line (parse.ts) and, only if every line is good,
 * written in one transaction: new employees inserted, changed ones updated,
 * unchanged ones left alone — so the same file twice changes nothing. Keyed on the
 * login ID (company code + 社員番号), so employees made before the 社員番号 column
 * existed are matched too. A few statements whatever the size: the company row
 * is locked (parallel imports queue), the existing accounts read with one array
 * parameter, the inserts and the updates each one statement over unnest()ed
 * arrays. Imported accounts await their invitation (lib/account/invitation.ts);
 * the import itself mails nobody — the office sends invitations from the list.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { audit } from "@/lib/auth/audit";
import type { RequestInfo } from "@/lib/auth/request-info";
import type { Session } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { utc } from "@/lib/database/sql-time";
import { isRecordId } from "@/lib/http/record-id";
import { assertOffice } from "../access";
import { unusablePasswordHash } from "../employee-admin";
import { employeeLoginId } from "../employee-fields";
import { decodeCsv, type CsvEncoding } from "./decode";
import { parseEmployeeCsv, type CsvLineError, type CsvRow } from "./parse";

export type ImportResult =
  | { ok: true; encoding: CsvEncoding; created: number; updated: number; unchanged: number }
  | { ok: false; error: "not_found" | "company_disabled" | "empty" }
  | { ok: false; error: "lines"; encoding: CsvEncoding; lines: CsvLineError[] };

type Existing = { id: string; loginId: string; displayName: string; furigana: string | null; email: string; isHrStaff: boolean; employeeNumber: string | null };

const differs = (a: Existing, r: CsvRow) =>
  a.displayName !== r.name || (a.furigana ?? null) !== r.furigana || a.email !== r.email || a.isHrStaff !== r.isHrStaff || a.employeeNumber !== r.employeeNumber;

export async function importEmployees(session: Session, companyId: unknown, bytes: Uint8Array, req: RequestInfo, now: Date): Promise<ImportResult> {
  const officeId = assertOffice(session);
  const db = getDb();
  const company = isRecordId(companyId) ? await db.company.findFirst({ where: { id: companyId, officeId }, select: { id: true, code: true, disabled: true } }) : null;
  if (!company) {
    await audit("office.refused", { accountId: session.accountId, loginId: session.loginId }, req, { action: "import_employees", target: isRecordId(companyId) ? companyId : null, reason: "not_found" });
    return { ok: false, error: "not_found" };
  }
  if (company.disabled) return { ok: false, error: "company_disabled" };
  const { text, encoding } = decodeCsv(bytes);
  const parsed = parseEmployeeCsv(text);
  if (!parsed.ok) return { ok: false, error: "lines", encoding, lines: parsed.errors };
  if (parsed.rows.length === 0) return { ok: false, error: "empty" };

  const rows = parsed.rows.map((r) => ({ ...r, loginId: employeeLoginId(company.code, r.employeeNumber) }));
  const passwordHash = await unusablePasswordHash();
  const counts = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Company" WHERE "id" = ${company.id} FOR UPDATE`;
    const existing = await tx.$queryRaw<Existing[]>`
      SELECT "id", "loginId", "displayName", "furigana", "email", "isHrStaff", "employeeNumber"
      FROM "Account" WHERE "loginId" = ANY(${rows.map((r) => r.loginId)}::text[]) AND "companyId" = ${company.id}`;
    const byLogin = new Map(existing.map((a) => [a.loginId, a]));
    const fresh = rows.filter((r) => !byLogin.has(r.loginId));
    const changed = rows.flatMap((r) => {
      const a = byLogin.get(r.loginId);
      return a && differs(a, r) ? [{ ...r, id: a.id, emailChanged: a.email !== r.email }] : [];
    });
    if (fresh.length > 0) {
      await tx.$executeRaw`
        INSERT INTO "Account" ("id", "loginId", "role", "displayName", "furigana", "email", "isHrStaff", "employeeNumber", "companyId", "passwordHash", "awaitingInvitation", "updatedAt")
        SELECT v.id, v.login, 'EMPLOYEE'::"Role", v.name, v.kana, v.email, v.hr, v.num, ${company.id}, ${passwordHash}, true, CURRENT_TIMESTAMP
        FROM unnest(${fresh.map(() => randomUUID())}::text[], ${fresh.map((r) => r.loginId)}::text[], ${fresh.map((r) => r.name)}::text[],
                    ${fresh.map((r) => r.furigana)}::text[], ${fresh.map((r) => r.email)}::text[], ${fresh.map((r) => r.isHrStaff)}::boolean[],
                    ${fresh.map((r) => r.employeeNumber)}::text[]) AS v(id, login, name, kana, email, hr, num)`;
    }
    if (changed.length > 0) {
      await tx.$executeRaw`
        UPDATE "Account" a SET "displayName" = v.name, "furigana" = v.kana, "email" = v.email, "isHrStaff" = v.hr, "employeeNumber" = v.num, "updatedAt" = CURRENT_TIMESTAMP
        FROM unnest(${changed.map((r) => r.id)}::text[], ${changed.map((r) => r.name)}::text[], ${changed.map((r) => r.furigana)}::text[],
                    ${changed.map((r) => r.email)}::text[], ${changed.map((r) => r.isHrStaff)}::boolean[], ${changed.map((r) => r.employeeNumber)}::text[])
             AS v(id, name, kana, email, hr, num)
        WHERE a."id" = v.id`;
      // A new address: as with the office's own address change, nothing mailed to the old one
      // may be used any more, and sessions and skips that rested on it end.
      const moved = changed.filter((r) => r.emailChanged).map((r) => r.id);
      if (moved.length > 0) {
        await tx.$executeRaw`DELETE FROM "MailedCode" WHERE "accountId" = ANY(${moved}::text[])`;
        await tx.$executeRaw`UPDATE "AuthSession" SET "revokedAt" = ${utc(now)} WHERE "accountId" = ANY(${moved}::text[]) AND "revokedAt" IS NULL`;
        await tx.$executeRaw`UPDATE "RememberedBrowser" SET "revokedAt" = ${utc(now)} WHERE "accountId" = ANY(${moved}::text[]) AND "revokedAt" IS NULL`;
        await tx.$executeRaw`DELETE FROM "LoginFlow" WHERE "accountId" = ANY(${moved}::text[]) AND "completedAt" IS NULL`;
      }
    }
    return { created: fresh.length, updated: changed.length, unchanged: rows.length - fresh.length - changed.length };
  }, { timeout: 60_000 });
  await audit("employees.imported", { accountId: session.accountId, loginId: session.loginId }, req, { companyId: company.id, code: company.code, encoding, ...counts });
  return { ok: true, encoding, ...counts };
}
