import Link from "next/link";
import { EnrolledNotice } from "@/components/auth/enrolled-notice";
import { RegenerateRecoveryForm } from "@/components/auth/regenerate-recovery-form";
import { mayManageAdditionalAccounts } from "@/lib/account/additional-accounts";
import { securityOverview } from "@/lib/auth/security";
import { requireSession } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n";
import { formatDate } from "@/lib/i18n/format";
import { format } from "@/lib/i18n/message";

export async function generateMetadata() {
  const { t } = await getMessages();
  return { title: t.auth.settings.heading };
}

/** 各種設定 (full mode): the account and its second factor. */
export default async function SettingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireSession({ capability: "settings", returnTo: "/settings" });
  const overview = await securityOverview(session);
  const ownsAccounts = await mayManageAdditionalAccounts(session);
  const { locale, t } = await getMessages();
  const s = t.auth.settings;
  const links = t.selfService.settingsLinks;
  const linkClass = "inline-flex min-h-11 items-center rounded-lg border border-brand-700 bg-white px-4 font-bold text-brand-700 hover:bg-brand-50";
  const row = "grid gap-1 border-b border-stone-100 py-2 sm:grid-cols-[14rem_1fr]";
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">{s.heading}</h1>
      <EnrolledNotice params={await searchParams} fullMode={session.mode === "FULL"} message={t.auth.setup.enrolledNotice} />
      <section aria-labelledby="settings-account" className="rounded-xl border border-stone-200 bg-white p-5">
        <h2 id="settings-account" className="mb-2 text-lg font-bold">{s.account}</h2>
        <dl>
          <div className={row}><dt className="text-stone-600">{s.loginId}</dt><dd className="font-mono">{overview.loginId}</dd></div>
          <div className={row}><dt className="text-stone-600">{s.name}</dt><dd>{overview.displayName}</dd></div>
          <div className={row}>
            <dt className="text-stone-600">{s.email}</dt>
            <dd className="break-all">{overview.email}<p className="text-sm text-stone-600">{links.emailNote}</p></dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="settings-self-service" className="rounded-xl border border-stone-200 bg-white p-5">
        <h2 id="settings-self-service" className="mb-3 text-lg font-bold">{links.heading}</h2>
        <ul className="flex flex-wrap gap-3">
          <li><Link href="/settings/password" className={linkClass} data-testid="link-password">{links.password}</Link></li>
          <li><Link href="/settings/email" className={linkClass} data-testid="link-email">{links.email}</Link></li>
          <li><Link href="/settings/two-factor-reset" className={linkClass} data-testid="link-two-factor-reset">{links.reset}</Link></li>
          {ownsAccounts && <li><Link href="/settings/accounts" className={linkClass} data-testid="link-accounts">{links.accounts}</Link></li>}
        </ul>
      </section>
      <section aria-labelledby="settings-2fa" className="rounded-xl border border-stone-200 bg-white p-5">
        <h2 id="settings-2fa" className="mb-2 text-lg font-bold">{s.twoFactor}</h2>
        <dl>
          <div className={row}>
            <dt className="text-stone-600">{s.method}</dt>
            <dd data-testid="settings-factor">{overview.factor === "TOTP" ? s.methodTotp : overview.factor === "EMAIL" ? s.methodEmail : s.methodNone}</dd>
          </div>
          {overview.totpSince && (
            <div className={row}><dt className="text-stone-600">{s.registeredOn}</dt><dd>{formatDate(overview.totpSince, locale)}</dd></div>
          )}
          {overview.factor === "TOTP" && (
            <>
              <div className={row}><dt className="text-stone-600">{s.appName}</dt><dd>Tobira: {overview.loginId}{overview.totpNickname ? ` (${overview.totpNickname})` : ""}</dd></div>
              <div className={row}>
                <dt className="text-stone-600">{s.recoveryLeft}</dt>
                <dd data-testid="recovery-left">{format(s.recoveryCount, { count: overview.recoveryCodesLeft })}</dd>
              </div>
            </>
          )}
        </dl>
        {overview.factor === "TOTP" && (
          <div className="mt-4 space-y-2">
            <h3 className="font-bold">{s.regenerateHeading}</h3>
            <p className="text-sm text-stone-700">{s.regenerateLead}</p>
            <RegenerateRecoveryForm text={{ password: s.password, regenerate: s.regenerate }} />
          </div>
        )}
      </section>
      <section aria-labelledby="settings-skip" className="rounded-xl border border-stone-200 bg-white p-5">
        <h2 id="settings-skip" className="mb-2 text-lg font-bold">{t.skip.settings.link}</h2>
        <p className="mb-3 text-sm text-stone-700">{t.skip.settings.linkLead}</p>
        <Link href="/settings/skip" data-testid="settings-skip-link" className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-4">
          {t.skip.settings.link}
        </Link>
      </section>
    </div>
  );
}
