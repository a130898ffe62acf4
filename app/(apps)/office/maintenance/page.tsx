import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/apps/back-link";
import { maintenanceError } from "@/components/maintenance/outcome";
import { WindowForm } from "@/components/maintenance/window-form";
import { ConsoleMenu } from "@/components/office/console-menu";
import { FormAlert } from "@/components/ui/form-alert";
import { requireOfficeSession } from "@/lib/auth/session";
import { requestNow } from "@/lib/clock";
import { getMessages } from "@/lib/i18n";
import { format } from "@/lib/i18n/message";
import { formatServiceDateTime } from "@/lib/maintenance/format";
import { listWindows, mayManageMaintenance } from "@/lib/maintenance/windows";
import { cancelWindowAction, scheduleWindowAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.maintenance.console.title };
}

type Search = { done?: string | string[]; error?: string | string[] };
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v.slice(0, 32) : "");

/** Maintenance windows of the whole service: office administrators schedule, change and cancel them. */
export default async function MaintenancePage({ searchParams }: { searchParams: Promise<Search> }) {
  const session = await requireOfficeSession("/office/maintenance");
  const { locale, t } = await getMessages();
  const c = t.maintenance.console;
  const now = await requestNow();
  const admin = await mayManageMaintenance(session);
  const params = await searchParams;
  const windows = admin ? await listWindows(session, now) : [];
  const done = one(params.done);
  const doneText = done === "scheduled" || done === "updated" || done === "cancelled" ? c.done[done] : null;
  const errorText = maintenanceError(t, one(params.error));
  const when = (w: (typeof windows)[number]) =>
    format(t.maintenance.notice.period, { start: formatServiceDateTime(w.startsAt, locale), end: formatServiceDateTime(w.endedEarlyAt ?? w.endsAt, locale) }, locale);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <BackLink href="/office">{t.officeConsole.back}</BackLink>
        <p className="text-sm text-stone-600">{t.office.nav}</p>
        <h1 className="text-2xl font-bold">{c.title}</h1>
        <p className="text-stone-700">{c.lead}</p>
      </div>
      <ConsoleMenu t={t} current="/office/maintenance" admin={admin} />
      {!admin ? (
        <FormAlert message={c.errors.forbidden} id="maintenance-error" />
      ) : (
        <>
          {doneText && <FormAlert tone="info" message={doneText} id="maintenance-done" />}
          {errorText && <FormAlert message={errorText} id="maintenance-error" />}
          <section aria-labelledby="mw-schedule" className="space-y-3">
            <h2 id="mw-schedule" className="text-xl font-bold">{c.scheduleHeading}</h2>
            <WindowForm t={t} action={scheduleWindowAction} />
          </section>
          <section aria-labelledby="mw-list" className="space-y-3">
            <h2 id="mw-list" className="text-xl font-bold">{c.listHeading}</h2>
            {windows.length === 0 && <p className="text-stone-600">{c.empty}</p>}
            <ul className="space-y-3">
              {windows.map((w) => (
                <li key={w.id} className="space-y-2 rounded-xl border border-stone-200 bg-white p-4" data-testid="maintenance-window" data-status={w.status}>
                  <p className="font-bold break-words">
                    <span className="mr-2 rounded bg-stone-100 px-2 py-0.5 text-sm">{c.status[w.status]}</span>
                    {when(w)}
                  </p>
                  <p className="text-sm text-stone-600">{format(c.createdBy, { who: w.createdBy })}</p>
                  {(w.status === "scheduled" || w.status === "active") && (
                    <div className="flex flex-col gap-3 sm:flex-row">
                      <Link href={`/office/maintenance/${w.id}`} data-testid="maintenance-edit" className="inline-flex min-h-12 items-center justify-center rounded-lg border border-stone-400 bg-white px-4 font-bold text-brand-700">
                        {c.edit}
                      </Link>
                      {w.status === "scheduled" && (
                        <form action={cancelWindowAction}>
                          <input type="hidden" name="id" value={w.id} />
                          <button type="submit" data-testid="maintenance-cancel" className="min-h-12 w-full rounded-lg border border-red-700 bg-white px-4 font-bold text-red-800 sm:w-auto">
                            {c.cancel}
                          </button>
                        </form>
                      )}
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
