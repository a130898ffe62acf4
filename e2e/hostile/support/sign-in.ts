/**
 * Whole sign-ins of the suite's accounts, on the shared steps
 * (e2e/support/http/sign-in.ts): to the code step, full (TOTP from the fixture
 * key, or the e-mailed code from the mail capture) and limited.
 */
import { expect } from "@playwright/test";
import type { HttpClient, HttpResponse, RequestOptions } from "@/e2e/support/http/client";
import { chooseStep, codeStep, hasSession, passwordStep, stepError } from "@/e2e/support/http/sign-in";
import { codeIn, mailsTo, waitForMail } from "@/e2e/support/mail";
import { totpNow } from "@/e2e/support/totp";
import type { HostileAccount } from "./accounts";

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
