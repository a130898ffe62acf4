import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/apps/back-link";
import { CompanyForm } from "@/components/office/company-form";
import { ToggleDisabledForm } from "@/components/office/toggle-disabled-form";
import { FormAlert } from "@/components/ui/form-alert";
import { requireOfficeSession } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n";
import { getCompany } from "@/lib/office/companies";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.officeConsole.companies.editHeading };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string | string[] }> };
const DONE = ["created", "updated", "disabled", "enabled"] as const;

/** 顧問先企業の編集 and 利用停止 / 利用再開. Another office's company is a 404, like one that does not exist. */
export default async function CompanyPage({ params, searchParams }: Props) {
  const { id } = await params;
  const session = await requireOfficeSession(`/office/companies/${encodeURIComponent(id)}`);
  const company = await getCompany(session, id);
  if (!company) notFound();
  const { done } = await searchParams;
  const { t } = await getMessages();
  const c = t.officeConsole.companies;
  const doneKey = DONE.find((d) => d === done);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div className="space-y-2">
        <BackLink href="/office/companies">{c.back}</BackLink>
        <p className="text-sm text-stone-600">{c.editHeading}</p>
        <h1 className="text-2xl font-bold break-words">
          {company.name} <span className="font-mono text-lg font-normal">{company.code}</span>
        </h1>
      </div>
      {doneKey && <FormAlert tone="info" message={c.done[doneKey]} id="company-done" />}
      <CompanyForm t={t.officeConsole} company={company} />
      <section aria-labelledby="company-disable" className="space-y-3 rounded-xl border border-stone-200 bg-white p-5">
        <h2 id="company-disable" className="text-lg font-bold">{c.disable.heading}</h2>
        <p className="text-stone-700">{company.disabled ? c.disable.enableLead : c.disable.lead}</p>
        <ToggleDisabledForm kind="company" id={company.id} disable={!company.disabled} label={company.disabled ? c.disable.enableButton : c.disable.button} />
      </section>
    </div>
  );
}
