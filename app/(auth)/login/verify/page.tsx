import Link from "next/link";
import { verifyAction } from "@/app/(auth)/login/actions";
import { CodeExpired } from "@/components/auth/code-expired";
import { CodeForm } from "@/components/auth/code-form";
import { RememberCheckbox } from "@/components/auth/remember-checkbox";
import { SendCodeForm } from "@/components/auth/send-code-form";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-alert";
import { postedErrorMessage } from "@/lib/auth/sign-in/messages";
import { requireStage } from "@/lib/auth/stage-guard";
import { getMessages } from "@/lib/i18n";
import { emailCodeExpiredRestart, emailCodeLead } from "@/lib/i18n/configured-copy";
import { formatDateTime } from "@/lib/i18n/format";
import { format } from "@/lib/i18n/message";

export async function generateMetadata() {
  const { t } = await getMessages();
  return { title: t.auth.verify.heading };
}

/** ワンタイムパスワード入力: Authenticator code, e-mailed code, or a recovery code. */
export default async function VerifyPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const view = await requireStage("second_factor");
  const { send, error } = await searchParams;
  const { locale, t } = await getMessages();
  const v = t.auth.verify;
  const emailMode = !view.hasTotp || view.emailCodeActive;
  // The e-mailed code is this account's only way in and it has expired: start again.
  if (!view.hasTotp && view.emailCodeExpired) {
    return (
      <Card>
        <h1 className="mb-4 text-xl font-bold">{v.heading}</h1>
        <CodeExpired message={emailCodeExpiredRestart(t)} restart={v.restart} />
      </Card>
    );
  }
  return (
    <Card>
      <h1 className="mb-2 text-xl font-bold">{v.heading}</h1>
      {view.stepUp && <p className="mb-2 text-sm">{v.stepUpLead}</p>}
      {send === "failed" && <FormAlert message={v.mailFailed} />}
      {emailMode ? (
        <div className="mb-4 space-y-1 text-sm leading-relaxed">
          <p>{emailCodeLead(t, view.maskedEmail)}</p>
          {view.emailCodeExpiresAt && (
            <p className="text-stone-600">{format(v.emailLeadMinutes, { time: formatDateTime(view.emailCodeExpiresAt, locale) })}</p>
          )}
        </div>
      ) : (
        <p className="mb-4 text-sm leading-relaxed">{v.totpLead}</p>
      )}
      <CodeForm action={verifyAction} permalink="/login/step/verify" error={postedErrorMessage(t, error)} text={{ label: v.code, hint: v.codeHint, submit: v.submit }} testId="code-form">
        {view.mayRemember && <RememberCheckbox label={t.skip.checkbox} hint={t.skip.checkboxHint} />}
      </CodeForm>

      <div className="mt-4 space-y-3 text-sm">
        {view.mayUseEmail && <SendCodeForm label={view.emailCodeActive || !view.hasTotp ? v.resend : v.sendEmail} />}
        {view.hasTotp && (
          <details className="rounded-lg border border-stone-200 p-3">
            <summary className="min-h-11 cursor-pointer content-center font-bold text-brand-700">{v.useRecovery}</summary>
            <div className="mt-3">
              <CodeForm
                id="recovery"
                mode="text"
                action={verifyAction}
                permalink="/login/step/verify"
                text={{ label: v.recoveryLabel, hint: format(v.recoveryHint, { count: view.remainingRecoveryCodes }), submit: v.submit }}
                testId="recovery-form"
              />
            </div>
          </details>
        )}
        {/* Only what applies: an account without the e-mail factor (a sharoushi ID) never gets a code by mail. */}
        {view.mayUseEmail && <p className="text-stone-600">{v.noMail}</p>}
        {view.mayUseEmail && <p className="text-stone-600">{v.addressNote}</p>}
        <p>
          <Link href="/login/restart" prefetch={false} className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-4">{v.restart}</Link>
        </p>
      </div>
    </Card>
  );
}
