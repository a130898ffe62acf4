import { revokeAllSkipsAction } from "@/app/(apps)/settings/skip/actions";
import { BackLink } from "@/components/apps/back-link";
import { SubmitButton } from "@/components/ui/submit-button";
import { requireSession } from "@/lib/auth/session";
import { SKIP_SETTINGS_PATH, skipSettings } from "@/lib/auth/skip-settings";
import { requestNow } from "@/lib/clock";
import { getMessages } from "@/lib/i18n";
import { format } from "@/lib/i18n/message";

export async function generateMetadata() {
  const { t } = await getMessages();
  return { title: t.skip.resume.heading };
}

/** ワンタイムパスワード入力再開確認 (docs/requirements.md R-SKIP-9): [完了] cancels every skip of this account. */
export default async function ResumeCodeConfirmPage() {
  const session = await requireSession({ capability: "security.manage", returnTo: SKIP_SETTINGS_PATH });
  const settings = await skipSettings(session, await requestNow());
  const { t } = await getMessages();
  const r = t.skip.resume;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <BackLink href="/settings/skip">{r.back}</BackLink>
      <h1 className="text-2xl font-bold">{r.heading}</h1>
      {!settings.available ? (
        <p className="rounded-xl border border-stone-200 bg-white p-5 leading-relaxed">{t.skip.settings.notAvailable}</p>
      ) : (
        <section className="space-y-4 rounded-xl border border-stone-200 bg-white p-5">
          <p className="leading-relaxed">{r.lead}</p>
          <p className="font-bold" data-testid="skip-resume-count">{format(r.count, { count: settings.browsers.length })}</p>
          {settings.browsers.length === 0 && <p className="text-sm text-stone-600" data-testid="skip-resume-none">{t.skip.settings.nothingToResume}</p>}
          <form action={revokeAllSkipsAction}>
            <SubmitButton testId="skip-resume-done" disabled={settings.browsers.length === 0}>{r.done}</SubmitButton>
          </form>
        </section>
      )}
    </div>
  );
}
