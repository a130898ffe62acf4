import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/apps/back-link";
import { ConsoleMenu } from "@/components/office/console-menu";
import { StaffChangeForm, StaffCreateForm } from "@/components/office/staff-forms";
import { FormAlert } from "@/components/ui/form-alert";
import { requireOfficeSession } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n";
import { listStaff } from "@/lib/office/staff-admin";
import { isOfficeAdmin } from "@/lib/office/staff";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.officeConsole.staff.heading };
}

type Search = { done?: string | string[]; mail?: string | string[] };

/** 事務所スタッフ (office administrators; anyone else: 404, as the section is not theirs). */
export default async function StaffPage({ searchParams }: { searchParams: Promise<Search> }) {
  const session = await requireOfficeSession("/office/staff");
  if (!(await isOfficeAdmin(session))) notFound();
  const { t } = await getMessages();
  const c = t.officeConsole;
  const m = c.staff;
  const staff = await listStaff(session);
  const { done, mail } = await searchParams;
  const resetText = mail === "cooldown" ? m.resetMailCooldown : mail === "failed" ? m.resetMailFailed : m.resetDone;
  const doneText = { disable: m.disabledDone, enable: m.enabledDone, reset: resetText }[typeof done === "string" ? done : ""] as string | undefined;
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <BackLink href="/office">{c.back}</BackLink>
        <h1 className="text-2xl font-bold">{m.heading}</h1>
        <p className="text-stone-700">{m.lead}</p>
      </div>
      <ConsoleMenu t={t} current="/office/staff" admin />
      {doneText && <FormAlert tone="info" message={doneText} id="staff-done" />}
      <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white" data-testid="staff-list">
        {staff.map((s) => (
          <li key={s.id} className="space-y-3 p-4" data-testid={`staff-${s.loginId}`}>
            <div className="min-w-0">
              <p className="font-bold break-words">
                {s.displayName} <span className="font-mono font-normal">{s.loginId}</span>
              </p>
              <p className="text-sm break-all text-stone-600">{s.email}</p>
              <p className="flex flex-wrap gap-2 text-xs">
                {s.self && <span className="rounded bg-brand-50 px-1.5 text-brand-800">{m.you}</span>}
                {s.isOfficeAdmin && <span className="rounded bg-stone-200 px-1.5">{m.admin}</span>}
                {s.awaitingInvitation && <span className="rounded bg-amber-100 px-1.5">{c.employees.awaiting}</span>}
                {s.disabled && <span className="rounded bg-stone-700 px-1.5 text-white">{c.status.disabled}</span>}
              </p>
            </div>
            {!s.self && (
              <div className="flex flex-col gap-2 sm:flex-row">
                <StaffChangeForm staffId={s.id} change={s.disabled ? "enable" : "disable"} label={s.disabled ? c.employees.disable.enableButton : c.employees.disable.button} testId="staff-toggle" />
                {!s.disabled && <StaffChangeForm staffId={s.id} change="reset" label={m.reset} testId="staff-reset" />}
              </div>
            )}
          </li>
        ))}
      </ul>
      <section aria-labelledby="staff-add" className="space-y-3 rounded-xl border border-stone-200 bg-white p-5">
        <h2 id="staff-add" className="text-lg font-bold">{m.add}</h2>
        <p className="text-stone-700">{m.addLead}</p>
        <StaffCreateForm t={m} />
      </section>
    </div>
  );
}
