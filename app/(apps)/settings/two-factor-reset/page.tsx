import type { Metadata } from "next";
import { BackLink } from "@/components/apps/back-link";
import { TwoFactorResetForm } from "@/components/self-service/two-factor-reset-form";
import { resetCodeState } from "@/lib/account/two-factor-reset";
import { requireSession } from "@/lib/auth/session";
import { requestNow } from "@/lib/clock";
import { getMessages } from "@/lib/i18n";
import { format } from "@/lib/i18n/message";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.selfService.reset.heading };
}

/**
 * 2要素認証初期化 (docs/requirements.md R-RESET-1, R-RESET-2). Reachable from the
 * limited mode too — the one settings page that is — where it also asks for a
 * code mailed to the registered address.
 */
export default async function TwoFactorResetPage() {
  const session = await requireSession({ capability: "security.resetOwn", returnTo: "/settings/two-factor-reset" });
  const state = await resetCodeState(session, await requestNow());
  const { t } = await getMessages();
  const r = t.selfService.reset;
  const c = t.selfService.common;
  return (
    <div className="mx-auto max-w-xl space-y-4">
      {session.mode === "FULL" ? <BackLink href="/settings">{c.backToSettings}</BackLink> : <BackLink href="/home">{c.backHome}</BackLink>}
      <h1 className="text-2xl font-bold">{r.heading}</h1>
      <p className="text-stone-700">{r.lead}</p>
      {!state.enrolled ? (
        // Never enrolled: nothing to reset, no form (the actions refuse too, R-RESET-4).
        <p className="rounded-xl border border-stone-200 bg-white p-4 leading-relaxed sm:p-6" data-testid="reset-not-enrolled">{r.notEnrolled}</p>
      ) : (
        <>
          <p className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="reset-effects">{r.effects}</p>
          <section className="rounded-xl border border-stone-200 bg-white p-4 sm:p-6">
            <TwoFactorResetForm
              needsCode={state.needsCode}
              codeActive={state.codeActive}
              text={{
                limitedLead: format(r.limitedLead, { email: state.maskedEmail }),
                sendCode: r.sendCode,
                resendCode: r.resendCode,
                password: c.password,
                passwordHint: r.passwordHint,
                code: c.code,
                codeHint: c.codeHint,
                submit: r.submit,
                submitting: r.submitting,
              }}
            />
          </section>
        </>
      )}
    </div>
  );
}
