import { cookies } from "next/headers";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PasswordForm } from "@/components/auth/password-form";
import { NoticeList } from "@/components/notices/notice-list";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-alert";
import { getSession } from "@/lib/auth/session";
import { TYPED_LOGIN_COOKIE } from "@/lib/auth/sign-in/forms";
import { postedErrorMessage } from "@/lib/auth/sign-in/messages";
import { requestNow } from "@/lib/clock";
import { getMessages } from "@/lib/i18n";
import { safeRelativePath } from "@/lib/http/safe-path";
import { listPublishedNotices } from "@/lib/notices/queries";

export async function generateMetadata() {
  const { t } = await getMessages();
  return { title: t.auth.login.heading };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeRelativePath(typeof params.callbackUrl === "string" ? params.callbackUrl : null) ?? undefined;
  if (await getSession()) redirect(callbackUrl ?? "/home");
  const { locale, t } = await getMessages();
  const notices = await listPublishedNotices(locale, { limit: 2, now: await requestNow() });
  const l = t.auth.login;
  // A refused form post without JavaScript (app/(auth)/login/step): its message and the ID as typed.
  const postedError = postedErrorMessage(t, params.error);
  return (
    <div className="grid gap-8 md:grid-cols-2">
      <Card className="md:mx-0">
        <h1 className="mb-4 text-2xl font-bold">{l.heading}</h1>
        {params.expired && <FormAlert message={l.flowExpired} />}
        {params.signedOut && <FormAlert tone="info" message={l.signedOut} />}
        {params.reset && <FormAlert tone="info" message={t.selfService.reset.signedOut} />}
        <PasswordForm text={l} callbackUrl={callbackUrl} error={postedError} loginId={postedError ? (await cookies()).get(TYPED_LOGIN_COOKIE)?.value : undefined} />
        <p className="mt-4 text-sm">
          <Link href="/faq" className="text-brand-700 underline underline-offset-4">{l.help}</Link>
        </p>
      </Card>
      <section aria-labelledby="login-notices" className="space-y-3">
        <h2 id="login-notices" className="text-xl font-bold">{l.notices}</h2>
        <NoticeList notices={notices} locale={locale} publishedLabel={t.common.published} emptyText={t.common.noNotices} headingLevel={3} />
      </section>
    </div>
  );
}
