// One clock (lib/clock.ts) through the request path: with TOBIRA_TEST_CLOCK=1 the
// x-tobira-test-now header moves every decision a request makes — the session's
// idle and absolute limits (getSession), a login flow's life, an e-mailed code's
// expiry and its resend cool-down, a failure lock's delay — and without the switch
// the header is ignored. Each request runs the real steps in Next's request stores
// (tests/support/test-browser.ts); nothing is backdated in the database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestAccount, TEST_PASSWORD, testRequest } from "../support/auth-fixtures";
import { TestBrowser } from "../support/test-browser";
import { testDatabaseKind, useTestDatabase } from "../support/test-db";
import { requestNow, TEST_CLOCK_HEADER } from "@/lib/clock";
import { plantSignInCode } from "../support/mailed-codes";
import { RESEND_COOLDOWN_MS } from "@/lib/auth/email-code";
import { createFlow, FLOW_COOKIE, FLOW_TTL_MS } from "@/lib/auth/flow-store";
import { completeFlow, redeemGrant } from "@/lib/auth/gate";
import { FIRST_DELAY_MS, FREE_FAILURES } from "@/lib/auth/policy";
import { getSession } from "@/lib/auth/session";
import { signSessionToken } from "@/lib/auth/session-token";
import { chooseStep, passwordStep, sendCodeStep, verifyStep } from "@/lib/auth/sign-in";

const MINUTE = 60_000;
const SESSION_COOKIE = "authjs.session-token"; // COOKIE_SECURE is off in tests

/** One request of `browser` at `at` by the test clock. */
function at<T>(browser: TestBrowser, when: Date, fn: () => Promise<T>): Promise<T> {
  return browser.request(fn, { [TEST_CLOCK_HEADER]: when.toISOString() });
}

describe(`one clock moves every decision of a request (${testDatabaseKind})`, () => {
  const db = useTestDatabase();
  const saved = process.env.TOBIRA_TEST_CLOCK;
  beforeAll(() => {
    process.env.TOBIRA_TEST_CLOCK = "1";
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.TOBIRA_TEST_CLOCK;
    else process.env.TOBIRA_TEST_CLOCK = saved;
  });

  /** A browser holding a real session cookie (the signed sid of a session row made at `t0`). */
  async function signedInBrowser(t0: Date) {
    const { account } = await createTestAccount(db().client);
    const { flow } = await createFlow(account.id, "choose", testRequest, t0);
    const user = (await redeemGrant((await completeFlow(flow, "LIMITED", t0))!, testRequest, t0))!;
    return new TestBrowser(testRequest.ip, testRequest.userAgent, new Map([[SESSION_COOKIE, signSessionToken(user.sid)]]));
  }

  it("without TOBIRA_TEST_CLOCK=1 the header is ignored", async () => {
    process.env.TOBIRA_TEST_CLOCK = "";
    try {
      const far = new Date("2099-01-01T00:00:00Z");
      const seen = await at(new TestBrowser(), far, () => requestNow());
      expect(Math.abs(seen.getTime() - Date.now())).toBeLessThan(5_000);
    } finally {
      process.env.TOBIRA_TEST_CLOCK = "1";
    }
  });

  it("session: idle 59 minutes is still signed in, 61 minutes is not (getSession reads the clock)", async () => {
    const t0 = new Date();
    const browser = await signedInBrowser(t0);
    expect(await at(browser, t0, () => getSession())).not.toBeNull();
    const t1 = new Date(t0.getTime() + 59 * MINUTE);
    expect(await at(browser, t1, () => getSession()), "59 minutes idle").not.toBeNull();
    // That request counted as activity: the idle limit runs from t1.
    expect(await at(browser, new Date(t1.getTime() + 59 * MINUTE), () => getSession())).not.toBeNull();
    expect(await at(browser, new Date(t1.getTime() + 59 * MINUTE + 61 * MINUTE), () => getSession()), "61 minutes idle").toBeNull();
  });

  it("session: ends 12 hours after sign-in however active", async () => {
    const t0 = new Date();
    const browser = await signedInBrowser(t0);
    for (let m = 50; m < 12 * 60; m += 50) {
      expect(await at(browser, new Date(t0.getTime() + m * MINUTE), () => getSession()), `${m} minutes after sign-in`).not.toBeNull();
    }
    expect(await at(browser, new Date(t0.getTime() + 12 * 60 * MINUTE + 1000), () => getSession()), "past 12 hours").toBeNull();
  });

  it("login flow: the chooser works at 59 minutes and is over at 61 (flow TTL by the clock)", async () => {
    const t0 = new Date();
    const { account } = await createTestAccount(db().client);
    const late = await createFlow(account.id, "choose", testRequest, t0);
    const browser = new TestBrowser(testRequest.ip, testRequest.userAgent, new Map([[FLOW_COOKIE, late.token]]));
    expect(await at(browser, new Date(t0.getTime() + FLOW_TTL_MS + MINUTE), () => chooseStep("limited"))).toEqual({ ok: false, error: "flow_expired" });
    const inTime = await createFlow(account.id, "choose", testRequest, t0);
    browser.jar.set(FLOW_COOKIE, inTime.token);
    expect(await at(browser, new Date(t0.getTime() + FLOW_TTL_MS - MINUTE), () => chooseStep("limited"))).toMatchObject({ ok: true, grant: expect.any(String) });
  });

  it("e-mailed code: refused as expired one second after its expiry, accepted a second before", async () => {
    const t0 = new Date();
    const { account } = await createTestAccount(db().client);
    await db().client.account.update({ where: { id: account.id }, data: { secondFactor: "EMAIL" } });
    const { flow, token } = await createFlow(account.id, "second_factor", testRequest, t0, { mode: "FULL" });
    const expiresAt = new Date(t0.getTime() + 30 * MINUTE);
    await plantSignInCode(db().client, flow, "135790", expiresAt);
    const browser = new TestBrowser(testRequest.ip, testRequest.userAgent, new Map([[FLOW_COOKIE, token]]));
    expect(await at(browser, new Date(expiresAt.getTime() + 1000), () => verifyStep("135790"))).toEqual({ ok: false, error: "code_expired" });
    expect(await at(browser, new Date(expiresAt.getTime() - 1000), () => verifyStep("135790"))).toMatchObject({ ok: true, grant: expect.any(String) });
  });

  it("resend: refused for 60 seconds after a send, allowed once the clock has passed it", async () => {
    const t0 = new Date();
    const { account } = await createTestAccount(db().client);
    await db().client.account.update({ where: { id: account.id }, data: { secondFactor: "EMAIL" } });
    const { token } = await createFlow(account.id, "second_factor", testRequest, t0, { mode: "FULL" });
    const browser = new TestBrowser(testRequest.ip, testRequest.userAgent, new Map([[FLOW_COOKIE, token]]));
    expect(await at(browser, t0, () => sendCodeStep())).toEqual({ ok: true, next: "/login/verify" });
    const early = await at(browser, new Date(t0.getTime() + RESEND_COOLDOWN_MS - 1000), () => sendCodeStep());
    expect(early).toEqual({ ok: false, error: "cooldown", retryAfterMs: 1000 });
    expect(await at(browser, new Date(t0.getTime() + RESEND_COOLDOWN_MS + 1000), () => sendCodeStep())).toEqual({ ok: true, next: "/login/verify" });
  });

  it("failure lock: the right password is refused during the delay and accepted once the clock passes it", async () => {
    const t0 = new Date();
    const { account } = await createTestAccount(db().client);
    const browser = new TestBrowser("198.51.100.31");
    for (let i = 0; i <= FREE_FAILURES; i++) {
      expect(await at(browser, t0, () => passwordStep({ loginId: account.loginId, password: "wrong" }))).toEqual({ ok: false, error: "invalid_credentials" });
    }
    const lock = await db().client.authThrottle.findFirstOrThrow({ where: { accountId: account.id } });
    expect(lock.lockedUntil?.getTime()).toBe(t0.getTime() + FIRST_DELAY_MS);
    const right = { loginId: account.loginId, password: TEST_PASSWORD };
    expect(await at(browser, new Date(t0.getTime() + FIRST_DELAY_MS - 1000), () => passwordStep(right)), "during the delay").toEqual({ ok: false, error: "invalid_credentials" });
    expect(await at(browser, new Date(t0.getTime() + FIRST_DELAY_MS + 1000), () => passwordStep(right)), "after the delay").toMatchObject({ ok: true });
  });
});
