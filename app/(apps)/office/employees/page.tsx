import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/apps/back-link";
import { ConsoleMenu } from "@/components/office/console-menu";
import { EmployeeList } from "@/components/office/employee-list";
import { LockedStaffSection } from "@/components/office/locked-staff-section";
import { FormAlert } from "@/components/ui/form-alert";
import { requestNow } from "@/lib/clock";
import { getMessages } from "@/lib/i18n";
import { LIST_LIMIT, listEmployees, listOfficeCompanies } from "@/lib/office/employees";
import { requireOfficeSession } from "@/lib/auth/session";
import { isOfficeAdmin, listLockedStaff } from "@/lib/office/staff";
import { format } from "@/lib/i18n/message";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.office.heading };
}

type Search = { company?: string | string[]; q?: string | string[]; done?: string | string[]; mail?: string | string[] };
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v.slice(0, 64) : "");

/** 従業員アカウント管理: the office's employees by client company, searchable. Sharoushi accounts, full mode. */
export default async function OfficePage({ searchParams }: { searchParams: Promise<Search> }) {
  const session = await requireOfficeSession("/office/employees");
  const { t } = await getMessages();
  const o = t.office;
  const params = await searchParams;
  const companyId = one(params.company);
  const q = one(params.q);
  const now = await requestNow();
  const companies = await listOfficeCompanies(session);
  const { groups, truncated } = await listEmployees(session, { companyId: companyId || undefined, q }, now);
  const admin = await isOfficeAdmin(session);
  const lockedStaff = admin ? await listLockedStaff(session, now) : [];
  const staffDone = one(params.done) === "staff_unlock" ? `${o.staff.done}${one(params.mail) === "failed" ? o.mailFailed : ""}` : null;
  const field = "block min-h-12 w-full rounded-lg border border-stone-400 bg-white px-3 py-2";
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <BackLink href="/office">{t.officeConsole.back}</BackLink>
        <p className="text-sm text-stone-600">{o.nav}</p>
        <h1 className="text-2xl font-bold">{o.heading}</h1>
        <p className="text-stone-700">{o.lead}</p>
      </div>
      <ConsoleMenu t={t} current="/office/employees" admin={admin} />
      <div className="flex flex-wrap gap-3">
        <Link href="/office/employees/new" data-testid="employee-add" className="inline-flex min-h-12 items-center rounded-lg bg-brand-700 px-5 font-bold text-white hover:bg-brand-800">{t.officeConsole.employees.add}</Link>
        <Link href="/office/employees/import" data-testid="employee-import" className="inline-flex min-h-12 items-center rounded-lg border border-brand-700 bg-white px-5 font-bold text-brand-700 hover:bg-brand-50">{t.officeConsole.employees.import}</Link>
      </div>
      {staffDone && <FormAlert tone="info" message={staffDone} id="office-done" />}
      {admin && <LockedStaffSection staff={lockedStaff} t={o} />}

      <search aria-label={o.search.label}>
        <form method="get" action="/office/employees" className="grid gap-3 rounded-xl border border-stone-200 bg-white p-4 md:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto] md:items-end">
          <div className="space-y-1">
            <label htmlFor="office-company" className="block font-bold">{o.search.company}</label>
            <select id="office-company" name="company" defaultValue={companyId} className={field}>
              <option value="">{o.search.allCompanies}</option>
              {companies.map((c) => (
                <option key={c.id} value={c.id}>{c.code} {c.name}</option>
              ))}
            </select>
          </div>
          <div className="space-y-1">
            <label htmlFor="office-q" className="block font-bold">{o.search.query}</label>
            <input id="office-q" name="q" type="search" defaultValue={q} aria-describedby="office-q-hint" className={field} autoComplete="off" />
            <p id="office-q-hint" className="text-sm text-stone-600">{o.search.queryHint}</p>
          </div>
          <div className="flex gap-3 md:mb-7">
            <button type="submit" data-testid="office-search" className="min-h-12 flex-1 rounded-lg bg-brand-700 px-5 font-bold text-white hover:bg-brand-800">
              {o.search.submit}
            </button>
            {(q || companyId) && (
              <Link href="/office/employees" className="inline-flex min-h-12 items-center px-2 text-brand-700 underline underline-offset-4">{o.search.clear}</Link>
            )}
          </div>
        </form>
      </search>

      {companies.length === 0 ? (
        <p className="text-stone-600">{o.noCompanies}</p>
      ) : groups.length === 0 ? (
        <p className="text-stone-600" data-testid="office-empty">{o.empty}</p>
      ) : (
        groups.map((g) => (
          <section key={g.company.id} aria-labelledby={`company-${g.company.id}`} className="space-y-3" data-testid={`office-company-${g.company.code}`}>
            <h2 id={`company-${g.company.id}`} className="text-xl font-bold">
              {g.company.name} <span className="font-mono text-base font-normal text-stone-600">{g.company.code}</span>
              <span className="ml-2 text-base font-normal text-stone-600">{format(o.employeeCount, { count: g.employees.length })}</span>
            </h2>
            <EmployeeList employees={g.employees} t={o} />
          </section>
        ))
      )}
      {truncated && <p role="status" className="text-sm text-amber-900">{format(o.truncated, { count: LIST_LIMIT })}</p>}
    </div>
  );
}
