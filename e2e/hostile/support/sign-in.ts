/**
 * The real sign-in steps, walked over raw HTTP by server action IDs:
 * password → chooser (employees) → code (TOTP from the fixture key, or the
 * e-mailed code from the mail capture). Each step returns the raw response so
 * a test can stop anywhere and attack from there.
 */
import { expect } from "@playwright/test";
import { totpNow } from "../../support/totp";
import { LOGIN_ACTIONS, actionId } from "./actions";
import type { HostileAccount } from "./accounts";
import { HttpClient, actionResult, form, type HttpResponse, type RequestOptions } from "./http";
import { codeIn, mailsTo, waitForMail } from "./mail";

export const SESSION_COOKIE = "authjs.session-token";
/** next-auth's session cookie under either name (with COOKIE_SECURE it may carry the __Secure- prefix). */
export const SESSION_COOKIE_PATTERN = /^(__Secure-)?authjs\.session-token$/;

export function hasSession(client: HttpClient): boolean {
  return [...client.jar.keys()].some((name) => SESSION_COOKIE_PATTERN.test(name));
}
export const FLOW_COOKIE = "tobira_login";

const login = (name: string) => actionId(LOGIN_ACTIONS, name);

export function passwordStep(client: HttpClient, account: Pick<HostileAccount, "loginId" | "password">, opts: RequestOptions & { callbackUrl?: string } = {}) {
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

export function resendStep(client: HttpClient, opts?: RequestOptions) {
  return client.action("/login/verify", login("sendCodeAction"), [{}, form({})], opts);
}

export function rememberStep(client: HttpClient, choice: "ok" | "decline", opts?: RequestOptions) {
  return client.action("/login/remember", login("rememberAction"), [form({ choice })], opts);
}

/** The message a step answered with (its ActionState.error), if any. */
export function stepError(res: HttpResponse): string | undefined {
  return actionResult<{ error?: string }>(res.body)?.error;
}

// The last time step each account's code was taken from in this worker: a
// step's code is accepted once, so the next sign-in waits for a fresh one.
const usedSteps = new Map<string, number>();

/** A TOTP code of a time step this worker has not used for the account yet. */
export async function freshTotp(account: HostileAccount): Promise<string> {
  for (;;) {
    const step = Math.floor(Date.now() / 30_000);
    if ((usedSteps.get(account.id) ?? -1) < step) {
      usedSteps.set(account.id, step);
      return totpNow(account.totpKey!);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** Marks the current time step as used (a test spent a code itself). */
export function spentTotp(account: HostileAccount) {
  usedSteps.set(account.id, Math.floor(Date.now() / 30_000));
}

export function isSharoushi(account: Pick<HostileAccount, "loginId">) {
  return account.loginId.startsWith("A");
}

/** Password, then the chooser's 「すべての機能を利用する」 for employees: the client stands at the code step. */
export async function toCodeStep(client: HttpClient, account: HostileAccount, opts?: RequestOptions): Promise<HttpResponse> {
  const mailsBefore = (await mailsTo(account.email)).length;
  let res = await passwordStep(client, account, opts);
  if (!isSharoushi(account)) {
    expect(res.redirectPath, "password step goes to the chooser").toBe("/login/choose");
    res = await chooseStep(client, "full", opts);
  }
  expect(res.redirectPath, "the flow reaches the code step").toMatch(/^\/login\/verify/);
  lastMailCount.set(account.id, mailsBefore);
  return res;
}

const lastMailCount = new Map<string, number>();

/** The code e-mailed by the latest step of this client (waits for it). */
export async function mailedCode(account: HostileAccount, nth?: number): Promise<string> {
  return codeIn(await waitForMail(account.email, nth ?? (lastMailCount.get(account.id) ?? 0) + 1));
}

/** A complete full-mode sign-in: the client holds a session cookie afterwards. */
export async function signInFull(client: HttpClient, account: HostileAccount, opts?: RequestOptions): Promise<HttpResponse> {
  await toCodeStep(client, account, opts);
  const code = account.totpKey ? await freshTotp(account) : await mailedCode(account);
  const res = await codeStep(client, code, opts);
  expect(res.redirectPath, `full sign-in of ${account.loginId}: ${stepError(res) ?? ""}`).toBe("/home");
  expect(hasSession(client)).toBe(true);
  return res;
}

/** 就業打刻・明細閲覧のみ: password, then the limited choice. */
export async function signInLimited(client: HttpClient, account: HostileAccount, opts?: RequestOptions): Promise<HttpResponse> {
  const first = await passwordStep(client, account, opts);
  expect(first.redirectPath).toBe("/login/choose");
  const res = await chooseStep(client, "limited", opts);
  expect(res.redirectPath).toBe("/home");
  expect(hasSession(client)).toBe(true);
  return res;
}
