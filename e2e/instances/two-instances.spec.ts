// Two production servers (A and B) on one PostgreSQL database, one browser
// (one cookie jar) talking to both, as behind a load balancer: every state
// that matters — the sign-in under way, failure counts, remembered browsers,
// sessions — lives in the database, so a step or a revocation on one instance
// holds on the other at its next request.
import { expect, test } from "@playwright/test";
import { form } from "@/e2e/support/http/action-encoding";
import { actionId } from "@/e2e/support/http/action-ids";
import { HttpClient } from "@/e2e/support/http/client";
import { SESSION_COOKIE, chooseStep, codeStep, hasSession, passwordStep, rememberStep } from "@/e2e/support/http/sign-in";
import { totpNow } from "@/e2e/support/totp";
import { authJa } from "@/lib/i18n/messages/auth.ja";
import { account, fullSignIn, query, servers } from "./support/suite";

let a = "", b = "", databaseUrl = "";
test.beforeAll(() => void ({ a, b, databaseUrl } = servers()));
const SKIP = "app/(apps)/settings/skip/actions.ts";

async function homeStatus(browser: HttpClient, origin: string) {
  const res = await browser.at(origin).get("/home");
  return res.status === 200 ? "signed in" : `${res.status} → ${res.redirect}`;
}

test("the password on A, the chooser on B, the code on A: one sign-in, valid on both", async () => {
  const acc = account("crossCode");
  const browser = new HttpClient(a);
  await fullSignIn(browser, acc, { password: a, choose: b, code: a });
  expect(hasSession(browser)).toBe(true);
  expect(await homeStatus(browser, a)).toBe("signed in");
  expect(await homeStatus(browser, b)).toBe("signed in");

  // And the other way round: password on B, code on A.
  const other = new HttpClient(a);
  await fullSignIn(other, acc, { password: b, code: a });
  expect(await homeStatus(other, b)).toBe("signed in");
});

test("failures on A count toward the lock on B", async () => {
  const acc = account("crossLock");
  const browser = new HttpClient(a);
  expect((await passwordStep(browser.at(a), acc)).redirectPath).toBe("/login/choose");
  expect((await chooseStep(browser.at(a), "full")).redirectPath).toBe("/login/verify");
  // Four wrong codes are free (policy.ts FREE_FAILURES); they are made on A.
  for (let i = 0; i < 4; i++) {
    const res = await codeStep(browser.at(a), "000000");
    expect(res.body).toContain(authJa.verify.wrong);
  }
  // The fifth, on B, locks: B counted A's four.
  const fifth = await codeStep(browser.at(b), "000000");
  expect(fifth.body).toContain(authJa.verify.locked);
  // Now even the right code is refused, on B and on A (a locked step never looks at the code).
  const right = await codeStep(browser.at(b), totpNow(acc.key!));
  expect(right.redirect).toBeNull();
  expect(right.body).toContain(authJa.verify.locked);
  expect((await codeStep(browser.at(a), totpNow(acc.key!))).body).toContain(authJa.verify.locked);
  expect(hasSession(browser)).toBe(false);
});

test("a remembered browser set on A skips on B; 「ワンタイムパスワードの入力を再開する」→[完了] on A is refused on B at once", async () => {
  const acc = account("crossSkip");
  const browser = new HttpClient(a);
  await fullSignIn(browser, acc, { password: a, code: a }, true);
  expect((await rememberStep(browser.at(a), "ok")).redirectPath).toBe("/home");

  // A new sign-in on B: ID + password, 「すべての機能を利用する」, no code.
  browser.jar.delete(SESSION_COOKIE);
  expect((await passwordStep(browser.at(b), acc)).redirectPath).toBe("/login/choose");
  expect((await chooseStep(browser.at(b), "full")).redirectPath).toBe("/home");

  // [完了] on A (signed in through B: the same session cookie).
  expect((await browser.at(a).action("/settings/skip/resume", actionId(SKIP, "revokeAllSkipsAction"), [form({})])).redirectPath).toBe("/settings/skip?done=all");

  // The very next sign-in on B asks for the code again.
  browser.jar.delete(SESSION_COOKIE);
  expect((await passwordStep(browser.at(b), acc)).redirectPath).toBe("/login/choose");
  expect((await chooseStep(browser.at(b), "full")).redirectPath).toBe("/login/verify");
});

test("one browser's skip revoked from the list on A is refused on B at once", async () => {
  const acc = account("crossSkipOne");
  const browser = new HttpClient(a);
  await fullSignIn(browser, acc, { password: b, code: b }, true);
  expect((await rememberStep(browser.at(b), "ok")).redirectPath).toBe("/home");

  const page = await browser.at(a).get("/settings/skip");
  const id = page.body.match(/name="id" value="([a-z0-9]+)"/)?.[1];
  expect(id, "the remembered browser is listed on A").toBeTruthy();
  expect((await browser.at(a).action("/settings/skip", actionId(SKIP, "revokeOneSkipAction"), [form({ id: id! })])).redirectPath).toBe("/settings/skip?done=one");

  browser.jar.delete(SESSION_COOKIE);
  expect((await passwordStep(browser.at(b), acc)).redirectPath).toBe("/login/choose");
  expect((await chooseStep(browser.at(b), "full")).redirectPath).toBe("/login/verify");
});

test("a session logged out on A is refused on B, even with the old cookie", async () => {
  const acc = account("crossLogout");
  const browser = new HttpClient(a);
  await fullSignIn(browser, acc, { password: a, code: a });
  const cookie = browser.jar.get(SESSION_COOKIE)!;
  expect(await homeStatus(browser, b)).toBe("signed in");

  await browser.at(a).action("/home", actionId("app/actions/session.ts", "logoutAction"), [form({})]);
  // The server revoked the row; a copy of the cookie kept by anyone is worth nothing on B.
  browser.jar.set(SESSION_COOKIE, cookie);
  expect(await homeStatus(browser, b)).toMatch(/^307 → \/login/);
});

test("the office resetting an employee's two-factor on A ends the employee's session on B", async () => {
  const employee = account("crossReset");
  const office = account("crossOffice");
  const employeeBrowser = new HttpClient(a);
  await fullSignIn(employeeBrowser, employee, { password: b, code: b });
  expect(await homeStatus(employeeBrowser, b)).toBe("signed in");

  const officeBrowser = new HttpClient(a);
  await fullSignIn(officeBrowser, office, { password: a, code: a });
  const [row] = await query<{ id: string }>(databaseUrl, `SELECT id FROM "Account" WHERE "loginId" = $1`, [employee.loginId]);
  const reset = await officeBrowser.at(a).action(`/office/employees/${row!.id}/reset`, actionId("app/(apps)/office/actions.ts", "resetSecondFactorAction"), [{}, form({ employeeId: row!.id })]);
  expect(reset.redirectPath, reset.body.slice(0, 300)).toMatch(new RegExp(`^/office/employees/${row!.id}\\?done=reset`));

  expect(await homeStatus(employeeBrowser, b)).toMatch(/^307 → \/login/);
  expect(await homeStatus(employeeBrowser, a)).toMatch(/^307 → \/login/);
});
