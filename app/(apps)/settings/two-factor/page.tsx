import type { Metadata } from "next";
import { BackLink } from "@/components/apps/back-link";
import { RegenerateRecoveryForm } from "@/components/auth/regenerate-recovery-form";
import { securityOverview } from "@/lib/auth/security";
import { requireSession } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n";
import { formatDate } from "@/lib/i18n/format";
import { format } from "@/lib/i18n/message";

const TWO_FACTOR_SETTINGS_PATH = "/settings/two-factor";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.auth.settings.twoFactor };
}

/** 各種設定 → 2要素認証 (full mode): the method, the Authenticator entry, recovery codes left and their re-issue. */
export default async function TwoFactorSettingsPage() {
  const session = await requireSession({ capability: "settings", returnTo: TWO_FACTOR_SETTINGS_PATH });
  const overview = await securityOverview(session);
  const { locale, t } = await getMessages();
  const s = t.auth.settings;
  const row = "grid gap-1 border-b border-stone-100 py-2 sm:grid-cols-[14rem_1fr]";
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <BackLink href="/settings">{t.selfService.common.backToSettings}</BackLink>
      <h1 className="text-2xl font-bold">{s.twoFactor}</h1>
      <section aria-label={s.twoFactor} className="rounded-xl border border-stone-200 bg-white p-4 sm:p-6">
        <dl>
          <div className={row}>
            <dt className="text-stone-600">{s.method}</dt>
            <dd data-testid="settings-factor">{overview.factor === "TOTP" ? s.methodTotp : overview.factor === "EMAIL" ? s.methodEmail : s.methodNone}</dd>
          </div>
          {overview.totpSince && (
            <div className={row}><dt className="text-stone-600">{s.registeredOn}</dt><dd data-testid="settings-totp-since">{formatDate(overview.totpSince, locale)}</dd></div>
          )}
          {overview.factor === "TOTP" && (
            <>
              <div className={row}><dt className="text-stone-600">{s.appName}</dt><dd className="break-all">Tobira: {overview.loginId}{overview.totpNickname ? ` (${overview.totpNickname})` : ""}</dd></div>
              <div className={row}>
                <dt className="text-stone-600">{s.recoveryLeft}</dt>
                <dd data-testid="recovery-left">{format(s.recoveryCount, { count: overview.recoveryCodesLeft })}</dd>
              </div>
            </>
          )}
        </dl>
      </section>
      {overview.factor === "TOTP" && (
        <section aria-labelledby="regenerate-heading" className="space-y-2 rounded-xl border border-stone-200 bg-white p-4 sm:p-6">
          <h2 id="regenerate-heading" className="text-lg font-bold">{s.regenerateHeading}</h2>
          <p className="text-sm text-stone-700">{s.regenerateLead}</p>
          <RegenerateRecoveryForm text={{ password: s.password, regenerate: s.regenerate }} />
        </section>
      )}
    </div>
  );
}
