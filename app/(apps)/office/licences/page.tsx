import type { Metadata } from "next";
import { BackLink } from "@/components/apps/back-link";
import { ConsoleMenu } from "@/components/office/console-menu";
import { FormAlert } from "@/components/ui/form-alert";
import { requireOfficeSession } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n";
import { format } from "@/lib/i18n/message";
import { listClientCompanies } from "@/lib/licences/queries";
import { isOfficeAdmin } from "@/lib/office/staff";
import { saveLicencesAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.licences.title };
}

type Search = { saved?: string | string[]; unchanged?: string | string[]; error?: string | string[] };
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v.slice(0, 64) : "");

/** ライセンス管理: per client company of the caller's office, which apps are 使用. */
export default async function LicencesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const session = await requireOfficeSession("/office/licences");
  const { t } = await getMessages();
  const l = t.licences;
  const params = await searchParams;
  const companies = await listClientCompanies(session);
  const admin = await isOfficeAdmin(session);
  const saved = companies.find((c) => c.id === one(params.saved));
  const alert = saved
    ? { tone: "info" as const, message: format(l.saved, { company: saved.name }) }
    : one(params.unchanged)
      ? { tone: "info" as const, message: l.unchanged }
      : one(params.error)
        ? { tone: undefined, message: l.notFound }
        : null;
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <BackLink href="/office">{t.officeConsole.back}</BackLink>
        <p className="text-sm text-stone-600">{t.office.nav}</p>
        <h1 className="text-2xl font-bold">{l.title}</h1>
        <p className="text-stone-700">{l.lead}</p>
      </div>
      <ConsoleMenu t={t} current="/office/licences" admin={admin} />
      {alert && <FormAlert tone={alert.tone} message={alert.message} id="licences-done" />}
      {companies.length === 0 && <p className="text-stone-600">{l.noCompanies}</p>}
      <ul className="space-y-4">
        {companies.map((c) => (
          <li key={c.id} className="rounded-xl border border-stone-200 bg-white p-4" data-testid={`licences-${c.code}`}>
            <form action={saveLicencesAction} className="space-y-3">
              <input type="hidden" name="companyId" value={c.id} />
              <h2 className="break-words text-lg font-bold">
                {c.name} <span className="font-mono text-base font-normal text-stone-600">{c.code}</span>
                <span className="ml-2 text-sm font-normal text-stone-600">{format(l.employees, { count: c.employeeCount })}</span>
              </h2>
              <fieldset className="space-y-1">
                <legend className="sr-only">{l.inUse}</legend>
                {c.licences.map((lic) => (
                  <label key={lic.app} className="flex min-h-11 items-center gap-3">
                    <input type="checkbox" name={lic.app} defaultChecked={lic.inUse} className="size-6" data-testid={`licence-${c.code}-${lic.app}`} />
                    <span>{l.apps[lic.app]}</span>
                    <span className="text-sm text-stone-600">（{l.inUse}）</span>
                  </label>
                ))}
              </fieldset>
              <button type="submit" data-testid={`licences-save-${c.code}`} className="min-h-12 w-full rounded-lg bg-brand-700 px-5 font-bold text-white hover:bg-brand-800 sm:w-auto">
                {l.save}
              </button>
            </form>
          </li>
        ))}
      </ul>
    </div>
  );
}
