import { finishRecoveryCodesAction } from "@/app/(auth)/login/actions";
import { Card } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/submit-button";
import { requireStage } from "@/lib/auth/stage-guard";
import { getMessages } from "@/lib/i18n";

/** Reached only by reloading after the codes were shown: they are never shown twice. */
export default async function RecoveryCodesAgainPage() {
  await requireStage("recovery_codes");
  const { t } = await getMessages();
  const s = t.auth.setup;
  return (
    <Card>
      <h1 className="mb-3 text-xl font-bold">{s.recoveryHeading}</h1>
      <p className="mb-4 text-sm leading-relaxed">{s.recoveryShownAlready}</p>
      <form action={finishRecoveryCodesAction}>
        <SubmitButton testId="recovery-codes-continue">{s.recoverySaved}</SubmitButton>
      </form>
    </Card>
  );
}
