import { finishRecoveryCodesAction } from "@/app/(auth)/login/actions";
import { RememberCheckbox } from "@/components/auth/remember-checkbox";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { requireStage } from "@/lib/auth/stage-guard";
import { getMessages } from "@/lib/i18n";

export async function generateMetadata() {
  const { t } = await getMessages();
  return { title: t.auth.setup.recoveryHeading };
}

/** Reached only by reloading after the codes were shown (or without JavaScript): they are never shown twice. */
export default async function RecoveryCodesAgainPage() {
  const view = await requireStage("recovery_codes");
  const { t } = await getMessages();
  const s = t.auth.setup;
  return (
    <Card>
      <h1 className="mb-3 text-xl font-bold">{s.recoveryHeading}</h1>
      <FormAlert tone="info" message={s.totpEnrolled} />
      <p className="my-4 text-sm leading-relaxed">{s.recoveryShownAlready}</p>
      <form action={finishRecoveryCodesAction} className="space-y-4">
        {view.mayRemember && <RememberCheckbox label={t.skip.checkbox} hint={t.skip.checkboxHint} />}
        <SubmitButton testId="recovery-codes-continue">{s.recoverySaved}</SubmitButton>
      </form>
    </Card>
  );
}
