import type { Metadata } from "next";
import { BackLink } from "@/components/apps/back-link";
import { PasswordChangeForm } from "@/components/self-service/password-change-form";
import { requireSession } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.selfService.password.heading };
}

/** パスワード変更 (full mode). */
export default async function PasswordChangePage() {
  await requireSession({ capability: "security.manage", returnTo: "/settings/password" });
  const { t } = await getMessages();
  const p = t.selfService.password;
  const c = t.selfService.common;
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <BackLink href="/settings">{c.backToSettings}</BackLink>
      <h1 className="text-2xl font-bold">{p.heading}</h1>
      <p className="text-stone-700">{p.lead}</p>
      <section className="rounded-xl border border-stone-200 bg-white p-4 sm:p-6">
        <PasswordChangeForm
          text={{
            currentPassword: c.currentPassword,
            newPassword: p.newPassword,
            newPasswordHint: p.newPasswordHint,
            confirmPassword: p.confirmPassword,
            submit: p.submit,
            submitting: p.submitting,
          }}
        />
      </section>
    </div>
  );
}
