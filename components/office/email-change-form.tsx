"use client";
import Link from "next/link";
import { useActionState } from "react";
import { changeEmailAction, type EmailChangeState } from "@/app/(apps)/office/actions";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";

type Text = {
  current: string;
  newLabel: string;
  next: string;
  confirmLead: string;
  before: string;
  after: string;
  confirm: string;
  edit: string;
  cancel: string;
};

/** メールアドレス変更: enter the new address, then a confirmation step showing before and after. */
export function EmailChangeForm({ employeeId, currentEmail, text, cancelHref }: { employeeId: string; currentEmail: string; text: Text; cancelHref: string }) {
  const [state, action] = useActionState<EmailChangeState, FormData>(changeEmailAction, {});
  const cancel = (
    <Link
      href={cancelHref}
      className="inline-flex min-h-12 items-center justify-center rounded-lg border border-stone-400 bg-white px-4 font-bold text-stone-800 hover:bg-stone-50"
    >
      {text.cancel}
    </Link>
  );
  if (state.confirmEmail) {
    return (
      <form action={action} className="space-y-3" data-testid="email-confirm-form">
        <FormAlert message={state.error} />
        <p>{text.confirmLead}</p>
        <dl className="grid gap-1 rounded-lg bg-stone-100 p-3 sm:grid-cols-[8rem_1fr]">
          <dt className="text-stone-600">{text.before}</dt>
          <dd className="break-all">{currentEmail}</dd>
          <dt className="text-stone-600">{text.after}</dt>
          <dd className="break-all font-bold" data-testid="email-after">{state.confirmEmail}</dd>
        </dl>
        <input type="hidden" name="employeeId" value={employeeId} />
        <input type="hidden" name="email" value={state.confirmEmail} />
        <div className="flex flex-col gap-3 sm:flex-row">
          <SubmitButton name="step" value="commit" testId="email-commit" className="sm:w-auto">{text.confirm}</SubmitButton>
          <SubmitButton name="step" value="edit" variant="secondary" className="sm:w-auto">{text.edit}</SubmitButton>
          {cancel}
        </div>
      </form>
    );
  }
  return (
    <form action={action} className="space-y-3" data-testid="email-form" noValidate>
      <FormAlert message={state.error} />
      <p className="break-all"><span className="text-stone-600">{text.current}：</span>{currentEmail}</p>
      <input type="hidden" name="employeeId" value={employeeId} />
      <TextField key={state.value ?? ""} defaultValue={state.value} id="new-email" name="email" type="email" label={text.newLabel} error={state.fieldErrors?.email} autoComplete="off" inputMode="email" required />
      <div className="flex flex-col gap-3 sm:flex-row">
        <SubmitButton name="step" value="review" testId="email-review" className="sm:w-auto">{text.next}</SubmitButton>
        {cancel}
      </div>
    </form>
  );
}
