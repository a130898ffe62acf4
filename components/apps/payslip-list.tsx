import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { formatPayPeriod, formatYen } from "@/lib/i18n/format-apps";
import type { Messages } from "@/lib/i18n/messages/ja";
import type { PayslipSummary } from "@/lib/payslips/queries";

/** The caller's payslips, newest first; each row links to its detail. */
export function PayslipList({ payslips, locale, t }: { payslips: PayslipSummary[]; locale: Locale; t: Messages["apps"]["payslips"] }) {
  if (payslips.length === 0) {
    return (
      <p className="text-stone-600" data-testid="payslip-empty">
        {t.empty}
      </p>
    );
  }
  return (
    <ul className="space-y-3" data-testid="payslip-list">
      {payslips.map((p) => (
        <li key={p.id} data-testid="payslip-row" data-period={p.period}>
          <Link
            href={`/payslips/${p.id}`}
            data-testid={`payslip-link-${p.period}`}
            className="flex min-h-11 flex-wrap items-center justify-between gap-x-4 gap-y-1 rounded-xl border border-stone-200 bg-white p-4 shadow-sm hover:border-brand-600 hover:bg-brand-50"
          >
            <span className="text-lg font-bold text-brand-800">{formatPayPeriod(p.period, locale)}</span>
            <span className="text-sm text-stone-600">
              {t.payDate}: <time dateTime={p.payDate.toISOString()}>{formatDate(p.payDate, locale)}</time>
            </span>
            <span className="w-full text-right sm:w-auto">
              <span className="text-sm text-stone-600">{t.netPay} </span>
              <span className="text-lg font-bold tabular-nums">{formatYen(p.netPay, locale)}</span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
