import Link from "next/link";
import { redirect } from "next/navigation";
import QRCode from "qrcode";
import { nicknameAction } from "@/app/(auth)/login/actions";
import { TotpConfirmForm } from "@/components/auth/totp-confirm-form";
import { Card } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { enrolmentView } from "@/lib/auth/sign-in";
import { requireStage } from "@/lib/auth/stage-guard";
import { getMessages } from "@/lib/i18n";

export async function generateMetadata() {
  const { t } = await getMessages();
  return { title: t.auth.setup.qrHeading };
}

// The key is shown during enrolment only: never cache this page.
export const dynamic = "force-dynamic";

/** QR code (SVG, scales to the screen, never cut off) + the key as text + nickname + first code. */
export default async function EnrolAuthenticatorPage() {
  await requireStage("enrol_totp");
  const enrolment = await enrolmentView();
  if (!enrolment) redirect("/login?expired=1");
  const { t } = await getMessages();
  const s = t.auth.setup;
  const v = t.auth.verify;
  const svg = await QRCode.toString(enrolment.uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return (
    <Card>
      <h1 className="mb-3 text-xl font-bold">{s.qrHeading}</h1>
      <TotpConfirmForm
        text={{
          step2: s.qrStep2,
          code: v.code,
          codeHint: v.codeHint,
          confirm: s.confirm,
          recovery: { heading: s.recoveryHeading, lead: s.recoveryLead, copy: s.recoveryCopy, copied: s.recoveryCopied, print: s.recoveryPrint, saved: s.recoverySaved },
        }}
      >
        <ol className="space-y-4">
          <li className="space-y-3">
            <p className="text-sm leading-relaxed">{s.qrStep1}</p>
            <div
              role="img"
              aria-label={s.qrAlt}
              data-testid="totp-qr"
              className="mx-auto aspect-square w-full max-w-64 bg-white [&>svg]:h-full [&>svg]:w-full"
              dangerouslySetInnerHTML={{ __html: svg }}
            />
            <p className="text-center text-xs">
              <Link href="/faq#qr-code-cut-off" className="text-brand-700 underline underline-offset-4">{s.cacheHelp}</Link>
            </p>
          </li>
          <li className="space-y-2 rounded-lg bg-stone-100 p-3 text-sm">
            <p className="font-bold">{s.keyHeading}</p>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
              <dt>{s.accountLabel}</dt>
              <dd className="font-mono break-all">Tobira: {enrolment.loginId}{enrolment.nickname ? ` (${enrolment.nickname})` : ""}</dd>
              <dt>{s.keyLabel}</dt>
              <dd className="font-mono text-base break-all" data-testid="totp-key">{enrolment.key}</dd>
            </dl>
          </li>
          <li>
            <form action={nicknameAction} className="space-y-2">
              <TextField id="nickname" name="nickname" label={s.nickname} hint={s.nicknameHint} defaultValue={enrolment.nickname ?? ""} maxLength={40} />
              <SubmitButton variant="secondary">{s.nicknameSave}</SubmitButton>
            </form>
          </li>
        </ol>
      </TotpConfirmForm>
    </Card>
  );
}
