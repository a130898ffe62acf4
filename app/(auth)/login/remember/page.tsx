import { redirect } from "next/navigation";
import { rememberAction } from "@/app/(auth)/login/actions";
import { Card } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/submit-button";
import { requireStage } from "@/lib/auth/stage-guard";
import { rememberView } from "@/lib/auth/sign-in";
import { getMessages } from "@/lib/i18n";
import { skipLasts, skipRenews } from "@/lib/i18n/configured-copy";
import { formatDate } from "@/lib/i18n/format";
import { format } from "@/lib/i18n/message";

export async function generateMetadata() {
  const { t } = await getMessages();
  return { title: t.skip.confirm.heading };
}

/**
 * ワンタイムパスワード省略設定確認 (docs/requirements.md R-SKIP-2): the cautions,
 * then [OK]. Nothing is set and nobody is signed in until a button here is
 * pressed; leaving the page (back, close) leaves no skip.
 */
export default async function RememberConfirmPage() {
  await requireStage("remember_confirm");
  const view = await rememberView();
  if (!view) redirect("/login?expired=1");
  const { locale, t } = await getMessages();
  const c = t.skip.confirm;
  // What a thumb must read before [OK] first; the rest behind 「詳しく」 (a <details>: no script needed),
  // so [OK] shows on the first screen of a 320×640 phone (e2e/phone/skip-confirm.spec.ts).
  const cautions = [skipLasts(t, formatDate(view.expiresAt, locale)), c.shared];
  const details = [format(c.what, { loginId: view.loginId }), skipRenews(t), c.perBrowser, c.cookies, c.perAccount, c.cancel];
  return (
    <Card>
      <h1 className="mb-2 text-xl font-bold" data-testid="remember-heading">{c.heading}</h1>
      <p className="mb-3 text-sm leading-relaxed">{c.lead}</p>
      <section aria-labelledby="remember-cautions" className="mb-3 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 sm:p-4">
        <h2 id="remember-cautions" className="mb-1 font-bold text-amber-900">{c.cautionsHeading}</h2>
        <ul className="list-disc space-y-1 pl-4 text-sm leading-relaxed text-stone-900" data-testid="remember-cautions">
          {cautions.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
        <details className="text-sm" data-testid="remember-details">
          <summary className="flex min-h-11 cursor-pointer items-center font-bold text-brand-700 underline underline-offset-4">{c.more}</summary>
          <ul className="list-disc space-y-1 pb-1 pl-4 leading-relaxed text-stone-900">
            {details.map((text) => (
              <li key={text}>{text}</li>
            ))}
            <li>
              {c.browser}: <span className="font-bold" data-testid="remember-browser">{view.browser}</span>
            </li>
          </ul>
        </details>
      </section>
      <form action={rememberAction} className="space-y-3">
        <SubmitButton name="choice" value="ok" testId="remember-ok">{c.ok}</SubmitButton>
        <SubmitButton name="choice" value="decline" variant="secondary" testId="remember-decline">{c.decline}</SubmitButton>
      </form>
    </Card>
  );
}
