// Family 3 — remembered browsers (tobira_skip_* cookies): forged, bit-flipped,
// expired, revoked, another account's, an employee's handed to a sharoushi ID;
// after 再開 (cancel all), a password change or a reset; and never from step-up.
// A refused skip means the code is asked (/login/verify), no session, no row touched.
import { expect, test } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { form } from "@/e2e/support/http/action-encoding";
import { actionId } from "@/e2e/support/http/action-ids";
import { actionResult } from "@/e2e/support/http/action-result";
import type { RequestOptions } from "@/e2e/support/http/client";
import { SESSION_COOKIE, chooseStep, codeStep, passwordStep, rememberStep } from "@/e2e/support/http/sign-in";
import { hostileAccount, type HostileAccount } from "./support/accounts";
import { HostileClient } from "./support/client";
import { liveSessions, query, rowsOf } from "./support/db";
import { freshTotp, isSharoushi, mailedCode, signInFull, signInLimited, toCodeStep } from "./support/sign-in";

const SKIP_ACTIONS = "app/(apps)/settings/skip/actions.ts";

/** Signs in with 「次回以降…省略する」 and [OK]; returns the signed-in client and its skip cookie's value. */
async function setSkip(account: HostileAccount) {
  const client = new HostileClient();
  await toCodeStep(client, account);
  const code = account.totpKey ? await freshTotp(account) : await mailedCode(account);
  expect((await codeStep(client, code, { remember: true })).redirectPath).toBe("/login/remember");
  expect((await rememberStep(client, "ok")).redirectPath).toBe("/home");
  const value = client.jar.get(account.skipCookie);
  expect(value, "the skip cookie is set").toBeTruthy();
  return { client, value: value! };
}

/** A fresh browser holding exactly `cookies` signs in as `account` and asks for the full mode: where does it land? */
async function landing(account: HostileAccount, cookies: Record<string, string>, opts?: RequestOptions & { password?: string }) {
  const client = new HostileClient();
  for (const [k, v] of Object.entries(cookies)) client.jar.set(k, v);
  let res = await passwordStep(client, { loginId: account.loginId, password: opts?.password ?? account.password }, opts);
  if (!isSharoushi(account) && res.redirectPath === "/login/choose") res = await chooseStep(client, "full", opts);
  return { path: res.redirectPath, client };
}

/** The skip was refused: the code is asked, no session was made, the account's skip rows did not move. */
async function expectCodeAsked(account: HostileAccount, cookies: Record<string, string>, opts?: RequestOptions & { password?: string }) {
  const before = await rowsOf("RememberedBrowser", account.id);
  const sessions = await liveSessions(account.id);
  const { path, client } = await landing(account, cookies, opts);
  expect(path, "the code is asked").not.toBe("/home");
  expect(path).toMatch(/^\/login\/(verify|setup)/);
  expect(client.jar.has(SESSION_COOKIE)).toBe(false);
  expect(await rowsOf("RememberedBrowser", account.id)).toEqual(before);
  expect(await liveSessions(account.id)).toEqual(sessions);
}

test("the genuine cookie skips; one with a bit flipped, cut short or replaced by a path does not", async () => {
  const account = hostileAccount("skipFlipped");
  const { value } = await setSkip(account);
  const [token, expiry] = value.split(".");
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  const flipped = token!.slice(0, 10) + alphabet[alphabet.indexOf(token![10]!) ^ 1] + token!.slice(11);
  await expectCodeAsked(account, { [account.skipCookie]: `${flipped}.${expiry}` });
  await expectCodeAsked(account, { [account.skipCookie]: `${token!.slice(0, 42)}.${expiry}` });
  await expectCodeAsked(account, { [account.skipCookie]: "../../etc/passwd" });
  // Positive control, last: the real cookie still skips (so the refusals above were the cookie's doing).
  expect((await landing(account, { [account.skipCookie]: value })).path).toBe("/home");
});

test("a forged identifier in the account's own cookie name is refused", async () => {
  const account = hostileAccount("skipForged");
  const expiry = Math.floor(Date.now() / 1000) + 80 * 86_400;
  await expectCodeAsked(account, { [account.skipCookie]: `${randomBytes(32).toString("base64url")}.${expiry}` });
  await expectCodeAsked(account, { [account.skipCookie]: `${"A".repeat(43)}.${expiry}` });
});

test("an expired skip is refused one second after its expiry (moved clock), and typing a later expiry does not extend it", async () => {
  const account = hostileAccount("skipExpired");
  const { value } = await setSkip(account);
  const [row] = await rowsOf("RememberedBrowser", account.id);
  const expiresAt = row!.expiresAt as Date;
  const justBefore = { now: new Date(expiresAt.getTime() - 60_000) };
  const justAfter = { now: new Date(expiresAt.getTime() + 1000) };
  expect((await landing(account, { [account.skipCookie]: value }, justBefore)).path, "a minute before expiry it still skips").toBe("/home");
  await expectCodeAsked(account, { [account.skipCookie]: value }, justAfter);
  const [token] = value.split(".");
  await expectCodeAsked(account, { [account.skipCookie]: `${token}.${Math.floor(expiresAt.getTime() / 1000) + 365 * 86_400}` }, justAfter);
});

test("a revoked browser is refused; another account's browser cannot be revoked by its id", async () => {
  const account = hostileAccount("skipRevokedOne");
  const stranger = hostileAccount("skipRevokeStranger");
  const { client, value } = await setSkip(account);
  const strangerSkip = await setSkip(stranger);
  const [own] = await rowsOf("RememberedBrowser", account.id);
  const [theirs] = await rowsOf("RememberedBrowser", stranger.id);
  const strangerRows = await rowsOf("RememberedBrowser", stranger.id);
  const revokeOne = actionId(SKIP_ACTIONS, "revokeOneSkipAction");
  const attempt = await client.action("/settings/skip", revokeOne, [form({ id: theirs!.id as string })]);
  expect(attempt.status).toBeLessThan(500);
  expect(await rowsOf("RememberedBrowser", stranger.id)).toEqual(strangerRows);
  expect((await landing(stranger, { [stranger.skipCookie]: strangerSkip.value })).path, "the stranger's skip survives").toBe("/home");

  await client.action("/settings/skip", revokeOne, [form({ id: own!.id as string })]);
  expect((await rowsOf("RememberedBrowser", account.id))[0]!.revokedAt).not.toBeNull();
  await expectCodeAsked(account, { [account.skipCookie]: value });
});

test("another account's skip cookie, under its own name or this account's, is refused", async () => {
  const donor = hostileAccount("skipOtherA");
  const target = hostileAccount("skipOtherB");
  const { value } = await setSkip(donor);
  await expectCodeAsked(target, { [donor.skipCookie]: value });
  await expectCodeAsked(target, { [target.skipCookie]: value });
});

test("an employee's skip handed to a sharoushi ID is refused (sharoushi accounts never skip)", async () => {
  const employee = hostileAccount("skipToSharoushiEmp");
  const sharoushi = hostileAccount("skipToSharoushi");
  const { value } = await setSkip(employee);
  await expectCodeAsked(sharoushi, { [sharoushi.skipCookie]: value });
  await expectCodeAsked(sharoushi, { [employee.skipCookie]: value });
  expect(await rowsOf("RememberedBrowser", sharoushi.id)).toEqual([]);
});

test("after 再開 (cancel on every browser) the old cookie is refused", async () => {
  const account = hostileAccount("skipCancelAll");
  const { client, value } = await setSkip(account);
  const res = await client.action("/settings/skip", actionId(SKIP_ACTIONS, "revokeAllSkipsAction"), []);
  expect(res.status).toBeLessThan(500);
  expect((await rowsOf("RememberedBrowser", account.id)).every((r) => r.revokedAt !== null)).toBe(true);
  await expectCodeAsked(account, { [account.skipCookie]: value });
});

test("after a password change the old cookie is refused", async () => {
  const account = hostileAccount("skipPassword");
  const { client, value } = await setSkip(account);
  const newPassword = "Skip-ends-with-password-2026";
  const res = await client.action("/settings/password", actionId("app/(apps)/settings/password/actions.ts", "changePasswordAction"), [
    {},
    form({ currentPassword: account.password, newPassword, confirmPassword: newPassword }),
  ]);
  expect(actionResult<{ error?: string }>(res.body)?.error).toBeUndefined();
  await expectCodeAsked(account, { [account.skipCookie]: value }, { password: newPassword });
});

test("after the office resets the employee's two-factor the old cookie is refused", async () => {
  const employee = hostileAccount("skipOfficeReset");
  const staff = hostileAccount("skipOfficeActor");
  const { value } = await setSkip(employee);
  const office = new HostileClient();
  await signInFull(office, staff);
  const res = await office.action(`/office/employees/${employee.id}/reset`, actionId("app/(apps)/office/actions.ts", "resetSecondFactorAction"), [{}, form({ employeeId: employee.id })]);
  expect(res.redirectPath).toMatch(/\?done=reset/);
  await expectCodeAsked(employee, { [employee.skipCookie]: value });
});

test("after the office changes the employee's e-mail address, the old skip and the old sessions are over", async () => {
  const employee = hostileAccount("skipEmailChange");
  const staff = hostileAccount("skipEmailActor");
  const { client, value } = await setSkip(employee);
  const limited = new HostileClient();
  await signInLimited(limited, employee);
  const office = new HostileClient();
  await signInFull(office, staff);
  const res = await office.action(`/office/employees/${employee.id}/email`, actionId("app/(apps)/office/actions.ts", "changeEmailAction"), [
    {},
    form({ employeeId: employee.id, email: `moved-${employee.email}`, step: "commit" }),
  ]);
  expect(res.redirectPath).toMatch(/\?done=email/);
  for (const [what, c] of [["full", client], ["limited", limited]] as const) {
    const probe = new HostileClient();
    probe.jar.set(SESSION_COOKIE, c.jar.get(SESSION_COOKIE)!);
    expect((await probe.get("/home")).redirectPath, `the ${what} session after the e-mail change`).toMatch(/^\/login/);
  }
  await expectCodeAsked(employee, { [employee.skipCookie]: value });
});

test("step-up never sets a skip, whatever the form says", async () => {
  const account = hostileAccount("skipStepUp");
  const client = new HostileClient();
  await signInLimited(client, account);
  const started = await client.action("/step-up", actionId("app/(auth)/step-up/actions.ts", "stepUpAction"), [form({ callbackUrl: "/home" })]);
  expect(started.redirectPath).toMatch(/^\/login\/verify/);
  const res = await codeStep(client, await freshTotp(account), { remember: true });
  if (res.redirectPath === "/login/remember") await rememberStep(client, "ok");
  expect(res.redirectPath, "no skip confirmation after step-up").not.toBe("/login/remember");
  expect(client.jar.has(account.skipCookie)).toBe(false);
  expect(await query(`SELECT id FROM "RememberedBrowser" WHERE "accountId" = $1`, [account.id])).toEqual([]);
});
