import type { ClientCompanyView } from "@/lib/licences/queries";
import type { Messages } from "@/lib/i18n/messages/ja";
import { format } from "@/lib/i18n/message";

/** The office's client companies: code, employees, and 使用 / 未使用 of each app. */
export function ClientCompanyList({ companies, t }: { companies: ClientCompanyView[]; t: Messages["apps"]["home"] }) {
  if (companies.length === 0) return <p className="text-stone-600">{t.clients.none}</p>;
  return (
    <ul className="grid gap-4 md:grid-cols-2" data-testid="client-companies">
      {companies.map((c) => (
        <li key={c.id} data-testid={`client-company-${c.code}`} className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
          <h3 className="text-lg font-bold text-brand-800">{c.name}</h3>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-stone-600">{t.clients.code}</dt>
            <dd className="font-mono">{c.code}</dd>
            <dt className="text-stone-600">{t.clients.employees}</dt>
            <dd data-testid={`employee-count-${c.code}`}>{format(t.clients.employeeCount, { count: c.employeeCount })}</dd>
          </dl>
          <h4 className="mt-3 text-sm font-bold">{t.clients.licences}</h4>
          <ul className="mt-1 space-y-1">
            {c.licences.map((l) => (
              <li key={l.app} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                <span>{t.apps[l.app]}</span>
                <span
                  data-testid={`licence-${c.code}-${l.app}`}
                  className={
                    l.inUse
                      ? "rounded-full bg-brand-100 px-2 py-0.5 font-bold text-brand-800"
                      : "rounded-full bg-stone-200 px-2 py-0.5 text-stone-700"
                  }
                >
                  {l.inUse ? t.clients.inUse : t.clients.notInUse}
                </span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
