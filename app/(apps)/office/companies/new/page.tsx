import type { Metadata } from "next";
import { BackLink } from "@/components/apps/back-link";
import { CompanyForm } from "@/components/office/company-form";
import { requireOfficeSession } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.officeConsole.companies.newHeading };
}

/** 顧問先企業の追加. */
export default async function NewCompanyPage() {
  await requireOfficeSession("/office/companies/new");
  const { t } = await getMessages();
  const c = t.officeConsole;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div className="space-y-2">
        <BackLink href="/office/companies">{c.companies.back}</BackLink>
        <h1 className="text-2xl font-bold">{c.companies.newHeading}</h1>
      </div>
      <CompanyForm t={c} />
    </div>
  );
}
