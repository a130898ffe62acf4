// ワンタイムパスワード入力の省略 through the data layer on a real database: the
// server's record decides (expiry at exactly 90 days, revocation, the account it
// is bound to, the role), every refusal is audited, and a new password ends
// every skip and every other session.
import { describe, expect, it } from "vitest";
import { createTestAccount, testRequest } from "../support/auth-fixtures";
import { testDatabaseKind, useTestDatabase } from "../support/test-db";
import { completeFlow, redeemGrant } from "@/lib/auth/gate";
import { createFlow } from "@/lib/auth/flow-store";
import { setNewPassword } from "@/lib/auth/password-change";
import { verifyPassword } from "@/lib/auth/password";
import {
  checkSkip,
  listRememberedBrowsers,
  rememberBrowser,
  rememberedBrowserIdOf,
  revokeAllRememberedBrowsers,
  revokeRememberedBrowser,
  SKIP_DAYS,
  skipCookieName,
} from "@/lib/auth/remembered-browser";
import { validateSession } from "@/lib/auth/session-store";
import { revokeAllSkips } from "@/lib/auth/skip-settings";
import { sessionFor } from "./apps-fixtures";

const DAY = 86_400_000;
const HOUR = 3_600_000;
const chromeOnAndroid = { ip: "203.0.113.9", userAgent: "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36" };

describe(`remembered browsers (${testDatabaseKind})`, () => {
  const db = useTestDatabase();

  async function employee() {
    const { account } = await createTestAccount(db().client, { totp: true });
    return account;
  }
  async function rejections(accountId: string) {
    const rows = await db().client.auditEvent.findMany({ where: { accountId, type: "skip.rejected" }, orderBy: { at: "asc" } });
    return rows.map((r) => (r.detail as { reason: string }).reason);
  }

  it("sets a skip: the cookie holds only an identifier and the expiry; the server keeps only its hash", async () => {
    const account = await employee();
    const now = new Date("2026-11-23T01:00:00Z");
    const set = (await rememberBrowser(account, chromeOnAndroid, now))!;
    expect(set.name).toBe(skipCookieName(account.id));
    expect(set.expiresAt.getTime() - now.getTime()).toBe(SKIP_DAYS * DAY);
    const [token, expiry] = set.value.split(".");
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 bits
    expect(Number(expiry)).toBe(set.expiresAt.getTime() / 1000);
    expect(set.value).not.toContain(account.loginId);
    const row = await db().client.rememberedBrowser.findFirstOrThrow({ where: { accountId: account.id } });
    expect(row.tokenHash).not.toContain(token);
    expect(row.label).toBe("Chrome 156 / Android 14");
    expect(await checkSkip(account, set.value, testRequest, now)).toBe("skip");
    expect((await db().client.rememberedBrowser.findUniqueOrThrow({ where: { id: row.id } })).lastUsedAt).toEqual(now);
    expect(await db().client.auditEvent.count({ where: { accountId: account.id, type: "skip.used" } })).toBe(1);
  });

  it("lasts 90 days from when it was set: 89 days 23 hours skips, 90 days asks for the code", async () => {
    const account = await employee();
    const setAt = new Date("2026-11-23T01:00:00Z");
    const { value } = (await rememberBrowser(account, testRequest, setAt))!;
    expect(await checkSkip(account, value, testRequest, new Date(setAt.getTime() + 89 * DAY + 23 * HOUR))).toBe("skip");
    expect(await checkSkip(account, value, testRequest, new Date(setAt.getTime() + 90 * DAY - 1))).toBe("skip");
    expect(await checkSkip(account, value, testRequest, new Date(setAt.getTime() + 90 * DAY))).toBe("rejected");
    expect(await checkSkip(account, value, testRequest, new Date(setAt.getTime() + 91 * DAY))).toBe("rejected");
    expect(await rejections(account.id)).toEqual(["expired", "expired"]);
    // Then it may be set again, for another 90 days from then.
    const later = new Date(setAt.getTime() + 90 * DAY);
    const again = (await rememberBrowser(account, testRequest, later))!;
    expect(await checkSkip(account, again.value, testRequest, new Date(later.getTime() + 89 * DAY))).toBe("skip");
  });

  it("the server's record decides, not the expiry written in the cookie", async () => {
    const account = await employee();
    const now = new Date();
    const { value } = (await rememberBrowser(account, testRequest, now))!;
    const [token] = value.split(".");
    const stretched = `${token}.${Math.floor((now.getTime() + 3650 * DAY) / 1000)}`;
    expect(await checkSkip(account, stretched, testRequest, new Date(now.getTime() + 100 * DAY))).toBe("rejected");
    expect(await rejections(account.id)).toEqual(["expired"]);
  });

  it("refuses a revoked, forged, bit-flipped, malformed or other account's cookie, and logs each", async () => {
    const account = await employee();
    const other = await employee();
    const now = new Date();
    const mine = (await rememberBrowser(account, testRequest, now))!;
    const theirs = (await rememberBrowser(other, testRequest, now))!;

    expect(await checkSkip(account, theirs.value, testRequest, now)).toBe("rejected");
    const flipped = (mine.value[0] === "B" ? "C" : "B") + mine.value.slice(1);
    expect(await checkSkip(account, flipped, testRequest, now)).toBe("rejected");
    expect(await checkSkip(account, `${"x".repeat(43)}.${Math.floor(now.getTime() / 1000) + 86400}`, testRequest, now)).toBe("rejected");
    expect(await checkSkip(account, "garbage", testRequest, now)).toBe("rejected");
    expect(await checkSkip(account, undefined, testRequest, now)).toBe("absent");
    expect(await revokeRememberedBrowser(account.id, (await listRememberedBrowsers(account.id, now))[0]!.id, now)).toBe(true);
    expect(await checkSkip(account, mine.value, testRequest, now)).toBe("rejected");

    expect(await rejections(account.id)).toEqual(["other_account", "unknown", "unknown", "malformed", "revoked"]);
    // The other account's skip is untouched by all this.
    expect(await checkSkip(other, theirs.value, testRequest, now)).toBe("skip");
    const detail = JSON.stringify((await db().client.auditEvent.findMany({ where: { accountId: account.id } })).map((e) => e.detail));
    expect(detail).not.toContain(mine.value.split(".")[0]);
  });

  it("a sharoushi account can neither set nor use a skip, even with an employee's valid cookie", async () => {
    const { account: sharoushi } = await createTestAccount(db().client, { role: "SHAROUSHI", totp: true });
    const worker = await employee();
    const now = new Date();
    expect(await rememberBrowser(sharoushi, testRequest, now)).toBeNull();
    expect(await db().client.rememberedBrowser.count({ where: { accountId: sharoushi.id } })).toBe(0);
    const copied = (await rememberBrowser(worker, testRequest, now))!;
    expect(await checkSkip(sharoushi, copied.value, testRequest, now)).toBe("rejected");
    // A sharoushi record planted in the table (not possible through the app) is still refused.
    const planted = (await rememberBrowser({ id: sharoushi.id, role: "EMPLOYEE" }, testRequest, now))!;
    expect(await checkSkip(sharoushi, planted.value, testRequest, now)).toBe("rejected");
    expect(await rejections(sharoushi.id)).toEqual(["role", "role"]);
  });

  it("再開 with nothing to resume (なし: none set, or all expired) is refused and logged, and writes nothing", async () => {
    const account = await employee();
    const session = await sessionFor(db().client, account.id, "FULL");
    const t0 = new Date("2026-11-23T00:00:00Z");
    expect(await revokeAllSkips(session, testRequest, t0)).toBeNull();
    // An expired skip is no skip: still nothing to resume, and its row is left as it was.
    await rememberBrowser(account, testRequest, t0);
    const later = new Date(t0.getTime() + (SKIP_DAYS + 1) * DAY);
    expect(await revokeAllSkips(session, testRequest, later)).toBeNull();
    expect(await db().client.rememberedBrowser.count({ where: { accountId: account.id, revokedAt: { not: null } } })).toBe(0);
    expect(await rejections(account.id)).toEqual(["nothing_to_resume", "nothing_to_resume"]);
    expect(await db().client.auditEvent.count({ where: { accountId: account.id, type: "skip.revoked_all" } })).toBe(0);
    // With a live one it goes through.
    await rememberBrowser(account, testRequest, later);
    expect(await revokeAllSkips(session, testRequest, later)).toBe(2);
    expect(await listRememberedBrowsers(account.id, later)).toEqual([]);
  });

  it("lists the account's live skips with days left, marks this browser's, and cancels one or all", async () => {
    const account = await employee();
    const other = await employee();
    const t0 = new Date("2026-11-23T00:00:00Z");
    const first = (await rememberBrowser(account, chromeOnAndroid, t0))!;
    const second = (await rememberBrowser(account, testRequest, new Date(t0.getTime() + 10 * DAY)))!;
    await rememberBrowser(other, testRequest, t0);

    const at = new Date(t0.getTime() + 30 * DAY + HOUR);
    const list = await listRememberedBrowsers(account.id, at);
    expect(list.map((b) => b.daysLeft)).toEqual([70, 60]); // newest first; a part day counts as a day
    expect(list[1]!.label).toBe("Chrome 156 / Android 14");
    expect(await rememberedBrowserIdOf(account.id, first.value, at)).toBe(list[1]!.id);
    expect(await rememberedBrowserIdOf(other.id, first.value, at)).toBeNull();
    expect((await listRememberedBrowsers(account.id, new Date(t0.getTime() + 95 * DAY))).map((b) => b.daysLeft)).toEqual([5]);

    // Cancelling one: only that one, and never another account's record by its id.
    const otherId = (await listRememberedBrowsers(other.id, at))[0]!.id;
    expect(await revokeRememberedBrowser(account.id, otherId, at)).toBe(false);
    expect(await listRememberedBrowsers(other.id, at)).toHaveLength(1);
    expect(await revokeRememberedBrowser(account.id, list[1]!.id, at)).toBe(true);
    expect(await revokeRememberedBrowser(account.id, list[1]!.id, at)).toBe(false);
    expect(await checkSkip(account, first.value, testRequest, at)).toBe("rejected");
    expect(await checkSkip(account, second.value, testRequest, at)).toBe("skip");

    // Cancelling all: every browser of this account, none of the other's.
    await rememberBrowser(account, testRequest, at);
    expect(await revokeAllRememberedBrowsers(account.id, at)).toBe(2);
    expect(await listRememberedBrowsers(account.id, at)).toEqual([]);
    expect(await checkSkip(account, second.value, testRequest, at)).toBe("rejected");
    expect(await listRememberedBrowsers(other.id, at)).toHaveLength(1);
  });

  it("a new password ends the account's skips and its other sessions, checks the rules, clears the forced change", async () => {
    const account = await employee();
    await db().client.account.update({ where: { id: account.id }, data: { mustChangePassword: true } });
    const now = new Date();
    const skip = (await rememberBrowser(account, testRequest, now))!;
    const session = async () => (await redeemGrant((await completeFlow((await createFlow(account.id, "choose", testRequest, new Date())).flow, "FULL", new Date()))!, testRequest, new Date()))!;
    const kept = await session();
    const ended = await session();

    expect(await setNewPassword(account, "short", { req: testRequest, reason: "initial" }, new Date())).toEqual({ ok: false, problem: "too_short" });
    expect(await setNewPassword(account, "password123", { req: testRequest, reason: "initial" }, new Date())).toEqual({ ok: false, problem: "common" });
    expect(await checkSkip(account, skip.value, testRequest, now)).toBe("skip"); // refused changes change nothing

    expect(await setNewPassword(account, "Kirin-no-Hashi-2026", { req: testRequest, reason: "changed", keepSid: kept.sid }, new Date())).toEqual({ ok: true });
    const row = await db().client.account.findUniqueOrThrow({ where: { id: account.id } });
    expect(row.mustChangePassword).toBe(false);
    expect(await verifyPassword(row.passwordHash, "Kirin-no-Hashi-2026")).toBe(true);
    expect(await checkSkip(account, skip.value, testRequest, new Date())).toBe("rejected");
    expect(await validateSession(ended.sid, new Date())).toBeNull();
    expect(await validateSession(kept.sid, new Date())).not.toBeNull();
    expect(await db().client.auditEvent.count({ where: { accountId: account.id, type: "password.changed" } })).toBe(1);
  });
});
