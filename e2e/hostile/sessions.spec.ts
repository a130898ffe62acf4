// Family 2 — sessions and steps: full-mode pages and actions with a limited
// session, a half-finished sign-in or none; fixation at login and step-up;
// edited and forged cookies; logout; idle and absolute time-outs; a password
// change or an office reset ending the other sessions.
import { expect, test } from "@playwright/test";
import { form } from "@/e2e/support/http/action-encoding";
import { actionId } from "@/e2e/support/http/action-ids";
import { actionResult } from "@/e2e/support/http/action-result";
import type { HttpResponse } from "@/e2e/support/http/client";
import { FLOW_COOKIE, SESSION_COOKIE, codeStep, passwordStep } from "@/e2e/support/http/sign-in";
import { hostileAccount, type HostileAccount } from "./support/accounts";
import { HostileClient } from "./support/client";
import { liveSessions, query, snapshot } from "./support/db";
import { freshTotp, signInFull, signInLimited } from "./support/sign-in";
import { FULL_MODE_PAGES, STATE_ACTIONS, stateActionId } from "./support/state-actions";

const MINUTE = 60_000;

/** The page answered "not here": a redirect to the sign-in (or step-up), never the page, never a 5xx. */
function expectSentAway(res: HttpResponse, to: RegExp, what: string) {
  expect(res.status, `${what}: no 5xx`).toBeLessThan(500);
  expect(res.redirectPath, `${what}: redirected`).toMatch(to);
}

/** The session cookie no longer opens anything. */
async function expectCookieDead(cookie: string, what: string) {
  const client = new HostileClient();
  client.jar.set(SESSION_COOKIE, cookie);
  expectSentAway(await client.get("/home"), /^\/login/, what);
  expectSentAway(await client.get("/settings"), /^\/login/, what);
}

async function passwordOnly(account: HostileAccount) {
  const client = new HostileClient();
  expect((await passwordStep(client, account)).redirectPath).toBe("/login/choose");
  expect(client.jar.has(FLOW_COOKIE)).toBe(true);
  return client;
}

test("full-mode pages: a limited session is sent to step-up, a half-finished sign-in or no session to /login", async () => {
  const account = hostileAccount("sessPages");
  const limited = new HostileClient();
  await signInLimited(limited, account);
  const half = await passwordOnly(account);
  const none = new HostileClient();
  for (const page of FULL_MODE_PAGES) {
    const asLimited = await limited.get(page);
    // The office pages are not there at all for an employee (404), whatever the mode.
    if (page.startsWith("/office")) expect(asLimited.status).toBe(404);
    else expectSentAway(asLimited, /^\/(step-up|login)/, `limited ${page}`);
    expectSentAway(await half.get(page), /^\/login/, `password only ${page}`);
    expectSentAway(await none.get(page), /^\/login/, `no session ${page}`);
  }
  // The limited session's own pages still open: the refusals above are about the mode, not a broken session.
  expect((await limited.get("/attendance")).status).toBe(200);
});

test("every state-changing action by its ID: refused with a limited session, a half-finished sign-in or none; nothing changes", async () => {
  test.setTimeout(120_000);
  const account = hostileAccount("sessActions");
  const victim = hostileAccount("sessActionsVictim");
  const limited = new HostileClient();
  await signInLimited(limited, account);
  const half = await passwordOnly(account);
  const none = new HostileClient();
  const targets = { employeeId: victim.id, foreignId: victim.id, foreignLoginId: victim.loginId };
  const before = [await snapshot(account.id), await snapshot(victim.id)];
  const extraAccounts = () => query(`SELECT id FROM "Account" WHERE "mainAccountId" = $1`, [account.id]);

  for (const [who, client, actions] of [
    ["limited", limited, STATE_ACTIONS.filter((a) => !a.limited)],
    ["password only", half, STATE_ACTIONS],
    ["no session", none, STATE_ACTIONS],
  ] as const) {
    for (const action of actions) {
      const what = `${who}: ${action.label}`;
      const res = await client.action(action.page, stateActionId(action), action.args(targets));
      expect(res.status, `${what}: no 5xx`).toBeLessThan(500);
      expect(actionResult<{ ok?: boolean }>(res.body)?.ok, what).not.toBe(true);
      expect(res.body, what).not.toContain("recoveryCodes");
      if (res.redirectPath) expect(res.redirectPath, what).toMatch(/^\/(login|step-up)/);
    }
  }
  expect([await snapshot(account.id), await snapshot(victim.id)]).toEqual(before);
  expect(await extraAccounts()).toEqual([]);
});

test("session fixation at login: planted session and flow cookies are replaced, and never become the victim's", async () => {
  const account = hostileAccount("sessFixation");
  const attacker = hostileAccount("sessFixAttacker");
  // The attacker's own, valid, limited session cookie — planted in the victim's browser.
  const attackerClient = new HostileClient();
  await signInLimited(attackerClient, attacker);
  const planted = attackerClient.jar.get(SESSION_COOKIE)!;

  const victim = new HostileClient();
  victim.jar.set(SESSION_COOKIE, planted);
  victim.jar.set(FLOW_COOKIE, "planted-flow-token");
  await passwordStep(victim, account);
  expect(victim.jar.get(FLOW_COOKIE)).not.toBe("planted-flow-token");
  await signInFull(victim, account);
  expect(victim.jar.get(SESSION_COOKIE)).not.toBe(planted);

  // The planted cookie is still only the attacker's limited session: it cannot open the victim's full-mode pages.
  const replay = new HostileClient();
  replay.jar.set(SESSION_COOKIE, planted);
  expectSentAway(await replay.get("/settings"), /^\/(step-up|login)/, "planted cookie");
  const victimSessions = await liveSessions(account.id);
  expect(victimSessions).toEqual([expect.objectContaining({ mode: "FULL" })]);
  expect((await liveSessions(attacker.id)).map((s) => s.mode)).toEqual(["LIMITED"]);
});

test("session fixation at step-up: the limited cookie is replaced and dies", async () => {
  const account = hostileAccount("sessStepUp");
  const client = new HostileClient();
  await signInLimited(client, account);
  const limitedCookie = client.jar.get(SESSION_COOKIE)!;
  const started = await client.action("/step-up", actionId("app/(auth)/step-up/actions.ts", "stepUpAction"), [form({ callbackUrl: "/settings" })]);
  expect(started.redirectPath).toMatch(/^\/login\/verify/);
  const done = await codeStep(client, await freshTotp(account));
  expect(done.redirectPath).toBe("/settings");
  expect(client.jar.get(SESSION_COOKIE)).not.toBe(limitedCookie);
  expect((await client.get("/settings")).status).toBe(200);
  await expectCookieDead(limitedCookie, "the limited cookie after step-up");
  expect((await liveSessions(account.id)).map((s) => s.mode)).toEqual(["FULL"]);
});

test("edited, truncated and forged session cookies open nothing and cause no 5xx", async () => {
  const account = hostileAccount("sessEdited");
  const client = new HostileClient();
  await signInFull(client, account);
  const good = client.jar.get(SESSION_COOKIE)!;
  const [session] = await liveSessions(account.id);
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const mid = Math.floor(good.length / 2);
  // Flips the top bit of one base64url character (the low bits of a last character may be padding).
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  const flip = (s: string, i: number) => s.slice(0, i) + alphabet[alphabet.indexOf(s[i]!) ^ 32] + s.slice(i + 1);
  const forgeries = {
    "one character changed": flip(good, mid),
    "last character changed": flip(good, good.length - 1),
    truncated: good.slice(0, good.length - 10),
    "an unsigned JWT naming the real sid": `${b64({ alg: "none", typ: "JWT" })}.${b64({ sid: session!.id, sub: account.id })}.`,
    "a JWE header with garbage": `${b64({ alg: "dir", enc: "A256CBC-HS512" })}..${"A".repeat(22)}.${"A".repeat(43)}.${"A".repeat(22)}`,
    garbage: "%00%ff<script>",
  };
  const before = await snapshot(account.id);
  for (const [what, cookie] of Object.entries(forgeries)) {
    await expectCookieDead(cookie, what);
    const forged = new HostileClient();
    forged.jar.set(SESSION_COOKIE, cookie);
    const res = await forged.action("/attendance", actionId("app/(apps)/attendance/actions.ts", "punchAction"), [{}, form({ kind: "IN", idempotencyKey: "forged" })]);
    expect(res.status, what).toBeLessThan(500);
  }
  expect(await snapshot(account.id)).toEqual(before);
  expect((await client.get("/settings")).status, "the real cookie still works").toBe(200);
});

test("after logout the old cookie opens nothing", async () => {
  const account = hostileAccount("sessLogout");
  const client = new HostileClient();
  await signInFull(client, account);
  const cookie = client.jar.get(SESSION_COOKIE)!;
  const out = await client.action("/home", actionId("app/actions/session.ts", "logoutAction"), []);
  expect(out.redirectPath).toMatch(/^\/login/);
  await expectCookieDead(cookie, "the cookie after logout");
  expect(await liveSessions(account.id)).toEqual([]);
});

test("idle time-out: after 60 minutes without a request the session is over", async () => {
  const account = hostileAccount("sessIdle");
  const client = new HostileClient();
  await signInFull(client, account);
  // The server's clock moves forward (x-tobira-test-now; lib/clock.ts); no row is edited.
  const t1 = new Date(Date.now() + 59 * MINUTE);
  expect((await client.get("/settings", { now: t1 })).status, "59 minutes idle is still a session").toBe(200);
  // That request was activity: the next 61 minutes of silence end the session.
  const t2 = { now: new Date(t1.getTime() + 61 * MINUTE) };
  expectSentAway(await client.get("/settings", t2), /^\/login/, "61 minutes idle");
  expectSentAway(await client.get("/home", t2), /^\/login/, "61 minutes idle");
});

test("absolute time-out: at its end the session is over however active", async () => {
  const account = hostileAccount("sessAbsolute");
  const client = new HostileClient();
  await signInFull(client, account);
  const [session] = await liveSessions(account.id);
  const [row] = await query<{ hours: number }>(`SELECT extract(epoch FROM "expiresAt" - "createdAt") / 3600 AS hours FROM "AuthSession" WHERE id = $1`, [session!.id]);
  expect(Number(row!.hours)).toBeCloseTo(12, 1);
  // Active every 50 minutes by the server's clock (x-tobira-test-now), so only the 12 hours end it.
  const t0 = Date.now();
  for (let m = 50; m < 12 * 60; m += 50) {
    expect((await client.get("/settings", { now: new Date(t0 + m * MINUTE) })).status, `${m} minutes after sign-in`).toBe(200);
  }
  const [limit] = await query<{ expiresAt: Date }>(`SELECT "expiresAt" FROM "AuthSession" WHERE id = $1`, [session!.id]);
  expectSentAway(await client.get("/settings", { now: new Date(limit!.expiresAt.getTime() + 1000) }), /^\/login/, "past the absolute limit");
});

test("a password change ends the account's other sessions, full and limited", async () => {
  const account = hostileAccount("sessPassword");
  const changer = new HostileClient();
  await signInFull(changer, account);
  const other = new HostileClient();
  await signInFull(other, account);
  const limited = new HostileClient();
  await signInLimited(limited, account);
  const res = await changer.action("/settings/password", actionId("app/(apps)/settings/password/actions.ts", "changePasswordAction"), [
    {},
    form({ currentPassword: account.password, newPassword: "Sessions-end-here-2026", confirmPassword: "Sessions-end-here-2026" }),
  ]);
  expect(res.status).toBeLessThan(500);
  expect(actionResult<{ error?: string; fieldErrors?: unknown }>(res.body)?.error).toBeUndefined();
  await expectCookieDead(other.jar.get(SESSION_COOKIE)!, "another full session after the password change");
  await expectCookieDead(limited.jar.get(SESSION_COOKIE)!, "a limited session after the password change");
  expect((await liveSessions(account.id)).length).toBeLessThanOrEqual(1);
});

test("a two-factor reset by the office ends the employee's sessions", async () => {
  const employee = hostileAccount("sessOfficeReset");
  const staff = hostileAccount("sessOfficeActor");
  const full = new HostileClient();
  await signInFull(full, employee);
  const limited = new HostileClient();
  await signInLimited(limited, employee);
  const office = new HostileClient();
  await signInFull(office, staff);
  const res = await office.action(`/office/employees/${employee.id}/reset`, actionId("app/(apps)/office/actions.ts", "resetSecondFactorAction"), [{}, form({ employeeId: employee.id })]);
  expect(res.status).toBeLessThan(500);
  expect(res.redirectPath).toMatch(new RegExp(`^/office/employees/${employee.id}\\?done=reset`));
  await expectCookieDead(full.jar.get(SESSION_COOKIE)!, "the employee's full session after the office reset");
  await expectCookieDead(limited.jar.get(SESSION_COOKIE)!, "the employee's limited session after the office reset");
  expect(await liveSessions(employee.id)).toEqual([]);
});
