/**
 * The words of a refused sign-in step, in the user's language: for the actions'
 * inline answer and for the pages a form post without JavaScript comes back to
 * (`?error=<code>`, app/(auth)/login/step). Only codes listed here are read from
 * a URL, so a crafted link cannot put text of its own on the page.
 */
import type { Messages } from "@/lib/i18n/messages/ja";
import { emailCodeExpired } from "@/lib/i18n/configured-copy";
import { format } from "@/lib/i18n/message";
import type { StepError } from "./outcome";

export function stepErrorMessage(t: Messages, error: StepError, retryAfterMs?: number): string {
  const v = t.auth.verify;
  switch (error) {
    case "invalid_credentials": return t.auth.login.invalid;
    case "flow_expired": return t.auth.login.flowExpired;
    case "wrong_code": return v.wrong;
    case "code_reused": return v.reused;
    case "code_expired": return emailCodeExpired(t);
    case "locked": return v.locked;
    case "mail_failed": return v.mailFailed;
    case "cooldown": return format(v.cooldown, { seconds: Math.ceil((retryAfterMs ?? 60_000) / 1000) });
    case "too_many_codes": return v.tooMany;
    case "not_allowed": return t.auth.login.flowExpired;
  }
}

/** What a page shows for `?error=` after a form post: a step's refusal, or "fill in the fields" (`required`). */
export type PostedError = StepError | "required";

const POSTED_ERRORS: readonly PostedError[] = [
  "invalid_credentials", "flow_expired", "wrong_code", "code_reused", "code_expired", "locked",
  "mail_failed", "cooldown", "too_many_codes", "not_allowed", "required",
];

/** The message of a page's `?error=` parameter; nothing for an absent or unknown value. */
export function postedErrorMessage(t: Messages, value: string | string[] | undefined): string | undefined {
  if (typeof value !== "string" || !(POSTED_ERRORS as readonly string[]).includes(value)) return undefined;
  return value === "required" ? t.auth.login.required : stepErrorMessage(t, value as StepError);
}
