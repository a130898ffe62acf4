import type { PunchView } from "@/lib/attendance/punches";
import type { Locale } from "@/lib/i18n/config";
import { formatTime } from "@/lib/i18n/format-apps";
import type { Messages } from "@/lib/i18n/messages/ja";

/** 本日の打刻: the caller's punches of the Japan-time day, oldest first. */
export function PunchList({ punches, locale, t }: { punches: PunchView[]; locale: Locale; t: Messages["apps"]["attendance"] }) {
  if (punches.length === 0) {
    return (
      <p className="text-stone-600" data-testid="punch-empty">
        {t.todayEmpty}
      </p>
    );
  }
  return (
    <table className="w-full border-collapse text-left" data-testid="todays-punches">
      <thead>
        <tr className="border-b border-stone-300 text-sm text-stone-600">
          <th scope="col" className="py-2 pr-4 font-normal">{t.kind}</th>
          <th scope="col" className="py-2 font-normal">{t.time}</th>
        </tr>
      </thead>
      <tbody>
        {punches.map((p) => (
          <tr key={p.id} className="border-b border-stone-200" data-testid="punch-row" data-kind={p.kind}>
            <th scope="row" className="py-2 pr-4 font-bold">
              <span className={p.kind === "IN" ? "text-brand-700" : "text-stone-700"}>{t.kinds[p.kind]}</span>
            </th>
            <td className="py-2 tabular-nums">
              <time dateTime={p.at.toISOString()}>{formatTime(p.at, locale)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
