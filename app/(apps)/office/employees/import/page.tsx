import type { Metadata } from "next";
import { BackLink } from "@/components/apps/back-link";
import { EmployeeImportForm } from "@/components/office/employee-import-form";
import { requireOfficeSession } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n";
import { listCompanies } from "@/lib/office/companies";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.officeConsole.import.heading };
}

/** 従業員の一括登録 (CSV) into one client company. */
export default async function ImportEmployeesPage() {
  const session = await requireOfficeSession("/office/employees/import");
  const { t } = await getMessages();
  const c = t.officeConsole;
  const companies = (await listCompanies(session)).filter((co) => !co.disabled);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div className="space-y-2">
        <BackLink href="/office/employees">{t.office.detail.back}</BackLink>
        <h1 className="text-2xl font-bold">{c.import.heading}</h1>
        <p className="text-stone-700">{c.import.lead}</p>
        <p className="text-sm text-stone-700">{c.import.format}</p>
        <p className="text-sm text-stone-700">{c.import.invitations}</p>
      </div>
      {companies.length === 0 ? <p className="text-stone-600">{c.companies.empty}</p> : <EmployeeImportForm t={c} companies={companies} />}
    </div>
  );
}
