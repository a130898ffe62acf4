import type { Locale } from "@/lib/i18n/config";
import { formatYen } from "@/lib/i18n/format-apps";
import type { Messages } from "@/lib/i18n/messages/ja";

/** 総支給額 − 控除合計 = 差引支給額, the figures an employee looks for first. */
export function PayslipTotals({
  grossPay,
  totalDeductions,
  netPay,
  locale,
  t,
}: {
  grossPay: number;
  totalDeductions: number;
  netPay: number;
  locale: Locale;
  t: Messages["apps"]["payslips"];
}) {
  const rows = [
    { label: t.grossPay, value: grossPay, testId: "payslip-gross" },
    { label: t.totalDeductions, value: totalDeductions, testId: "payslip-deductions" },
  ];
  return (
    <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-2 rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
      {rows.map((r) => (
        <div key={r.testId} className="contents">
          <dt className="text-stone-600">{r.label}</dt>
          <dd className="text-right tabular-nums" data-testid={r.testId}>{formatYen(r.value, locale)}</dd>
        </div>
      ))}
      <dt className="border-t border-stone-300 pt-2 font-bold">{t.netPay}</dt>
      <dd className="border-t border-stone-300 pt-2 text-right text-2xl font-bold tabular-nums text-brand-800" data-testid="payslip-net">
        {formatYen(netPay, locale)}
      </dd>
    </dl>
  );
}
