"use server";
/**
 * Server actions of the sign-in steps, built by the action client without a
 * session (`action.public`, lib/http/action-client-core.ts): the client checks
 * the form and parses it; lib/auth/sign-in checks the flow cookie and its stage
 * itself; each action then redirects to the next step, hands the finished
 * flow's grant to the session gate, or returns a message in the user's language.
 */
import { redirect } from "next/navigation";
import { z } from "zod";
import { setReturnTo } from "@/lib/auth/cookies";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password";
import {
  changeInitialPasswordStep,
  chooseStep,
  confirmTotpStep,
  enrolEmailStep,
  finishRecoveryCodesStep,
  passwordStep,
  rememberConfirmStep,
  sendCodeStep,
  setNicknameStep,
  setupStep,
  verifyStep,
  type StepResult,
} from "@/lib/auth/sign-in";
import { chooseForm, codeField as code, passwordForm, rememberBox, typedLoginId as typedLogin, verifyForm } from "@/lib/auth/sign-in/forms";
import { stepErrorMessage as messageFor } from "@/lib/auth/sign-in/messages";
import { openSignedInSession } from "@/lib/auth/sign-in/open-session";
import { action } from "@/lib/http/action-client";
import type { Messages } from "@/lib/i18n/messages/ja";
import { requestNow } from "@/lib/clock";
import { safeRelativePath } from "@/lib/http/safe-path";
import type { ActionState } from "@/lib/http/action-result";

/** Redirects, signs in, or returns the message for the form. */
async function follow(t: Messages, result: StepResult): Promise<ActionState> {
  if (result.ok && "next" in result) redirect(result.next);
  if (result.ok) return finishSignIn(result.grant, result.accountId, !!result.enrolled);
  if (result.error === "flow_expired") redirect("/login?expired=1");
  return { error: messageFor(t, result.error, result.retryAfterMs) };
}

async function finishSignIn(grant: string, accountId: string, enrolled: boolean): Promise<never> {
  // The gate writes the session row and sets the session cookie in this request.
  redirect((await openSignedInSession(grant, accountId, enrolled, await requestNow())) ?? "/login?expired=1");
}

/** Each field that does not parse gets the one "required" message. */
function requiredFields(message: string, error: z.ZodError): ActionState {
  return { fieldErrors: Object.fromEntries(error.issues.map((issue) => [String(issue.path[0]), message])) };
}

/** The login ID as typed, for the refused form to show again (a text of the field's length, else nothing). */
function typedLoginId(value: unknown): Pick<ActionState, "values"> {
  const loginId = typedLogin(value);
  return loginId === undefined ? {} : { values: { loginId } };
}

export const passwordAction = action.public.state(
  {
    input: passwordForm,
    // Over-long input gets the same answer as a wrong password.
    invalid: (t, error, fields) => ({
      ...(String(fields.password).length > PASSWORD_MAX_LENGTH ? { error: t.auth.login.invalid } : requiredFields(t.auth.login.required, error)),
      ...typedLoginId(fields.loginId),
    }),
  },
  async ({ input, t }) => {
    const result = await passwordStep({ loginId: input.loginId, password: input.password });
    // Only a step that moves on keeps the return address. A refusal touches no cookie: in an
    // action, any cookie written makes Next render the whole page again into the answer,
    // which the form's message alone does not need.
    if (result.ok) await setReturnTo(safeRelativePath(input.callbackUrl));
    // A refusal keeps the login ID just typed; the password is never sent back.
    return { ...(await follow(t, result)), ...typedLoginId(input.loginId) };
  },
);

export const chooseAction = action.public.form(
  { input: chooseForm, returnTo: "/login/choose" },
  async ({ input, t }) => void (await follow(t, await chooseStep(input.choice))),
);

const wrongCode = (t: Messages): ActionState => ({ error: t.auth.verify.wrong });

/**
 * An expired e-mailed code leaves one way on: the page shown again says so and
 * offers only ログインからやり直す (its view sees the expired code), not 再送信 beside it.
 */
function showExpiredCode(result: StepResult, page: string): void {
  if (!result.ok && result.error === "code_expired") redirect(page);
}

export const verifyAction = action.public.state(
  // The box 「次回以降、…省略する」; the step itself decides whether this account may skip.
  { input: verifyForm, invalid: wrongCode },
  async ({ input, t }) => {
    const result = await verifyStep(input.code, input.remember);
    showExpiredCode(result, "/login/verify");
    return follow(t, result);
  },
);

/** ワンタイムパスワード省略設定確認: [OK] sets the skip, the other button signs in without it. */
export const rememberAction = action.public.form(
  { input: z.object({ choice: z.enum(["ok", "decline"]) }), returnTo: "/login/remember" },
  async ({ input, t }) => void (await follow(t, await rememberConfirmStep(input.choice === "ok"))),
);

/** 初期パスワードの変更 at sign-in: the new password twice, checked against password-policy.ts. */
export const changeInitialPasswordAction = action.public.state(
  {
    input: z.object({ password: z.string().min(1).max(1024), confirm: z.string().min(1).max(1024) }),
    invalid: (t, error): ActionState => ({
      fieldErrors: Object.fromEntries(error.issues.map((issue) => [String(issue.path[0]), issue.code === "too_big" ? t.skip.initialPassword.tooLong : t.skip.initialPassword.required])),
    }),
  },
  async ({ input, t }) => {
    const p = t.skip.initialPassword;
    if (input.password !== input.confirm) return { fieldErrors: { confirm: p.mismatch } };
    const result = await changeInitialPasswordStep(input.password);
    if (!result.ok && result.error === "password_problem") {
      const message = {
        too_short: p.tooShort,
        too_long: p.tooLong,
        common: p.common,
        same_as_login_id: p.sameAsLoginId,
        same_as_current: p.sameAsCurrent,
      }[result.problem];
      return { fieldErrors: { password: message } };
    }
    return follow(t, result as StepResult);
  },
);

export const sendCodeAction = action.public.state({}, async ({ t }) => {
  const result = await sendCodeStep();
  if (result.ok) return { info: t.auth.verify.sent };
  return follow(t, result);
});

export const setupAction = action.public.form(
  { input: z.object({ method: z.enum(["totp", "email"]) }), returnTo: "/login/setup" },
  async ({ input, t }) => void (await follow(t, await setupStep(input.method))),
);

export const enrolEmailAction = action.public.state(
  { input: z.object({ code }), invalid: wrongCode },
  async ({ input, t }) => {
    const result = await enrolEmailStep(input.code);
    showExpiredCode(result, "/login/setup/email");
    return follow(t, result);
  },
);

export const nicknameAction = action.public.form(
  // A nickname that does not fit is no nickname; the step moves on either way.
  { input: z.object({ nickname: z.string().max(100).catch("") }), returnTo: "/login" },
  async ({ input, t }) => void (await follow(t, await setNicknameStep(input.nickname))),
);

export const confirmTotpAction = action.public.state(
  { input: z.object({ code }), invalid: wrongCode },
  async ({ input, t }) => {
    const result = await confirmTotpStep(input.code);
    if (result.ok) return { ok: true, recoveryCodes: result.recoveryCodes };
    if (result.error === "flow_expired") redirect("/login?expired=1");
    return { error: messageFor(t, result.error) };
  },
);

/** 「保管しました。次へ進む」, with the box 「次回以降、…省略する」 where the enrolment offers it. */
export const finishRecoveryCodesAction = action.public.form(
  { input: z.object({ remember: rememberBox }), returnTo: "/login" },
  async ({ input, t }) => void (await follow(t, await finishRecoveryCodesStep(input.remember))),
);
