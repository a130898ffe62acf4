import type { Metadata } from "next";
import { BackLink } from "@/components/apps/back-link";
import { EmployeeCreateForm } from "@/components/office/employee-create-form";
import { requireOfficeSession } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n";
import { listCompanies } from "@/lib/office/companies";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.officeConsole.employees.newHeading };
}

/** 従業員の追加 (one, by form): the account is made and invited by e-mail. */
export default async function NewEmployeePage({ searchParams }: { searchParams: Promise<{ company?: string | string[] }> }) {
  const session = await requireOfficeSession("/office/employees/new");
  const { t } = await getMessages();
  const c = t.officeConsole;
  const companies = (await listCompanies(session)).filter((co) => !co.disabled);
  const { company } = await searchParams;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div className="space-y-2">
        <BackLink href="/office/employees">{t.office.detail.back}</BackLink>
        <h1 className="text-2xl font-bold">{c.employees.newHeading}</h1>
        <p className="text-stone-700">{c.employees.newLead}</p>
      </div>
      {companies.length === 0 ? <p className="text-stone-600">{c.companies.empty}</p> : <EmployeeCreateForm t={c} companies={companies} companyId={typeof company === "string" ? company : undefined} />}
    </div>
  );
}
