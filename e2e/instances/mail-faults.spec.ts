// The mail provider fails: it answers 500, or hangs past the app's
// MAIL_TIMEOUT_MS (2 s here, see support/stack.ts). The user is told in their
// language, the sign-in is left where it was (no code that never left, no
// cool-down), and sending again works once the provider is back — on either
// instance. Over HTTP against the production servers; the capture's fault
// switch is POST /__fault (e2e/support/mail-capture-server.ts).
import { expect, test } from "@playwright/test";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { authEn } from "@/lib/i18n/messages/auth.en";
import { authJa } from "@/lib/i18n/messages/auth.ja";
import { emailOf } from "./support/accounts";
import { HttpBrowser, LOGIN, steps } from "./support/http-browser";
import { account, servers } from "./support/suite";

let a = "", b = "", capture = "";
test.beforeAll(() => void ({ a, b, capture } = servers()));

async function fault(mode: "500" | "hang" | "ok") {
  expect((await fetch(`${capture}/__fault`, { method: "POST", body: JSON.stringify({ mode }) })).ok).toBe(true);
}

async function codesTo(loginId: string): Promise<string[]> {
  const mails = (await (await fetch(`${capture}/messages?to=${encodeURIComponent(emailOf(loginId))}`)).json()) as { text: string }[];
  return mails.map((m) => m.text.match(/\b(\d{6})\b/)?.[1]).filter((c): c is string => !!c);
}

test.afterEach(() => fault("ok"));

test("the provider answers 500: 「メールを送信できませんでした」, then 再送信 works at once when it is back", async () => {
  const acc = account("mail500");
  const browser = new HttpBrowser();
  await fault("500");
  expect((await steps.password(browser, a, acc.loginId, acc.password)).redirect).toBe("/login/choose");
  const chosen = await steps.choose(browser, a, "full");
  expect(chosen.redirect).toBe("/login/verify?send=failed");
  const page = await browser.get(a, chosen.redirect!);
  expect(page.status).toBe(200);
  expect(page.body).toContain(authJa.verify.mailFailed);
  expect(await codesTo(acc.loginId)).toHaveLength(0);

  // Still failing: 再送信 says so, and leaves no cool-down behind.
  expect((await steps.sendCode(browser, b)).body).toContain(authJa.verify.mailFailed);
  await fault("ok");
  const resent = await steps.sendCode(browser, b);
  expect(resent.body).toContain(authJa.verify.sent);
  const [code] = await codesTo(acc.loginId);
  expect((await steps.code(browser, a, code!)).redirect).toBe("/home");
  expect(browser.hasSession()).toBe(true);
});

test("the provider hangs: the step ends after MAIL_TIMEOUT_MS with the message, and the retry works", async () => {
  const acc = account("mailHang");
  const browser = new HttpBrowser();
  expect((await steps.password(browser, b, acc.loginId, acc.password)).redirect).toBe("/login/choose");
  await fault("hang");
  const started = Date.now();
  const chosen = await steps.choose(browser, b, "full");
  const took = Date.now() - started;
  expect(chosen.redirect).toBe("/login/verify?send=failed");
  expect(took, "the request must not wait for the provider").toBeLessThan(8_000);

  await fault("ok");
  expect((await steps.sendCode(browser, a)).body).toContain(authJa.verify.sent);
  const [code] = await codesTo(acc.loginId);
  expect((await steps.code(browser, b, code!)).redirect).toBe("/home");
});

test("in English, the failure is told in English", async () => {
  const acc = account("mailEnglish");
  const browser = new HttpBrowser();
  browser.jar.set(LOCALE_COOKIE, "en");
  await fault("500");
  expect((await steps.password(browser, a, acc.loginId, acc.password)).redirect).toBe("/login/choose");
  const chosen = await steps.choose(browser, a, "full");
  expect(chosen.redirect).toBe("/login/verify?send=failed");
  expect((await browser.get(a, chosen.redirect!)).body).toContain(authEn.verify.mailFailed);
  expect((await steps.sendCode(browser, a)).body).toContain(authEn.verify.mailFailed);
  await fault("ok");
  expect((await steps.sendCode(browser, a)).body).toContain(authEn.verify.sent);
});

test("a sharoushi's first enrolment: the mailbox code that failed is reported, and 再送信 continues the enrolment", async () => {
  const acc = account("mailEnrol");
  const browser = new HttpBrowser();
  await fault("500");
  const pw = await steps.password(browser, a, acc.loginId, acc.password);
  expect(pw.redirect).toBe("/login/setup/email?send=failed");
  expect((await browser.get(a, pw.redirect!)).body).toContain(authJa.verify.mailFailed);

  await fault("ok");
  expect((await browser.action(b, "/login/setup/email", `${LOGIN}#sendCodeAction`, {})).body).toContain(authJa.verify.sent);
  const [code] = await codesTo(acc.loginId);
  const enrolled = await browser.action(a, "/login/setup/email", `${LOGIN}#enrolEmailAction`, { code: code! });
  expect(enrolled.redirect).toBe("/login/setup/authenticator");
});
