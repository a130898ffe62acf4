// Limits are counted before codes are compared: a burst of parallel wrong
// guesses on one flow, through the real steps on a real database, is compared
// only as often as the limits allow — the sign-in code step, e-mailed codes,
// the two-factor reset and the e-mail change; and the per-address limit holds
// at the code step too.
import { describe, expect, it } from "vitest";
import { createTestAccount, TEST_PASSWORD, testRequest } from "../support/auth-fixtures";
import { TestBrowser } from "../support/test-browser";
import { testDatabaseKind, useTestDatabase } from "../support/test-db";
import { sessionFor } from "./apps-fixtures";
import { confirmEmailChange, requestEmailChange } from "@/lib/account/email-change";
import { consumeResetCode, resetOwnSecondFactor, sendResetCode } from "@/lib/account/two-factor-reset";
import { consumeEmailCode, emailCodeState, MAX_CODE_ATTEMPTS } from "@/lib/auth/email-code";
import { plantSignInCode } from "../support/mailed-codes";
import { createFlow, FLOW_COOKIE, flowByToken } from "@/lib/auth/flow-store";
import { FREE_FAILURES } from "@/lib/auth/policy";
import { verifyStep } from "@/lib/auth/sign-in";
import { totpCode } from "@/lib/auth/totp";

const BURST = 30;
// The account's "second_factor" bucket lets the free attempts through, and the one that sets the first delay.
const BUCKET_CAP = FREE_FAILURES + 1;

describe(`attempts are counted before they are compared (${testDatabaseKind})`, () => {
  const db = useTestDatabase();
  const secondFactorCount = async (accountId: string) =>
    (await db().client.authThrottle.findUnique({ where: { accountId_bucket: { accountId, bucket: "second_factor" } } }))?.failures ?? 0;
  const wrongFor = (code: string) => (code === "000000" ? "111111" : "000000");

  it("sign-in code step: a burst of wrong codes is compared at most as often as the bucket allows", async () => {
    const { account, secret } = await createTestAccount(db().client, { totp: true });
    const { token } = await createFlow(account.id, "second_factor", testRequest, new Date(), { mode: "FULL" });
    const browser = new TestBrowser();
    browser.jar.set(FLOW_COOKIE, token);
    const wrong = wrongFor(totpCode(secret!, Date.now() / 1000));
    const results = await Promise.all(Array.from({ length: BURST }, () => browser.request(() => verifyStep(wrong))));
    // Every compared guess was counted first; without the counting first, all 30 were compared.
    expect(await secondFactorCount(account.id)).toBeLessThanOrEqual(BUCKET_CAP);
    expect(await db().client.auditEvent.count({ where: { accountId: account.id, type: "code.failed", detail: { path: ["reason"], equals: "wrong_code" } } })).toBeLessThanOrEqual(BUCKET_CAP);
    expect(results.every((r) => !r.ok)).toBe(true);
    expect(results.filter((r) => !r.ok && r.error === "locked").length).toBeGreaterThanOrEqual(BURST - BUCKET_CAP);
    // And the right code is now refused too: the bucket is locked.
    const right = await browser.request(() => verifyStep(totpCode(secret!, Date.now() / 1000)));
    expect(right).toEqual({ ok: false, error: "locked" });
  });

  it("e-mailed code: a burst (the right code last) compares at most MAX_CODE_ATTEMPTS guesses, then the code dies", async () => {
    const { account } = await createTestAccount(db().client);
    const { flow, token } = await createFlow(account.id, "second_factor", testRequest, new Date());
    await plantSignInCode(db().client, flow, "246810", new Date(Date.now() + 30 * 60_000));
    const fresh = (await flowByToken(token, new Date()))!;
    const guesses = [...Array.from({ length: BURST }, () => "000000"), "246810"];
    const results = await Promise.all(guesses.map((g) => consumeEmailCode(fresh, g, new Date())));
    const compared = results.filter((r) => r === "wrong" || r === "ok").length;
    expect(compared).toBeLessThanOrEqual(MAX_CODE_ATTEMPTS);
    expect(await emailCodeState(fresh, new Date())).toBeNull();
  });

  it("two-factor reset (limited session): a burst of wrong codes is compared at most as often as the limits allow", async () => {
    const { account } = await createTestAccount(db().client, { totp: true });
    const limited = await sessionFor(db().client, account.id, "LIMITED");
    expect(await sendResetCode(limited, testRequest, new Date())).toEqual({ ok: true });
    const results = await Promise.all(
      Array.from({ length: BURST }, () => resetOwnSecondFactor(limited, { password: TEST_PASSWORD, code: "000000" }, testRequest, new Date())),
    );
    expect(results.every((r) => !r.ok)).toBe(true);
    expect(await secondFactorCount(account.id)).toBeLessThanOrEqual(BUCKET_CAP);
    const row = await db().client.mailedCode.findUnique({ where: { purpose_ownerId: { purpose: "TWO_FACTOR_RESET", ownerId: account.id } } });
    expect(row?.attempts ?? MAX_CODE_ATTEMPTS).toBeLessThanOrEqual(MAX_CODE_ATTEMPTS);
    expect(await db().client.totpCredential.count({ where: { accountId: account.id } })).toBe(1);
  });

  it("two-factor reset code: a burst straight at the code check (the password already confirmed) compares at most the cap", async () => {
    const { account } = await createTestAccount(db().client, { totp: true });
    const limited = await sessionFor(db().client, account.id, "LIMITED");
    expect(await sendResetCode(limited, testRequest, new Date())).toEqual({ ok: true });
    const now = new Date();
    const results = await Promise.all(Array.from({ length: BURST }, () => consumeResetCode(limited, "000000", now)));
    expect(results.filter((r) => r === "wrong_code").length).toBeLessThanOrEqual(BUCKET_CAP);
    expect(await secondFactorCount(account.id)).toBeLessThanOrEqual(BUCKET_CAP);
  });

  it("e-mail change: a burst of wrong codes is compared at most as often as the limits allow", async () => {
    const { account } = await createTestAccount(db().client);
    const full = await sessionFor(db().client, account.id, "FULL");
    expect(await requestEmailChange(full, { password: TEST_PASSWORD, newEmail: `burst-${account.id}@test.example` }, testRequest, new Date())).toEqual({ ok: true });
    const results = await Promise.all(Array.from({ length: BURST }, () => confirmEmailChange(full, "000000", testRequest, new Date())));
    expect(results.every((r) => !r.ok)).toBe(true);
    expect(await secondFactorCount(account.id)).toBeLessThanOrEqual(BUCKET_CAP);
    expect(await db().client.auditEvent.count({ where: { accountId: account.id, type: "email.change_refused", detail: { path: ["reason"], equals: "wrong_code" } } })).toBeLessThanOrEqual(BUCKET_CAP);
  });

  it("the per-address limit applies at the code step: a limited address's right code is refused", async () => {
    const { account, secret } = await createTestAccount(db().client, { totp: true });
    const browser = new TestBrowser("198.51.100.23");
    await db().client.ipThrottle.create({ data: { ip: browser.ip, windowStart: new Date(), failures: 200 } });
    const { token } = await createFlow(account.id, "second_factor", testRequest, new Date(), { mode: "FULL" });
    browser.jar.set(FLOW_COOKIE, token);
    expect(await browser.request(() => verifyStep(totpCode(secret!, Date.now() / 1000)))).toEqual({ ok: false, error: "locked" });
    // Refused before the count: the limited address used none of the account's attempts.
    expect(await db().client.authThrottle.count({ where: { accountId: account.id } })).toBe(0);
    // The same code from an address that is not limited passes.
    const other = new TestBrowser("198.51.100.24");
    other.jar.set(FLOW_COOKIE, token);
    expect(await other.request(() => verifyStep(totpCode(secret!, Date.now() / 1000)))).toMatchObject({ ok: true });
  });
});
