import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/apps/back-link";
import { maintenanceError } from "@/components/maintenance/outcome";
import { WindowForm } from "@/components/maintenance/window-form";
import { FormAlert } from "@/components/ui/form-alert";
import { requireOfficeSession } from "@/lib/auth/session";
import { requestNow } from "@/lib/clock";
import { getMessages } from "@/lib/i18n";
import { getWindow } from "@/lib/maintenance/windows";
import { updateWindowAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.maintenance.console.editHeading };
}

/** Change one maintenance window that has not ended (office administrators). */
export default async function EditWindowPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ error?: string | string[] }> }) {
  const { id } = await params;
  const session = await requireOfficeSession(`/office/maintenance/${encodeURIComponent(id)}`);
  const { t } = await getMessages();
  const c = t.maintenance.console;
  const window = await getWindow(session, id, await requestNow());
  if (!window || (window.status !== "scheduled" && window.status !== "active")) notFound();
  const error = (await searchParams).error;
  const errorText = typeof error === "string" ? maintenanceError(t, error) : null;
  return (
    <div className="space-y-6">
      <BackLink href="/office/maintenance">{c.back}</BackLink>
      <h1 className="text-2xl font-bold">{c.editHeading}</h1>
      {errorText && <FormAlert message={errorText} id="maintenance-error" />}
      <WindowForm t={t} action={updateWindowAction} window={window} started={window.status === "active"} />
    </div>
  );
}
