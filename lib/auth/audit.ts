/**
 * The audit log of authentication events. Callers pass facts, never secrets:
 * no password, code, token, hash or TOTP key is ever written here.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db";
import type { RequestInfo } from "./request-info";

export type AuditType =
  | "password.ok"
  | "password.failed"
  | "chooser.full"
  | "chooser.limited"
  | "chooser.cancel"
  | "code.sent"
  | "code.send_failed"
  | "code.ok"
  | "code.failed"
  | "totp.enrolled"
  | "email_factor.enrolled"
  | "recovery.used"
  | "recovery.regenerated"
  | "account.locked"
  | "ip.limited"
  | "session.created"
  | "session.step_up"
  | "session.rejected"
  | "logout"
  | "skip.set"
  | "skip.used"
  | "skip.rejected"
  | "skip.revoked"
  | "skip.revoked_all"
  | "password.changed"
  | "two_factor.reset"
  | "account.unlocked"
  | "email.changed"
  | "account.created"
  | "account.updated"
  | "account.disabled"
  // A sharoushi-only action (従業員アカウント管理) refused: wrong role or mode, or another office's employee.
  | "office.refused"
  | "password.change_refused"
  | "two_factor.reset_code_sent"
  | "two_factor.reset_refused"
  | "email.change_requested"
  | "email.change_refused"
  // ライセンス管理 and maintenance windows (lib/licences/admin.ts, lib/maintenance/windows.ts).
  | "licence.changed"
  | "maintenance.scheduled"
  | "maintenance.updated"
  | "maintenance.cancelled"
  | "maintenance.ended"
  | "maintenance.refused"
  // The office console (lib/office/): client companies, employees by form or CSV, invitations, office staff.
  | "company.created"
  | "company.updated"
  | "company.disabled"
  | "company.enabled"
  | "account.enabled"
  | "employees.imported"
  | "invitation.sent"
  | "invitation.accepted"
  | "invitation.failed";

export async function audit(
  type: AuditType,
  who: { accountId?: string | null; loginId?: string | null },
  req: RequestInfo | null,
  detail?: Prisma.InputJsonValue,
) {
  await getDb().$executeRaw(auditSql(type, who, req, detail));
}

/**
 * The INSERT of one audit line, for a statement that writes it together with
 * the write it records (lib/database/side-writes.ts): the line lands with that
 * statement, so no round trip of its own. `at` is the database's clock: a
 * recorded time, not a decision (ARCHITECTURE.md, "One clock").
 */
export function auditSql(
  type: AuditType,
  who: { accountId?: string | null; loginId?: string | null },
  req: RequestInfo | null,
  detail?: Prisma.InputJsonValue,
): Prisma.Sql {
  const json = detail === undefined ? null : JSON.stringify(wellFormed(detail));
  return Prisma.sql`INSERT INTO "AuditEvent" ("id", "at", "type", "accountId", "loginId", "ip", "userAgent", "detail")
    VALUES (${randomUUID()}, (clock_timestamp() AT TIME ZONE 'UTC'), ${type}, ${who.accountId ?? null}, ${who.loginId ? who.loginId.slice(0, 64) : null},
      ${req?.ip ?? null}, ${req?.userAgent ?? null}, ${json}::jsonb)`;
}

// Details carry what people typed (masked addresses, names): a lone surrogate in one
// would make PostgreSQL refuse the whole event, so it becomes U+FFFD, as a browser would send it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function wellFormed(value: Prisma.InputJsonValue): Prisma.InputJsonValue {
  if (typeof value === "string") return value.replace(LONE_SURROGATE, "\uFFFD");
  if (Array.isArray(value)) return value.map((v) => (v === null ? v : wellFormed(v as Prisma.InputJsonValue)));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, v === null || v === undefined ? v : wellFormed(v as Prisma.InputJsonValue)])) as Prisma.InputJsonValue;
  }
  return value;
}
