/**
 * The real sign-in steps, one server action each, walked over raw HTTP:
 * password → chooser (employees) → code → 「省略する」 confirmation. Each
 * returns the raw answer, so a test can stop anywhere and go on from there
 * (or attack from there), on whichever server the client is at.
 */
import { LOGIN_ACTIONS, actionId } from "./action-ids";
import { form } from "./action-encoding";
import { actionResult } from "./action-result";
import type { HttpClient, HttpResponse, RequestOptions } from "./client";

export const SESSION_COOKIE = "authjs.session-token";
/** next-auth's session cookie under either name (with COOKIE_SECURE it may carry the __Secure- prefix). */
export const SESSION_COOKIE_PATTERN = /^(__Secure-)?authjs\.session-token$/;
export const FLOW_COOKIE = "tobira_login";

export function hasSession(client: HttpClient): boolean {
  return [...client.jar.keys()].some((name) => SESSION_COOKIE_PATTERN.test(name));
}

export type Credentials = { loginId: string; password: string };

const login = (name: string) => actionId(LOGIN_ACTIONS, name);

export function passwordStep(client: HttpClient, account: Credentials, opts: RequestOptions & { callbackUrl?: string } = {}) {
  const fields: Record<string, string> = { loginId: account.loginId, password: account.password };
  if (opts.callbackUrl !== undefined) fields.callbackUrl = opts.callbackUrl;
  return client.action("/login", login("passwordAction"), [{}, form(fields)], opts);
}

export function chooseStep(client: HttpClient, choice: "full" | "limited" | "cancel", opts?: RequestOptions) {
  return client.action("/login/choose", login("chooseAction"), [form({ choice })], opts);
}

export function codeStep(client: HttpClient, code: string, opts: RequestOptions & { remember?: boolean } = {}) {
  const fields: Record<string, string> = { code };
  if (opts.remember) fields.remember = "on";
  return client.action("/login/verify", login("verifyAction"), [{}, form(fields)], opts);
}

/** 再送信 on the code step (`page`: /login/setup/email during a first enrolment). */
export function resendStep(client: HttpClient, opts: RequestOptions & { page?: string } = {}) {
  const { page = "/login/verify", ...rest } = opts;
  return client.action(page, login("sendCodeAction"), [{}, form({})], rest);
}

export function rememberStep(client: HttpClient, choice: "ok" | "decline", opts?: RequestOptions) {
  return client.action("/login/remember", login("rememberAction"), [form({ choice })], opts);
}

/** The message a step answered with (its ActionState.error), if any. */
export function stepError(res: HttpResponse): string | undefined {
  return actionResult<{ error?: string }>(res.body)?.error;
}
