"use client";
import { useState } from "react";
import { finishRecoveryCodesAction } from "@/app/(auth)/login/actions";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { RememberCheckbox } from "./remember-checkbox";

type Text = {
  heading: string;
  enrolled: string;
  lead: string;
  copy: string;
  copied: string;
  print: string;
  saved: string;
  /** 「次回以降、…省略する」 at the end of the enrolment, where the account may set a skip. */
  remember?: { label: string; hint: string };
};

/**
 * Shown once, right after the Authenticator is confirmed; the server keeps only
 * hashes. The screen's one heading: it replaces the enrolment's.
 */
export function RecoveryCodes({ codes, text }: { codes: string[]; text: Text }) {
  const [copied, setCopied] = useState(false);
  return (
    <section aria-labelledby="recovery-heading" className="space-y-4">
      <h1 id="recovery-heading" className="text-xl font-bold">{text.heading}</h1>
      <FormAlert tone="info" message={text.enrolled} />
      <p className="text-sm leading-relaxed">{text.lead}</p>
      <ol className="grid grid-cols-1 gap-2 sm:grid-cols-2 rounded-lg bg-stone-100 p-3 font-mono text-base" data-testid="recovery-codes">
        {codes.map((c) => (
          <li key={c} className="text-center">{c}</li>
        ))}
      </ol>
      <div className="flex gap-2 print:hidden">
        <button
          type="button"
          className="min-h-11 flex-1 rounded-lg border border-stone-400 px-3"
          onClick={async () => {
            await navigator.clipboard?.writeText(codes.join("\n"));
            setCopied(true);
          }}
        >
          {copied ? text.copied : text.copy}
        </button>
        <button type="button" className="min-h-11 flex-1 rounded-lg border border-stone-400 px-3" onClick={() => window.print()}>
          {text.print}
        </button>
      </div>
      <form action={finishRecoveryCodesAction} className="space-y-4 print:hidden">
        {text.remember && <RememberCheckbox label={text.remember.label} hint={text.remember.hint} />}
        <SubmitButton testId="recovery-codes-continue">{text.saved}</SubmitButton>
      </form>
    </section>
  );
}
