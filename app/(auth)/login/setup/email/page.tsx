import Link from "next/link";
import { enrolEmailAction } from "@/app/(auth)/login/actions";
import { CodeExpired } from "@/components/auth/code-expired";
import { CodeForm } from "@/components/auth/code-form";
import { SendCodeForm } from "@/components/auth/send-code-form";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-alert";
import { requireStage } from "@/lib/auth/stage-guard";
import { getMessages } from "@/lib/i18n";
import { emailCodeExpiredRestart } from "@/lib/i18n/configured-copy";
import { format } from "@/lib/i18n/message";

export async function generateMetadata() {
  const { t } = await getMessages();
  return { title: t.auth.setup.emailStepHeading };
}

/** Before an Authenticator is bound: a code to the registered address proves more than the password. */
export default async function EnrolEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const view = await requireStage("enrol_email");
  const { send } = await searchParams;
  const { t } = await getMessages();
  const s = t.auth.setup;
  const v = t.auth.verify;
  if (view.emailCodeExpired) {
    return (
      <Card>
        <h1 className="mb-4 text-xl font-bold">{s.emailStepHeading}</h1>
        <CodeExpired message={emailCodeExpiredRestart(t)} restart={v.restart} />
      </Card>
    );
  }
  return (
    <Card>
      <h1 className="mb-2 text-xl font-bold">{s.emailStepHeading}</h1>
      {send === "failed" && <FormAlert message={v.mailFailed} />}
      <p className="mb-4 text-sm leading-relaxed">{format(s.emailStepLead, { email: view.maskedEmail })}</p>
      <CodeForm action={enrolEmailAction} text={{ label: v.code, hint: v.codeHint, submit: v.submit }} testId="code-form" />
      <div className="mt-4 space-y-3 text-sm">
        <SendCodeForm label={v.resend} />
        <p className="text-stone-600">{v.noMail}</p>
        <p className="text-stone-600">{v.addressNote}</p>
        <p>
          <Link href="/login/restart" prefetch={false} className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-4">{v.restart}</Link>
        </p>
      </div>
    </Card>
  );
}
