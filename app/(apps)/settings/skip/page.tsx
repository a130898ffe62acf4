import Link from "next/link";
import { revokeOneSkipAction } from "@/app/(apps)/settings/skip/actions";
import { BackLink } from "@/components/apps/back-link";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { requireSession } from "@/lib/auth/session";
import { SKIP_SETTINGS_PATH, skipSettings } from "@/lib/auth/skip-settings";
import { requestNow } from "@/lib/clock";
import { getMessages } from "@/lib/i18n";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { format } from "@/lib/i18n/message";

export async function generateMetadata() {
  const { t } = await getMessages();
  return { title: t.skip.settings.heading };
}

/**
 * ワンタイムパスワード入力省略設定 (docs/requirements.md R-SKIP-9): あり／なし, and beyond the
 * FAQ (R-SKIP-10) the list of this account's remembered browsers with a cancel for each.
 */
export default async function SkipSettingsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const session = await requireSession({ capability: "security.manage", returnTo: SKIP_SETTINGS_PATH });
  const settings = await skipSettings(session, await requestNow());
  const { done } = await searchParams;
  const { locale, t } = await getMessages();
  const s = t.skip.settings;
  const notice = done === "one" ? s.revokedOne : done === "all" ? s.revokedAll : null;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <BackLink href="/settings">{s.back}</BackLink>
      <h1 className="text-2xl font-bold">{s.heading}</h1>
      <FormAlert tone="info" message={notice} />
      <FormAlert message={done === "not_found" ? s.notFound : done === "none" ? s.nothingToResume : null} />
      {!settings.available ? (
        <p className="rounded-xl border border-stone-200 bg-white p-5 leading-relaxed" data-testid="skip-not-available">{s.notAvailable}</p>
      ) : (
        <>
          <section aria-labelledby="skip-status" className="rounded-xl border border-stone-200 bg-white p-5">
            <h2 id="skip-status" className="mb-2 text-lg font-bold">{s.status}</h2>
            <p className="text-2xl font-bold" data-testid="skip-status">{settings.browsers.length > 0 ? s.yes : s.no}</p>
          </section>
          {settings.browsers.length > 0 && (
            <section aria-labelledby="skip-list" className="rounded-xl border border-stone-200 bg-white p-5">
              <h2 id="skip-list" className="mb-3 text-lg font-bold">{s.listHeading}</h2>
              <ul className="space-y-4" data-testid="skip-browsers">
                {settings.browsers.map((b) => (
                  <li key={b.id} className="rounded-lg border border-stone-200 p-4" data-testid="skip-browser">
                    <p className="flex flex-wrap items-center gap-x-2 gap-y-1 font-bold">
                      <span className="break-all">{b.label}</span>
                      {/* A badge is one word: it moves to the next line whole, never 「こ / のブラウザ」. */}
                      {b.thisBrowser && <span className="shrink-0 whitespace-nowrap rounded bg-brand-50 px-2 py-0.5 text-sm text-brand-800" data-testid="skip-this-browser">{s.thisBrowser}</span>}
                    </p>
                    <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                      <dt className="text-stone-600">{s.setOn}</dt>
                      <dd>{formatDate(b.createdAt, locale)}</dd>
                      <dt className="text-stone-600">{s.lastUsed}</dt>
                      <dd>{b.lastUsedAt ? formatDateTime(b.lastUsedAt, locale) : s.neverUsed}</dd>
                      <dt className="text-stone-600">{s.daysLeft}</dt>
                      <dd data-testid="skip-days-left">{format(s.days, { days: b.daysLeft })}</dd>
                    </dl>
                    <form action={revokeOneSkipAction} className="mt-3">
                      <input type="hidden" name="id" value={b.id} />
                      <SubmitButton variant="secondary" testId="skip-revoke-one">{s.revokeOne}</SubmitButton>
                    </form>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby="skip-resume" className="rounded-xl border border-stone-200 bg-white p-5">
            <h2 id="skip-resume" className="mb-2 text-lg font-bold">{s.resume}</h2>
            <p className="mb-3 text-sm leading-relaxed">{s.resumeLead}</p>
            {settings.browsers.length > 0 ? (
              <Link
                href="/settings/skip/resume"
                data-testid="skip-resume"
                className="block min-h-12 w-full rounded-lg bg-brand-700 px-4 py-3 text-center font-bold text-white hover:bg-brand-800"
              >
                {s.resume}
              </Link>
            ) : (
              // なし: nothing to resume. Shown, not pressable; the action refuses it too (R-SKIP-9).
              <>
                <button
                  type="button"
                  disabled
                  aria-describedby="skip-resume-none"
                  data-testid="skip-resume"
                  className="block min-h-12 w-full cursor-not-allowed rounded-lg bg-stone-300 px-4 py-3 text-center font-bold text-stone-600"
                >
                  {s.resume}
                </button>
                <p id="skip-resume-none" className="mt-2 text-sm text-stone-600" data-testid="skip-resume-none">{s.nothingToResume}</p>
              </>
            )}
          </section>
        </>
      )}
    </div>
  );
}
