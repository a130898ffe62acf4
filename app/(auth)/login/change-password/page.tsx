import Link from "next/link";
import { InitialPasswordForm } from "@/components/auth/initial-password-form";
import { Card } from "@/components/ui/card";
import { requireStage } from "@/lib/auth/stage-guard";
import { getMessages } from "@/lib/i18n";

export async function generateMetadata() {
  const { t } = await getMessages();
  return { title: t.skip.initialPassword.heading };
}

/** 初期パスワードの変更: before the chooser or the second factor; nothing is signed in yet. */
export default async function ChangeInitialPasswordPage() {
  const view = await requireStage("change_password");
  const { t } = await getMessages();
  const p = t.skip.initialPassword;
  return (
    <Card>
      <h1 className="mb-2 text-xl font-bold">{p.heading}</h1>
      <p className="mb-1 text-sm text-stone-600">
        {t.auth.chooser.signedInAs}: <span className="font-mono">{view.loginId}</span>
      </p>
      <p className="mb-4 text-sm leading-relaxed">{p.lead}</p>
      <InitialPasswordForm loginId={view.loginId} text={p} />
      <p className="mt-4 text-sm">
        <Link href="/login/restart" prefetch={false} className="text-brand-700 underline underline-offset-4">{t.auth.verify.restart}</Link>
      </p>
    </Card>
  );
}
