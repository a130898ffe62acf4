"use client";
import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";

export type PunchFormState = { ok: true; message: string } | { ok: false; error: string } | null;

/**
 * 出勤 / 退勤: one form, one idempotency key per render. Both buttons are
 * disabled while a punch is being sent, so a double tap sends once; the
 * result is announced in a live region.
 */
export function PunchForm({
  action,
  idempotencyKey,
  text,
}: {
  action: (prev: PunchFormState, form: FormData) => Promise<PunchFormState>;
  idempotencyKey: string;
  text: { clockIn: string; clockOut: string; sending: string; buttonsLabel: string };
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const button =
    "min-h-24 rounded-xl px-4 py-4 text-2xl font-bold text-white shadow-sm disabled:cursor-wait disabled:opacity-60 sm:min-h-28 sm:text-3xl";
  return (
    <form action={formAction} className="space-y-3" aria-busy={pending} data-testid="punch-form">
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <fieldset className="grid grid-cols-2 gap-3">
        <legend className="sr-only">{text.buttonsLabel}</legend>
        <button type="submit" name="kind" value="IN" disabled={pending} className={`${button} bg-brand-700 hover:bg-brand-800`} data-testid="punch-in">
          {text.clockIn}
        </button>
        <button type="submit" name="kind" value="OUT" disabled={pending} className={`${button} bg-stone-700 hover:bg-stone-800`} data-testid="punch-out">
          {text.clockOut}
        </button>
      </fieldset>
      <div data-testid="punch-status" className="space-y-2">
        <FormAlert tone="info" message={pending ? text.sending : state?.ok ? state.message : null} />
        <FormAlert tone="error" message={!pending && state && !state.ok ? state.error : null} />
      </div>
    </form>
  );
}
