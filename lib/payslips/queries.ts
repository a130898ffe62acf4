/**
 * 明細閲覧 of ネット de 明細: the caller's own payslips, and nothing else.
 * Only employees of a company that uses PAYSLIPS reach them; an id that is not
 * the caller's reads as "not found" (null), never as "forbidden", so ids of
 * other people's payslips cannot be probed.
 */
import "server-only";
import { getDb } from "@/lib/db";
import { modeAllows } from "@/lib/auth/policy";
import type { Session } from "@/lib/auth/session";
import { isRecordId } from "@/lib/http/record-id";
import { assertAppAccess } from "@/lib/licences/queries";
import { payslipItemsSchema, type PayslipItem } from "./items";

export type PayslipSummary = { id: string; period: string; payDate: Date; netPay: number };
export type PayslipDetail = PayslipSummary & {
  grossPay: number;
  totalDeductions: number;
  earnings: PayslipItem[];
  deductions: PayslipItem[];
};

async function assertMayView(session: Session) {
  if (!modeAllows(session.mode, "payslips.viewOwn")) throw new Error("payslips.viewOwn is not allowed in this session mode");
  await assertAppAccess(session, "PAYSLIPS");
}

/** The caller's payslips, newest period first. */
export async function listOwnPayslips(session: Session): Promise<PayslipSummary[]> {
  await assertMayView(session);
  return getDb().payslip.findMany({
    where: { accountId: session.accountId },
    orderBy: { period: "desc" },
    select: { id: true, period: true, payDate: true, netPay: true },
  });
}

/** One of the caller's payslips, or null when the id is not theirs (or does not exist). */
export async function getOwnPayslip(session: Session, id: string): Promise<PayslipDetail | null> {
  await assertMayView(session);
  if (!isRecordId(id)) return null;
  const row = await getDb().payslip.findFirst({
    where: { id, accountId: session.accountId },
    select: { id: true, period: true, payDate: true, items: true, grossPay: true, deductions: true, netPay: true },
  });
  if (!row) return null;
  // Stored JSON is checked on the way out too: a malformed row is a bug to surface, not to half-show.
  const items = payslipItemsSchema.parse(row.items);
  return {
    id: row.id,
    period: row.period,
    payDate: row.payDate,
    netPay: row.netPay,
    grossPay: row.grossPay,
    totalDeductions: row.deductions,
    earnings: items.earnings,
    deductions: items.deductions,
  };
}
