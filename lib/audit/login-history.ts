/**
 * ログイン履歴: a user's own recent sign-ins and failed attempts, read from the audit
 * log. Only the caller's own account (session.accountId): no ID is taken from the
 * request, so there is nothing to forge. The browser is summarised ("Chrome 131 /
 * Android 15"), never the raw user-agent string.
 */
import "server-only";
import type { Session } from "@/lib/auth/session-store";
import { browserLabel } from "@/lib/auth/remembered-browser";
import { getDb } from "@/lib/db";

export const LOGIN_HISTORY_LIMIT = 30;

export type LoginOutcome = "success" | "wrong_password" | "wrong_code" | "locked";
export type LoginHistoryEntry = {
  id: string;
  at: Date;
  outcome: LoginOutcome;
  /** The mode a successful sign-in opened; null for a failure (no mode was chosen yet). */
  mode: "FULL" | "LIMITED" | null;
  browser: string;
  ip: string | null;
};

// The audit types that make up a sign-in attempt. "password.failed" with a purpose is
// a re-entered password inside a session (changing settings), not a sign-in.
const TYPES = ["session.created", "password.failed", "code.failed", "account.locked"] as const;

export async function listLoginHistory(session: Session): Promise<LoginHistoryEntry[]> {
  type Row = { id: string; at: Date; type: string; ip: string | null; userAgent: string | null; detail: unknown };
  // Served by the ("accountId", "at") index.
  const rows = await getDb().$queryRaw<Row[]>`
    SELECT "id", "at", "type", "ip", "userAgent", "detail" FROM "AuditEvent"
    WHERE "accountId" = ${session.accountId} AND "type" = ANY(${[...TYPES]}::text[]) AND ("detail" -> 'purpose') IS NULL
    ORDER BY "at" DESC, "seq" DESC LIMIT ${LOGIN_HISTORY_LIMIT}`;
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    outcome: outcomeOf(r.type),
    mode: r.type === "session.created" ? modeOf(r.detail) : null,
    browser: browserLabel(r.userAgent ?? ""),
    ip: r.ip,
  }));
}

function outcomeOf(type: string): LoginOutcome {
  if (type === "session.created") return "success";
  if (type === "code.failed") return "wrong_code";
  if (type === "account.locked") return "locked";
  return "wrong_password";
}

function modeOf(detail: unknown): "FULL" | "LIMITED" | null {
  const mode = detail && typeof detail === "object" ? (detail as Record<string, unknown>).mode : null;
  return mode === "FULL" || mode === "LIMITED" ? mode : null;
}
