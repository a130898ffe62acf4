"use client";
import { useActionState } from "react";
import { createAdditionalAccountAction, disableAdditionalAccountAction, renameAdditionalAccountAction } from "@/app/(apps)/settings/accounts/actions";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import type { ActionState } from "@/lib/http/action-result";

/** The action state, plus the new account's ID and initial password — shown once, kept nowhere. */
export type AccountFormState = ActionState & { created?: { loginId: string; initialPassword: string } };

const initial: AccountFormState = {};

type CreateText = {
  name: string;
  namePlaceholder: string;
  email: string;
  password: string;
  passwordHint: string;
  create: string;
  creating: string;
  loginId: string;
  initialPassword: string;
  initialPasswordNote: string;
};

export function CreateAdditionalAccountForm({ text }: { text: CreateText }) {
  const [state, action] = useActionState(createAdditionalAccountAction, initial);
  return (
    <div className="space-y-4">
      {state.created && (
        <div className="space-y-2 rounded-lg border border-brand-100 bg-brand-50 p-4" role="status" data-testid="created-account">
          <p className="font-bold">{state.info}</p>
          <dl className="grid gap-1 sm:grid-cols-[10rem_1fr]">
            <dt className="text-sm text-stone-600">{text.loginId}</dt>
            <dd className="font-mono text-lg" data-testid="created-login-id">{state.created.loginId}</dd>
            <dt className="text-sm text-stone-600">{text.initialPassword}</dt>
            <dd className="break-all font-mono text-lg" data-testid="initial-password">{state.created.initialPassword}</dd>
          </dl>
          <p className="text-sm text-amber-900">{text.initialPasswordNote}</p>
        </div>
      )}
      <form action={action} className="space-y-4" data-testid="create-account-form" noValidate>
        <FormAlert message={state.error} />
        <TextField id="new-account-name" name="displayName" label={text.name} placeholder={text.namePlaceholder} error={state.fieldErrors?.displayName} required maxLength={50} />
        <TextField id="new-account-email" name="email" type="email" label={text.email} error={state.fieldErrors?.email} autoComplete="off" required maxLength={254} />
        <TextField
          id="new-account-password"
          name="password"
          type="password"
          label={text.password}
          hint={text.passwordHint}
          error={state.fieldErrors?.password}
          autoComplete="current-password"
          required
          maxLength={256}
        />
        <SubmitButton pendingText={text.creating} testId="create-account">{text.create}</SubmitButton>
      </form>
    </div>
  );
}

export function RenameAdditionalAccountForm({ id, loginId, displayName, text }: { id: string; loginId: string; displayName: string; text: { name: string; rename: string } }) {
  const [state, action] = useActionState(renameAdditionalAccountAction, initial);
  return (
    <form action={action} className="space-y-2" data-testid={`rename-${loginId}`} noValidate>
      <FormAlert message={state.error} />
      <FormAlert tone="info" message={state.ok ? state.info : null} />
      <input type="hidden" name="id" value={id} />
      <TextField id={`name-${id}`} name="displayName" label={text.name} defaultValue={displayName} required maxLength={50} />
      <SubmitButton variant="secondary">{text.rename}</SubmitButton>
    </form>
  );
}

export function DisableAdditionalAccountForm({ id, loginId, text }: { id: string; loginId: string; text: { disable: string; confirm: string; submit: string } }) {
  const [state, action] = useActionState(disableAdditionalAccountAction, initial);
  return (
    <div className="space-y-2">
      <FormAlert message={state.error} />
      <FormAlert tone="info" message={state.ok ? state.info : null} />
      {!state.ok && (
        <details className="rounded-lg border border-red-200 p-3" data-testid={`disable-${loginId}`}>
          <summary className="min-h-11 cursor-pointer content-center font-bold text-red-800">{text.disable}</summary>
          <form action={action} className="mt-2 space-y-3">
            <p className="text-sm text-stone-800">{text.confirm}</p>
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="loginId" value={loginId} />
            <button type="submit" className="min-h-12 w-full rounded-lg bg-red-700 px-4 py-3 font-bold text-white hover:bg-red-800">{text.submit}</button>
          </form>
        </details>
      )}
    </div>
  );
}
