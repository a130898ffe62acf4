"use client";
import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { initialActionState, type ActionState } from "@/lib/http/action-result";

type Text = { label: string; hint?: string; submit: string };

/** One code field: numeric keypad on phones, and the OS's "fill code from message" where it has one. */
export function CodeForm({
  action,
  text,
  id = "code",
  mode = "numeric",
  testId,
  permalink,
  error,
  children,
}: {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  text: Text;
  id?: string;
  mode?: "numeric" | "text";
  testId?: string;
  /** Where the form posts without JavaScript (a route that answers a bare 303), if not to the action. */
  permalink?: string;
  /** A refusal the page was sent back with (`?error=`), shown until the next answer replaces it. */
  error?: string;
  children?: React.ReactNode;
}) {
  const [state, formAction] = useActionState(action, error ? { error } : initialActionState, permalink);
  return (
    <form action={formAction} className="space-y-4" data-testid={testId}>
      <FormAlert message={state.error} id={`${id}-alert`} />
      <TextField
        id={id}
        name="code"
        label={text.label}
        hint={text.hint}
        inputMode={mode === "numeric" ? "numeric" : "text"}
        autoComplete={mode === "numeric" ? "one-time-code" : "off"}
        autoCapitalize={mode === "text" ? "characters" : undefined}
        spellCheck={false}
        maxLength={32}
        required
        className="block min-h-12 w-full rounded-lg border border-stone-400 bg-white px-3 py-2 text-center font-mono text-2xl tracking-[0.3em]"
      />
      {children}
      <SubmitButton>{text.submit}</SubmitButton>
    </form>
  );
}
