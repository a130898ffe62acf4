// The gate: sessions exist only through a completed flow's grant, once; the
// session row decides (revoked, idle, absolute, disabled account); failure
// buckets lock and unlock as the policy says.
import { describe, expect, it } from "vitest";
import { createTestAccount, testRequest } from "../support/auth-fixtures";
import { testDatabaseKind, useTestDatabase } from "../support/test-db";
import { completeFlow, openSession, redeemGrant } from "@/lib/auth/gate";
import { createFlow } from "@/lib/auth/flow-store";
import { revokeSessions } from "@/lib/auth/revoke";
import { getSession } from "@/lib/auth/session";
import { validateSession } from "@/lib/auth/session-store";
import { TestBrowser } from "../support/test-browser";
import { isLocked, recordFailure, resetFailures } from "@/lib/auth/throttle";

describe(`session gate (${testDatabaseKind})`, () => {
  const db = useTestDatabase();

  it("a grant makes one session, once — also when redeemed in parallel", async () => {
    const { account } = await createTestAccount(db().client);
    const { flow } = await createFlow(account.id, "choose", testRequest, new Date());
    const grant = (await completeFlow(flow, "LIMITED", new Date()))!;
    const results = await Promise.all(Array.from({ length: 5 }, () => redeemGrant(grant, testRequest, new Date())));
    const winners = results.filter((r) => r !== null);
    expect(winners).toHaveLength(1);
    expect(winners[0]!.mode).toBe("LIMITED");
    expect(await db().client.authSession.count({ where: { accountId: account.id } })).toBe(1);
    expect(await redeemGrant(grant, testRequest, new Date())).toBeNull();
  });

  it("finishing a sign-in sets the session cookie in the same request; only the cookie as signed names the session", async () => {
    const { account } = await createTestAccount(db().client);
    const { flow } = await createFlow(account.id, "choose", testRequest, new Date());
    const grant = (await completeFlow(flow, "FULL", new Date()))!;
    const browser = new TestBrowser();
    expect(await browser.request(() => openSession(grant, testRequest, new Date()))).toBe(true);
    const cookie = browser.cookie("authjs.session-token")!; // COOKIE_SECURE is off in tests
    expect(cookie).toMatch(/^s1\./);
    const session = (await browser.request(() => getSession()))!;
    expect(session.accountId).toBe(account.id);
    expect(session.mode).toBe("FULL");
    // A second redemption of the grant sets nothing.
    const other = new TestBrowser();
    expect(await other.request(() => openSession(grant, testRequest, new Date()))).toBe(false);
    expect(other.cookie("authjs.session-token")).toBeUndefined();
    // The sid alone, or with a MAC of another sid, is no session (and no error).
    for (const forged of [session.sid, `s1.${session.sid}.${"A".repeat(43)}`, cookie.slice(0, -2) + "AA"]) {
      const tampered = new TestBrowser(undefined, undefined, new Map([["authjs.session-token", forged]]));
      expect(await tampered.request(() => getSession())).toBeNull();
    }
  });

  it("a flow completes once: a second completion of the same stage yields nothing", async () => {
    const { account } = await createTestAccount(db().client);
    const { flow } = await createFlow(account.id, "second_factor", testRequest, new Date());
    expect(await completeFlow(flow, "FULL", new Date())).not.toBeNull();
    expect(await completeFlow(flow, "FULL", new Date())).toBeNull();
  });

  it("refuses forged, expired grants, disabled accounts and limited sharoushi sessions", async () => {
    expect(await redeemGrant("x".repeat(43), testRequest, new Date())).toBeNull();
    expect(await redeemGrant(undefined, testRequest, new Date())).toBeNull();

    const { account } = await createTestAccount(db().client);
    const { flow } = await createFlow(account.id, "choose", testRequest, new Date());
    const grant = (await completeFlow(flow, "LIMITED", new Date(Date.now() - 120_000)))!;
    expect(await redeemGrant(grant, testRequest, new Date())).toBeNull();

    const disabled = await createTestAccount(db().client);
    const f2 = await createFlow(disabled.account.id, "choose", testRequest, new Date());
    const g2 = (await completeFlow(f2.flow, "LIMITED", new Date()))!;
    await db().client.account.update({ where: { id: disabled.account.id }, data: { disabled: true } });
    expect(await redeemGrant(g2, testRequest, new Date())).toBeNull();

    const sharoushi = await createTestAccount(db().client, { role: "SHAROUSHI" });
    const f3 = await createFlow(sharoushi.account.id, "choose", testRequest, new Date());
    const g3 = (await completeFlow(f3.flow, "LIMITED", new Date()))!;
    expect(await redeemGrant(g3, testRequest, new Date())).toBeNull();
  });

  it("step-up replaces the limited session with a new full one", async () => {
    const { account } = await createTestAccount(db().client);
    const first = await createFlow(account.id, "choose", testRequest, new Date());
    const limited = (await redeemGrant((await completeFlow(first.flow, "LIMITED", new Date()))!, testRequest, new Date()))!;
    const up = await createFlow(account.id, "second_factor", testRequest, new Date(), { mode: "FULL", stepUpFromSession: limited.sid });
    const full = (await redeemGrant((await completeFlow(up.flow, "FULL", new Date()))!, testRequest, new Date()))!;
    expect(full.sid).not.toBe(limited.sid);
    expect(full.mode).toBe("FULL");
    expect(await validateSession(limited.sid, new Date())).toBeNull();
    expect((await validateSession(full.sid, new Date()))!.mode).toBe("FULL");
  });

  it("a step-up whose limited session ended meanwhile makes no session", async () => {
    const { account } = await createTestAccount(db().client);
    const first = await createFlow(account.id, "choose", testRequest, new Date());
    const limited = (await redeemGrant((await completeFlow(first.flow, "LIMITED", new Date()))!, testRequest, new Date()))!;
    const up = await createFlow(account.id, "second_factor", testRequest, new Date(), { mode: "FULL", stepUpFromSession: limited.sid });
    const grant = (await completeFlow(up.flow, "FULL", new Date()))!;
    await db().client.authSession.update({ where: { id: limited.sid }, data: { revokedAt: new Date() } }); // e.g. logout in another tab
    expect(await redeemGrant(grant, testRequest, new Date())).toBeNull();
    expect(await db().client.authSession.count({ where: { accountId: account.id, mode: "FULL" } })).toBe(0);
    expect(await db().client.auditEvent.count({ where: { accountId: account.id, type: "session.rejected" } })).toBe(1);
  });

  it("ending an account's sessions also ends its sign-ins under way, except the one that asks", async () => {
    const { account } = await createTestAccount(db().client);
    const elsewhere = await createFlow(account.id, "choose", testRequest, new Date());
    const finished = await createFlow(account.id, "second_factor", testRequest, new Date());
    const grant = (await completeFlow(finished.flow, "FULL", new Date()))!;
    const own = await createFlow(account.id, "change_password", testRequest, new Date());
    await revokeSessions(account.id, { exceptFlowId: own.flow.id }, new Date());
    expect(await completeFlow(elsewhere.flow, "LIMITED", new Date())).toBeNull();
    expect(await redeemGrant(grant, testRequest, new Date())).toBeNull();
    expect(await completeFlow(own.flow, "LIMITED", new Date())).not.toBeNull();
  });

  it("the session row decides: revoked, idle, past its absolute limit, disabled account", async () => {
    const { account } = await createTestAccount(db().client);
    const mk = async () => (await redeemGrant((await completeFlow((await createFlow(account.id, "choose", testRequest, new Date())).flow, "LIMITED", new Date()))!, testRequest, new Date()))!;
    const s1 = await mk();
    expect((await validateSession(s1.sid, new Date()))!.accountId).toBe(account.id);
    await db().client.authSession.update({ where: { id: s1.sid }, data: { revokedAt: new Date() } });
    expect(await validateSession(s1.sid, new Date())).toBeNull();

    const s2 = await mk();
    expect(await validateSession(s2.sid, new Date(Date.now() + 61 * 60_000))).toBeNull(); // idle > 60 min
    const s3 = await mk();
    await db().client.authSession.update({ where: { id: s3.sid }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await validateSession(s3.sid, new Date())).toBeNull();

    const s4 = await mk();
    await db().client.account.update({ where: { id: account.id }, data: { disabled: true } });
    expect(await validateSession(s4.sid, new Date())).toBeNull();
    expect(await validateSession("not-a-session", new Date())).toBeNull();
  });

  it("failure buckets lock after the free attempts, separately, and reset", async () => {
    const { account } = await createTestAccount(db().client);
    const now = new Date();
    for (let i = 0; i < 4; i++) expect((await recordFailure(account.id, "password:other", now)).locked).toBe(false);
    expect((await recordFailure(account.id, "password:other", now)).locked).toBe(true);
    expect(await isLocked(account.id, "password:other", now)).toBe(true);
    // The real user's own browser is a different bucket: not locked by the guesser.
    expect(await isLocked(account.id, "password:known", now)).toBe(false);
    // The lock is short at first.
    expect(await isLocked(account.id, "password:other", new Date(now.getTime() + 31_000))).toBe(false);
    await resetFailures(account.id, ["password:other"]);
    expect(await isLocked(account.id, "password:other", now)).toBe(false);
  });

  it("parallel failures are all counted", async () => {
    const { account } = await createTestAccount(db().client);
    await Promise.all(Array.from({ length: 10 }, () => recordFailure(account.id, "second_factor", new Date())));
    const row = await db().client.authThrottle.findUnique({ where: { accountId_bucket: { accountId: account.id, bucket: "second_factor" } } });
    expect(row!.failures).toBe(10);
  });
});
