/**
 * The forms of the sign-in steps that have two entrances — the server action
 * (JavaScript: the answer renders inline) and the form post to
 * /login/step/<step> (no JavaScript: a bare 303, app/(auth)/login/step) — parsed
 * by one zod object each, so both read the same fields the same way.
 */
import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "../password";

export const passwordForm = z.object({
  loginId: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  callbackUrl: z.string().max(2048),
});

export const chooseForm = z.object({ choice: z.enum(["full", "limited", "cancel"]) });

/** A code as typed; its check is the step's. Too long a code is simply wrong. */
export const codeField = z.string().max(64);

/** The box 「次回以降、…省略する」: ticked or not; the steps decide whether it counts. */
export const rememberBox = z.unknown().transform((v) => v === "on");

export const verifyForm = z.object({ code: codeField, remember: rememberBox });

/**
 * The login ID as typed, kept for the login form a refused post without JavaScript comes
 * back to (the action gives it back in its answer instead): a minute-long cookie, never the
 * URL, where a password typed into the wrong field would stay in history and logs.
 */
export const TYPED_LOGIN_COOKIE = "tobira_typed_login";
export const TYPED_LOGIN_SECONDS = 60;

/** A text of the field's length, else nothing (as the action's typedLoginId). */
export function typedLoginId(value: unknown): string | undefined {
  return typeof value === "string" && value.length <= 64 ? value : undefined;
}
