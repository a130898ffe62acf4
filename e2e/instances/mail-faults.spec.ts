// The mail provider fails: it answers 500, or hangs past the app's
// MAIL_TIMEOUT_MS (2 s here, see support/stack.ts). The user is told in their
// language, the sign-in is left where it was (no code that never left, no
// cool-down), and sending again works once the provider is back — on either
// instance. Over HTTP against the production servers; the capture's fault
// switch is POST /__fault (e2e/support/mail-capture-server.ts).
import { expect, test } from "@playwright/test";
import { form } from "@/e2e/support/http/action-encoding";
import { LOGIN_ACTIONS, actionId } from "@/e2e/support/http/action-ids";
import { HttpClient } from "@/e2e/support/http/client";
import { chooseStep, codeStep, hasSession, passwordStep, resendStep } from "@/e2e/support/http/sign-in";
import { mailsTo } from "@/e2e/support/mail";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { authEn } from "@/lib/i18n/messages/auth.en";
import { authJa } from "@/lib/i18n/messages/auth.ja";
import { emailOf } from "./support/accounts";
import { account, servers } from "./support/suite";

let a = "", b = "", capture = "";
test.beforeAll(() => void ({ a, b, capture } = servers()));

async function fault(mode: "500" | "hang" | "ok") {
  expect((await fetch(`${capture}/__fault`, { method: "POST", body: JSON.stringify({ mode }) })).ok).toBe(true);
}

async function codesTo(loginId: string): Promise<string[]> {
  const mails = await mailsTo(emailOf(loginId), capture);
  return mails.map((m) => m.text.match(/\b(\d{6})\b/)?.[1]).filter((c): c is string => !!c);
}

test.afterEach(() => fault("ok"));

test("the provider answers 500: 「メールを送信できませんでした」, then 再送信 works at once when it is back", async () => {
  const acc = account("mail500");
  const browser = new HttpClient(a);
  await fault("500");
  expect((await passwordStep(browser.at(a), acc)).redirectPath).toBe("/login/choose");
  const chosen = await chooseStep(browser.at(a), "full");
  expect(chosen.redirectPath).toBe("/login/verify?send=failed");
  const page = await browser.at(a).get(chosen.redirectPath!);
  expect(page.status).toBe(200);
  expect(page.body).toContain(authJa.verify.mailFailed);
  expect(await codesTo(acc.loginId)).toHaveLength(0);

  // Still failing: 再送信 says so, and leaves no cool-down behind.
  expect((await resendStep(browser.at(b))).body).toContain(authJa.verify.mailFailed);
  await fault("ok");
  const resent = await resendStep(browser.at(b));
  expect(resent.body).toContain(authJa.verify.sent);
  const [code] = await codesTo(acc.loginId);
  expect((await codeStep(browser.at(a), code!)).redirectPath).toBe("/home");
  expect(hasSession(browser)).toBe(true);
});

test("the provider hangs: the step ends after MAIL_TIMEOUT_MS with the message, and the retry works", async () => {
  const acc = account("mailHang");
  const browser = new HttpClient(a);
  expect((await passwordStep(browser.at(b), acc)).redirectPath).toBe("/login/choose");
  await fault("hang");
  const started = Date.now();
  const chosen = await chooseStep(browser.at(b), "full");
  const took = Date.now() - started;
  expect(chosen.redirectPath).toBe("/login/verify?send=failed");
  expect(took, "the request must not wait for the provider").toBeLessThan(8_000);

  await fault("ok");
  expect((await resendStep(browser.at(a))).body).toContain(authJa.verify.sent);
  const [code] = await codesTo(acc.loginId);
  expect((await codeStep(browser.at(b), code!)).redirectPath).toBe("/home");
});

test("in English, the failure is told in English", async () => {
  const acc = account("mailEnglish");
  const browser = new HttpClient(a);
  browser.jar.set(LOCALE_COOKIE, "en");
  await fault("500");
  expect((await passwordStep(browser.at(a), acc)).redirectPath).toBe("/login/choose");
  const chosen = await chooseStep(browser.at(a), "full");
  expect(chosen.redirectPath).toBe("/login/verify?send=failed");
  expect((await browser.at(a).get(chosen.redirectPath!)).body).toContain(authEn.verify.mailFailed);
  expect((await resendStep(browser.at(a))).body).toContain(authEn.verify.mailFailed);
  await fault("ok");
  expect((await resendStep(browser.at(a))).body).toContain(authEn.verify.sent);
});

test("a sharoushi's first enrolment: the mailbox code that failed is reported, and 再送信 continues the enrolment", async () => {
  const acc = account("mailEnrol");
  const browser = new HttpClient(a);
  await fault("500");
  const pw = await passwordStep(browser.at(a), acc);
  expect(pw.redirectPath).toBe("/login/setup/email?send=failed");
  expect((await browser.at(a).get(pw.redirectPath!)).body).toContain(authJa.verify.mailFailed);

  await fault("ok");
  expect((await resendStep(browser.at(b), { page: "/login/setup/email" })).body).toContain(authJa.verify.sent);
  const [code] = await codesTo(acc.loginId);
  const enrolled = await browser.at(a).action("/login/setup/email", actionId(LOGIN_ACTIONS, "enrolEmailAction"), [{}, form({ code: code! })]);
  expect(enrolled.redirectPath).toBe("/login/setup/authenticator");
});
