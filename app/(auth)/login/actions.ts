"use server";
/**
 * Server actions of the sign-in steps. Each one is a public endpoint: it
 * validates its input, asks lib/auth/sign-in (which checks the flow and its
 * stage itself), and either redirects to the next step, hands the finished
 * flow's grant to the session gate, or returns a message in the user's language.
 */
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { setAuthCookie, setReturnTo, takeReturnTo } from "@/lib/auth/cookies";
import { FLOW_COOKIE } from "@/lib/auth/flow-store";
import { openSession } from "@/lib/auth/gate";
import { KNOWN_BROWSER_COOKIE, rememberKnownBrowser } from "@/lib/auth/known-browser";
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
  type StepError,
  type StepResult,
} from "@/lib/auth/sign-in";
import { requireForm } from "@/lib/http/action-input";
import { getMessages } from "@/lib/i18n";
import type { Messages } from "@/lib/i18n/messages/ja";
import { requestNow } from "@/lib/clock";
import { getRequestInfo } from "@/lib/auth/request-info";
import { safeRelativePath } from "@/lib/http/safe-path";
import type { ActionState } from "@/lib/http/action-result";
import { emailCodeExpired } from "@/lib/i18n/configured-copy";
import { format } from "@/lib/i18n/message";


function messageFor(t: Messages, error: StepError, retryAfterMs?: number): string {
  const v = t.auth.verify;
  switch (error) {
    case "invalid_credentials": return t.auth.login.invalid;
    case "flow_expired": return t.auth.login.flowExpired;
    case "wrong_code": return v.wrong;
    case "code_expired": return emailCodeExpired(t);
    case "locked": return v.locked;
    case "mail_failed": return v.mailFailed;
    case "cooldown": return format(v.cooldown, { seconds: Math.ceil((retryAfterMs ?? 60_000) / 1000) });
    case "too_many_codes": return v.tooMany;
    case "not_allowed": return t.auth.login.flowExpired;
  }
}

/** Redirects, signs in, or returns the message for the form. */
async function follow(result: StepResult): Promise<ActionState> {
  if (result.ok && "next" in result) redirect(result.next);
  if (result.ok) return finishSignIn(result.grant, result.accountId);
  const { t } = await getMessages();
  if (result.error === "flow_expired") redirect("/login?expired=1");
  return { error: messageFor(t, result.error, result.retryAfterMs) };
}

async function finishSignIn(grant: string, accountId: string): Promise<never> {
  const now = await requestNow();
  // The gate writes the session row and sets the session cookie in this request.
  if (!(await openSession(grant, await getRequestInfo(), now))) redirect("/login?expired=1");
  const returnTo = (await takeReturnTo()) ?? "/home";
  const jar = await cookies();
  // Remember that this account has signed in on this browser (a fresh token each time; see known-browser.ts).
  const known = await rememberKnownBrowser(jar.get(KNOWN_BROWSER_COOKIE)?.value, accountId, now);
  await setAuthCookie(KNOWN_BROWSER_COOKIE, known.value, { expires: known.expiresAt });
  jar.delete(FLOW_COOKIE);
  redirect(returnTo);
}

const passwordInput = z.object({
  loginId: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  callbackUrl: z.string().max(2048).optional(),
});

export async function passwordAction(_prev: ActionState, raw: FormData): Promise<ActionState> {
  const form = requireForm(raw);
  const { t } = await getMessages();
  const parsed = passwordInput.safeParse({
    loginId: form.get("loginId") ?? "",
    password: form.get("password") ?? "",
    callbackUrl: form.get("callbackUrl") || undefined,
  });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] = t.auth.login.required;
    // Over-long input gets the same answer as a wrong password.
    if (String(form.get("password") ?? "").length > PASSWORD_MAX_LENGTH) return { error: t.auth.login.invalid };
    return { fieldErrors };
  }
  const result = await passwordStep(parsed.data);
  // Only a step that moves on keeps the return address. A refusal touches no cookie: in an
  // action, any cookie written makes Next render the whole page again into the answer,
  // which the form's message alone does not need.
  if (result.ok) await setReturnTo(safeRelativePath(parsed.data.callbackUrl));
  return follow(result);
}

export async function chooseAction(raw: FormData): Promise<void> {
  const form = requireForm(raw);
  const choice = z.enum(["full", "limited", "cancel"]).safeParse(form.get("choice"));
  if (!choice.success) redirect("/login/choose");
  await follow(await chooseStep(choice.data));
}

const codeInput = z.string().max(64);

export async function verifyAction(_prev: ActionState, raw: FormData): Promise<ActionState> {
  const form = requireForm(raw);
  const code = codeInput.safeParse(form.get("code") ?? "");
  if (!code.success) return { error: (await getMessages()).t.auth.verify.wrong };
  // The box 「次回以降、…省略する」; the step itself decides whether this account may skip.
  return follow(await verifyStep(code.data, form.get("remember") === "on"));
}

/** ワンタイムパスワード省略設定確認: [OK] sets the skip, the other button signs in without it. */
export async function rememberAction(raw: FormData): Promise<void> {
  const form = requireForm(raw);
  const choice = z.enum(["ok", "decline"]).safeParse(form.get("choice"));
  if (!choice.success) redirect("/login/remember");
  await follow(await rememberConfirmStep(choice.data === "ok"));
}

const newPasswordInput = z.object({
  password: z.string().min(1).max(1024),
  confirm: z.string().min(1).max(1024),
});

/** 初期パスワードの変更 at sign-in: the new password twice, checked against password-policy.ts. */
export async function changeInitialPasswordAction(_prev: ActionState, raw: FormData): Promise<ActionState> {
  const form = requireForm(raw);
  const { t } = await getMessages();
  const p = t.skip.initialPassword;
  const parsed = newPasswordInput.safeParse({ password: form.get("password") ?? "", confirm: form.get("confirm") ?? "" });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      fieldErrors[String(issue.path[0])] = issue.code === "too_big" ? p.tooLong : p.required;
    }
    return { fieldErrors };
  }
  if (parsed.data.password !== parsed.data.confirm) return { fieldErrors: { confirm: p.mismatch } };
  const result = await changeInitialPasswordStep(parsed.data.password);
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
  return follow(result as StepResult);
}

export async function sendCodeAction(_prev: ActionState, _form: FormData): Promise<ActionState> {
  const result = await sendCodeStep();
  if (result.ok) return { info: (await getMessages()).t.auth.verify.sent };
  return follow(result);
}

export async function setupAction(raw: FormData): Promise<void> {
  const form = requireForm(raw);
  const method = z.enum(["totp", "email"]).safeParse(form.get("method"));
  if (!method.success) redirect("/login/setup");
  await follow(await setupStep(method.data));
}

export async function enrolEmailAction(_prev: ActionState, raw: FormData): Promise<ActionState> {
  const form = requireForm(raw);
  const code = codeInput.safeParse(form.get("code") ?? "");
  if (!code.success) return { error: (await getMessages()).t.auth.verify.wrong };
  return follow(await enrolEmailStep(code.data));
}

export async function nicknameAction(raw: FormData): Promise<void> {
  const form = requireForm(raw);
  const nickname = z.string().max(100).safeParse(form.get("nickname") ?? "");
  await follow(await setNicknameStep(nickname.success ? nickname.data : ""));
}

export async function confirmTotpAction(_prev: ActionState, raw: FormData): Promise<ActionState> {
  const form = requireForm(raw);
  const code = codeInput.safeParse(form.get("code") ?? "");
  const { t } = await getMessages();
  if (!code.success) return { error: t.auth.verify.wrong };
  const result = await confirmTotpStep(code.data);
  if (result.ok) return { ok: true, recoveryCodes: result.recoveryCodes };
  if (result.error === "flow_expired") redirect("/login?expired=1");
  return { error: messageFor(t, result.error) };
}

export async function finishRecoveryCodesAction(): Promise<void> {
  await follow(await finishRecoveryCodesStep());
}
