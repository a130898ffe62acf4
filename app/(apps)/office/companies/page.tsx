import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/apps/back-link";
import { ConsoleMenu } from "@/components/office/console-menu";
import { requireOfficeSession } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n";
import { format } from "@/lib/i18n/message";
import { listCompanies } from "@/lib/office/companies";
import { isOfficeAdmin } from "@/lib/office/staff";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.officeConsole.companies.heading };
}

/** 顧問先企業: the office's client companies. */
export default async function CompaniesPage() {
  const session = await requireOfficeSession("/office/companies");
  const { t } = await getMessages();
  const c = t.officeConsole;
  const companies = await listCompanies(session);
  const admin = await isOfficeAdmin(session);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <BackLink href="/office">{c.back}</BackLink>
        <h1 className="text-2xl font-bold">{c.companies.heading}</h1>
        <p className="text-stone-700">{c.companies.lead}</p>
      </div>
      <ConsoleMenu t={t} current="/office/companies" admin={admin} />
      <Link href="/office/companies/new" data-testid="company-add" className="inline-flex min-h-12 items-center rounded-lg bg-brand-700 px-5 font-bold text-white hover:bg-brand-800">{c.companies.add}</Link>
      {companies.length === 0 ? (
        <p className="text-stone-600">{c.companies.empty}</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white" data-testid="company-list">
          {companies.map((co) => (
            <li key={co.id} className="flex flex-wrap items-center justify-between gap-2 p-4" data-testid={`company-${co.code}`}>
              <div className="min-w-0">
                <p className="font-bold break-words">{co.name}</p>
                <p className="text-sm text-stone-600">
                  <span className="font-mono">{co.code}</span>
                  <span className="ml-2">{format(c.companies.employees, { count: co.accounts })}</span>
                  <span className={`ml-2 rounded px-1.5 text-xs ${co.disabled ? "bg-stone-700 text-white" : "bg-brand-50 text-brand-800"}`} data-testid="company-status">
                    {co.disabled ? c.status.disabled : c.status.active}
                  </span>
                </p>
              </div>
              <Link href={`/office/companies/${encodeURIComponent(co.id)}`} data-testid="company-open" className="inline-flex min-h-11 items-center px-1 text-brand-700 underline underline-offset-4">
                {c.companies.open}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
