import Link from "next/link";
import type { Messages } from "@/lib/i18n/messages/ja";
import type { EmployeeSummary } from "@/lib/office/employees";
import { format } from "@/lib/i18n/message";

const COLUMNS = "md:grid-cols-[9rem_minmax(0,1fr)_minmax(0,1.3fr)_7.5rem_5rem_6rem_8rem]";

/**
 * One company's employees: a card each on a phone, a row each from md up (the
 * same markup; the column labels move into a header row on wide screens).
 */
export function EmployeeList({ employees, t }: { employees: EmployeeSummary[]; t: Messages["office"] }) {
  if (employees.length === 0) return <p className="text-stone-600">{t.empty}</p>;
  const c = t.columns;
  const cellLabel = "text-xs text-stone-600 md:sr-only";
  return (
    <div className="md:rounded-xl md:border md:border-stone-200 md:bg-white">
      <div aria-hidden="true" className={`hidden gap-3 border-b border-stone-200 px-4 py-2 text-sm font-bold text-stone-600 md:grid ${COLUMNS}`}>
        <span>{c.loginId}</span>
        <span>{c.name}</span>
        <span>{c.email}</span>
        <span>{c.factor}</span>
        <span>{c.lock}</span>
        <span>{c.browsers}</span>
        <span />
      </div>
      <ul className="grid gap-3 md:gap-0">
        {employees.map((e) => (
          <li
            key={e.id}
            data-testid={`employee-${e.loginId}`}
            className={`grid grid-cols-2 gap-x-3 gap-y-2 rounded-xl border border-stone-200 bg-white p-4 md:items-center md:rounded-none md:border-0 md:border-b md:px-4 md:py-2 md:last:border-b-0 ${COLUMNS}`}
          >
            <div className="col-span-2 md:col-span-1">
              <span className={cellLabel}>{c.loginId}</span>
              <p className="font-mono font-bold md:font-normal">{e.loginId}</p>
            </div>
            <div className="col-span-2 md:col-span-1">
              <span className={cellLabel}>{c.name}</span>
              <p>
                {e.displayName}
                {e.additional && <span className="ml-2 rounded bg-stone-200 px-1.5 text-xs">{t.additional}</span>}
                {e.disabled && <span className="ml-2 rounded bg-stone-700 px-1.5 text-xs text-white">{t.disabled}</span>}
              </p>
            </div>
            <div className="col-span-2 md:col-span-1">
              <span className={cellLabel}>{c.email}</span>
              <p className="break-all text-sm">{e.email}</p>
            </div>
            <div>
              <span className={cellLabel}>{c.factor}</span>
              <p data-testid="employee-factor" className={e.factor === "NONE" ? "text-stone-600" : ""}>{t.factor[e.factor]}</p>
            </div>
            <div>
              <span className={cellLabel}>{c.lock}</span>
              <p data-testid="employee-lock">
                {e.locked ? <span className="rounded bg-red-100 px-1.5 font-bold text-red-900">{t.locked}</span> : t.notLocked}
              </p>
            </div>
            <div>
              <span className={cellLabel}>{c.browsers}</span>
              <p data-testid="employee-browsers">{format(t.browserCount, { count: e.rememberedBrowsers })}</p>
            </div>
            <div className="col-span-2 md:col-span-1">
              <Link
                href={`/office/employees/${encodeURIComponent(e.id)}`}
                data-testid="employee-open"
                aria-label={`${t.open}：${e.displayName}（${e.loginId}）`}
                className="inline-flex min-h-11 w-full items-center justify-center rounded-lg border border-brand-700 px-3 font-bold text-brand-700 hover:bg-brand-50 "
              >
                {t.open}
              </Link>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
