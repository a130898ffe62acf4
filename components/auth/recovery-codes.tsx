"use client";
import { useState } from "react";
import { finishRecoveryCodesAction } from "@/app/(auth)/login/actions";
import { SubmitButton } from "@/components/ui/submit-button";

type Text = { heading: string; lead: string; copy: string; copied: string; print: string; saved: string };

/** Shown once, right after the Authenticator is confirmed; the server keeps only hashes. */
export function RecoveryCodes({ codes, text }: { codes: string[]; text: Text }) {
  const [copied, setCopied] = useState(false);
  return (
    <section aria-labelledby="recovery-heading" className="space-y-4">
      <h2 id="recovery-heading" className="text-xl font-bold">{text.heading}</h2>
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
      <form action={finishRecoveryCodesAction} className="print:hidden">
        <SubmitButton testId="recovery-codes-continue">{text.saved}</SubmitButton>
      </form>
    </section>
  );
}
