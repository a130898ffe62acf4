/**
 * The shape of a payslip's line items (Payslip.items, JSON), shared by the
 * seed, the queries and, later, 明細登録. Pure: no I/O. Amounts are whole yen.
 * `code` names a well-known item so the UI can show it in the user's language;
 * `label` is the wording as registered, shown for any other item.
 */
import { z } from "zod";

export const PAYSLIP_ITEM_CODES = [
  "basePay",
  "overtimePay",
  "commutingAllowance",
  "healthInsurance",
  "nursingCareInsurance",
  "welfarePension",
  "employmentInsurance",
  "incomeTax",
  "residentTax",
] as const;
export type PayslipItemCode = (typeof PAYSLIP_ITEM_CODES)[number];

const yen = z.number().int().min(0).max(1_000_000_000);

export const payslipItemSchema = z.object({
  code: z.enum(PAYSLIP_ITEM_CODES).optional(),
  label: z.string().min(1).max(40),
  amount: yen,
});
export type PayslipItem = z.infer<typeof payslipItemSchema>;

export const payslipItemsSchema = z.object({
  earnings: z.array(payslipItemSchema).max(50),
  deductions: z.array(payslipItemSchema).max(50),
});
export type PayslipItems = z.infer<typeof payslipItemsSchema>;

/** A payslip period: "YYYY-MM" (2026-10 → 2026年10月分). */
export const PAYSLIP_PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Totals that must match the stored columns: gross = Σ earnings, deductions = Σ deductions, net = gross − deductions. */
export function payslipTotals(items: PayslipItems): { grossPay: number; deductions: number; netPay: number } {
  const sum = (list: PayslipItem[]) => list.reduce((n, i) => n + i.amount, 0);
  const grossPay = sum(items.earnings);
  const deductions = sum(items.deductions);
  return { grossPay, deductions, netPay: grossPay - deductions };
}
