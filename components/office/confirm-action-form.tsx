"use client";
import Link from "next/link";
import { useActionState } from "react";
import { resetSecondFactorAction, unlockAction } from "@/app/(apps)/office/actions";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/http/action-result";

const ACTIONS = { reset: resetSecondFactorAction, unlock: unlockAction };

/** The last step of an office action: the target travels as a hidden field and the server checks it again. */
export function ConfirmActionForm({
  kind,
  employeeId,
  text,
  cancelHref,
}: {
  kind: keyof typeof ACTIONS;
  employeeId: string;
  text: { confirm: string; cancel: string };
  cancelHref: string;
}) {
  const [state, action] = useActionState(ACTIONS[kind], initialActionState);
  return (
    <form action={action} className="space-y-3" data-testid={`${kind}-form`}>
      <FormAlert message={state.error} />
      <input type="hidden" name="employeeId" value={employeeId} />
      <div className="flex flex-col gap-3 sm:flex-row">
        <SubmitButton testId={`${kind}-confirm`} className="sm:w-auto">{text.confirm}</SubmitButton>
        <Link
          href={cancelHref}
          className="inline-flex min-h-12 items-center justify-center rounded-lg border border-stone-400 bg-white px-4 font-bold text-stone-800 hover:bg-stone-50"
        >
          {text.cancel}
        </Link>
      </div>
    </form>
  );
}
