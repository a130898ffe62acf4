import { chooseAction } from "@/app/(auth)/login/actions";
import { Card } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/submit-button";
import { requireStage } from "@/lib/auth/stage-guard";
import { getMessages } from "@/lib/i18n";

export async function generateMetadata() {
  const { t } = await getMessages();
  return { title: t.auth.chooser.heading };
}

/** 二要素認証 ログイン選択 (docs/requirements.md R-CHOOSE-1), for employees after the password step. */
export default async function ChoosePage() {
  const view = await requireStage("choose");
  const { t } = await getMessages();
  const c = t.auth.chooser;
  return (
    <Card>
      <h1 className="mb-1 text-xl font-bold">{c.heading}</h1>
      <p className="mb-5 text-sm text-stone-600">
        {c.signedInAs}: <span className="font-mono">{view.loginId}</span>
      </p>
      <form action={chooseAction} className="space-y-3">
        <SubmitButton name="choice" value="full" testId="choose-full">{c.full}</SubmitButton>
        <SubmitButton name="choice" value="limited" variant="secondary" testId="choose-limited">{c.limited}</SubmitButton>
        <p className="text-sm text-stone-700">{c.note}</p>
        <hr className="border-stone-200" />
        <SubmitButton name="choice" value="cancel" variant="link" className="w-full" testId="choose-cancel">{c.cancel}</SubmitButton>
      </form>
    </Card>
  );
}
