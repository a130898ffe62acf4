import Link from "next/link";
import { redirect } from "next/navigation";
import QRCode from "qrcode";
import { nicknameAction } from "@/app/(auth)/login/actions";
import { CopyKeyButton } from "@/components/auth/copy-key-button";
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

/**
 * QR code (SVG, scales to the screen, never cut off), or — on the phone that holds
 * the app — the otpauth:// link; the key as text (groups of four that never break,
 * a copy button once the script runs); nickname; first code.
 */
export default async function EnrolAuthenticatorPage() {
  await requireStage("enrol_totp");
  const enrolment = await enrolmentView();
  if (!enrolment) redirect("/login?expired=1");
  const { t } = await getMessages();
  const s = t.auth.setup;
  const v = t.auth.verify;
  const nowrap = "whitespace-nowrap";
  const svg = await QRCode.toString(enrolment.uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return (
    <Card>
      <TotpConfirmForm
        text={{
          heading: s.qrHeading,
          step2: s.qrStep2,
          code: v.code,
          codeHint: v.codeHint,
          confirm: s.confirm,
          recovery: {
            heading: s.recoveryHeading,
            enrolled: s.totpEnrolled,
            lead: s.recoveryLead,
            copy: s.recoveryCopy,
            copied: s.recoveryCopied,
            print: s.recoveryPrint,
            saved: s.recoverySaved,
            remember: enrolment.mayRemember ? { label: t.skip.checkbox, hint: t.skip.checkboxHint } : undefined,
          },
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
              <Link href="/faq#qr-code-cut-off" className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-4">{s.cacheHelp}</Link>
            </p>
            <div className="space-y-1">
              {/* A plain link: the phone's system hands otpauth:// to the Authenticator app installed on it. */}
              <a
                href={enrolment.uri}
                data-testid="open-in-app"
                className="flex min-h-12 w-full items-center justify-center rounded-lg border border-brand-700 bg-white px-4 py-2 text-center font-bold text-brand-700 hover:bg-brand-50"
              >
                {s.openInApp}
              </a>
              <p className="text-xs text-stone-600">{s.openInAppHint}</p>
            </div>
          </li>
          <li className="space-y-2 rounded-lg bg-stone-100 p-3 text-sm">
            <p className="font-bold">{s.keyHeading}</p>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
              <dt>{s.accountLabel}</dt>
              <dd className="font-mono break-words" data-testid="totp-account">
                <span className={nowrap}>Tobira:</span> <span className={nowrap} data-testid="totp-account-id">{enrolment.loginId}</span>
                {enrolment.nickname ? ` (${enrolment.nickname})` : ""}
              </dd>
              <dt>{s.keyLabel}</dt>
              {/* Groups of four, each on one line: a group broken across lines is easily mistyped. */}
              <dd className="font-mono text-base" data-testid="totp-key">
                {enrolment.keyGroups.map((group, i) => (
                  <span key={i}>
                    {i > 0 && " "}
                    <span className={nowrap} data-testid="totp-key-group">{group}</span>
                  </span>
                ))}
              </dd>
            </dl>
            <CopyKeyButton value={enrolment.keyGroups.join("")} text={{ copy: s.keyCopy, copied: s.keyCopied }} />
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
