import { setupAction } from "@/app/(auth)/login/actions";
import { Card } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/submit-button";
import { requireStage } from "@/lib/auth/stage-guard";
import { getMessages } from "@/lib/i18n";
import { format } from "@/lib/i18n/message";

export async function generateMetadata() {
  const { t } = await getMessages();
  return { title: t.auth.setup.heading };
}

/** Employees without a second factor choose one. */
export default async function SetupPage() {
  const view = await requireStage("setup");
  const { t } = await getMessages();
  const s = t.auth.setup;
  return (
    <Card>
      <h1 className="mb-2 text-xl font-bold">{s.heading}</h1>
      <p className="mb-5 text-sm leading-relaxed">{s.lead}</p>
      <form action={setupAction} className="space-y-5">
        <div className="space-y-1">
          <SubmitButton name="method" value="totp" testId="setup-totp">{s.totp}</SubmitButton>
          <p className="text-sm text-stone-600">{s.totpHint}</p>
        </div>
        {view.mayUseEmail && (
          <div className="space-y-1">
            <SubmitButton name="method" value="email" variant="secondary" testId="setup-email">{s.email}</SubmitButton>
            <p className="text-sm text-stone-600">{format(s.emailHint, { email: view.maskedEmail })}</p>
          </div>
        )}
      </form>
    </Card>
  );
}
