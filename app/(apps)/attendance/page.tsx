import type { Metadata } from "next";
import { AppUnavailable } from "@/components/apps/app-unavailable";
import { BackLink } from "@/components/apps/back-link";
import { JapanClock } from "@/components/apps/japan-clock";
import { PunchForm } from "@/components/apps/punch-form";
import { todaysPunches } from "@/lib/attendance/punches";
import { requireSession } from "@/lib/auth/session";
import { requestNow } from "@/lib/clock";
import { getMessages } from "@/lib/i18n";
import { appAccess } from "@/lib/licences/queries";
import { punchAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.apps.attendance.heading };
}

/** 打刻 (ネット de 就業): clock in / out, and today's punches. Allowed in the limited mode. */
export default async function AttendancePage() {
  const session = await requireSession({ capability: "attendance.punch", returnTo: "/attendance" });
  const { locale, t } = await getMessages();
  const a = t.apps.attendance;
  const access = await appAccess(session, "ATTENDANCE");
  const header = (
    <div>
      <BackLink href="/home">{t.apps.access.backHome}</BackLink>
      <p className="text-sm text-stone-600">{t.apps.home.apps.ATTENDANCE}</p>
      <h1 className="text-2xl font-bold">{a.heading}</h1>
    </div>
  );
  if (!access.ok) {
    return (
      <div className="space-y-4">
        {header}
        <AppUnavailable message={access.reason === "not_licensed" ? t.apps.access.notLicensed : t.apps.access.notEmployee} backLabel={t.apps.access.backHome} />
      </div>
    );
  }
  const now = await requestNow();
  const punches = await todaysPunches(session, now);
  // A fresh key per render (and per answer, see punchAction): resubmitting one form stores one punch.
  const idempotencyKey = crypto.randomUUID();
  return (
    <div className="mx-auto max-w-xl space-y-6">
      {header}
      <PunchForm action={punchAction} idempotencyKey={idempotencyKey} initialPunches={punches} locale={locale} t={a}>
        <JapanClock initialIso={now.toISOString()} locale={locale} label={a.now} />
      </PunchForm>
    </div>
  );
}
