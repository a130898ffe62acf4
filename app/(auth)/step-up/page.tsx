import Link from "next/link";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/submit-button";
import { getSession } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n";
import { safeRelativePath } from "@/lib/http/safe-path";
import { stepUpAction } from "./actions";

export async function generateMetadata() {
  const { t } = await getMessages();
  return { title: t.auth.stepUp.heading };
}

/** Where every full-mode page and action sends a limited session: "two-factor needed". */
export default async function StepUpPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const session = await getSession();
  if (!session) redirect("/login");
  const callbackUrl = safeRelativePath((await searchParams).callbackUrl) ?? undefined;
  if (session.mode === "FULL") redirect(callbackUrl ?? "/home");
  const { t } = await getMessages();
  const s = t.auth.stepUp;
  return (
    <Card>
      <h1 className="mb-3 text-xl font-bold" data-testid="step-up-heading">{s.heading}</h1>
      <p className="mb-5 text-sm leading-relaxed">{s.lead}</p>
      <form action={stepUpAction} className="space-y-3">
        {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
        <SubmitButton testId="step-up">{s.button}</SubmitButton>
      </form>
      <p className="mt-4 text-sm">
        <Link href="/home" className="text-brand-700 underline underline-offset-4">{s.back}</Link>
      </p>
    </Card>
  );
}
