import type { Locale } from "@/lib/i18n/config";
import { formatYen } from "@/lib/i18n/format-apps";
import type { Messages } from "@/lib/i18n/messages/ja";
import type { PayslipItem } from "@/lib/payslips/items";

/** 支給 or 控除: one line per item, known items in the user's language, with the total as footer. */
export function PayslipItemsTable({
  caption,
  items,
  totalLabel,
  total,
  locale,
  t,
  testId,
}: {
  caption: string;
  items: PayslipItem[];
  totalLabel: string;
  total: number;
  locale: Locale;
  t: Messages["apps"]["payslips"];
  testId: string;
}) {
  return (
    <table className="w-full border-collapse text-left" data-testid={testId}>
      <caption className="pb-2 text-left text-lg font-bold text-brand-800">{caption}</caption>
      <thead>
        <tr className="border-b border-stone-300 text-sm text-stone-600">
          <th scope="col" className="py-2 pr-4 font-normal">{t.item}</th>
          <th scope="col" className="py-2 text-right font-normal">{t.amount}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item, i) => (
          <tr key={`${item.code ?? item.label}-${i}`} className="border-b border-stone-200">
            <th scope="row" className="py-2 pr-4 font-normal">{item.code ? t.items[item.code] : item.label}</th>
            <td className="py-2 text-right tabular-nums">{formatYen(item.amount, locale)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" className="py-2 pr-4">{totalLabel}</th>
          <td className="py-2 text-right font-bold tabular-nums">{formatYen(total, locale)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
