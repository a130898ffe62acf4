// The known-browser cookie on a real database, through the real password step:
// a random token per browser and account, kept hashed on the server; a forged,
// stale or copied value does not choose the known bucket once the real user
// signed in again or changed the password; several accounts share one browser.
import { describe, expect, it } from "vitest";
import { createTestAccount, TEST_PASSWORD, testRequest } from "../support/auth-fixtures";
import { TestBrowser } from "../support/test-browser";
import { testDatabaseKind, useTestDatabase } from "../support/test-db";
import { hmac } from "@/lib/auth/crypto";
import { isKnownBrowser, KNOWN_BROWSER_COOKIE, parseKnownTokens, rememberKnownBrowser } from "@/lib/auth/known-browser";
import { setNewPassword } from "@/lib/auth/password-change";
import { resetSecondFactor } from "@/lib/auth/revoke";
import { passwordStep } from "@/lib/auth/sign-in";
import { claimAttempt } from "@/lib/auth/throttle";

describe(`known browsers (${testDatabaseKind})`, () => {
  const db = useTestDatabase();

  /** What finishSignIn does after a completed sign-in on this browser. */
  async function signedIn(browser: TestBrowser, accountId: string) {
    const known = await rememberKnownBrowser(browser.jar.get(KNOWN_BROWSER_COOKIE), accountId, new Date());
    browser.jar.set(KNOWN_BROWSER_COOKIE, known.value);
  }
  const knownHere = (browser: TestBrowser, accountId: string) => isKnownBrowser(browser.jar.get(KNOWN_BROWSER_COOKIE), accountId, new Date());

  /** A stranger fills the unknown-browser bucket until it refuses. */
  async function lockUnknownBucket(accountId: string) {
    while ((await claimAttempt(accountId, "password:other", new Date())).ok);
  }

  it("is a random token per browser, stored only as a hash, bound to its account", async () => {
    const { account } = await createTestAccount(db().client);
    const a = new TestBrowser();
    const b = new TestBrowser();
    await signedIn(a, account.id);
    await signedIn(b, account.id);
    const [ta, tb] = [a.jar.get(KNOWN_BROWSER_COOKIE)!, b.jar.get(KNOWN_BROWSER_COOKIE)!];
    expect(ta).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(ta).not.toBe(tb);
    expect(ta).not.toContain(account.id);
    const rows = await db().client.knownBrowser.findMany({ where: { accountId: account.id } });
    expect(rows).toHaveLength(2);
    expect(rows.some((r) => r.tokenHash.includes(ta) || r.tokenHash.includes(tb))).toBe(false);
    const other = await createTestAccount(db().client);
    expect(await knownHere(a, account.id)).toBe(true);
    expect(await knownHere(a, other.account.id)).toBe(false);
  });

  it("a forged value, or the old HMAC tag of the account, is not known", async () => {
    const { account } = await createTestAccount(db().client);
    expect(await isKnownBrowser("A".repeat(43), account.id, new Date())).toBe(false);
    expect(await isKnownBrowser("garbage", account.id, new Date())).toBe(false);
    expect(await isKnownBrowser(hmac(process.env.AUTH_SECRET!, `known-browser:${account.id}`).slice(0, 22), account.id, new Date())).toBe(false);
  });

  it("the real user's known browser still signs in while strangers have filled the other bucket", async () => {
    const { account } = await createTestAccount(db().client);
    const mine = new TestBrowser("198.51.100.40");
    await signedIn(mine, account.id);
    await lockUnknownBucket(account.id);
    const stranger = new TestBrowser("198.51.100.41");
    expect(await stranger.request(() => passwordStep({ loginId: account.loginId, password: TEST_PASSWORD }))).toEqual({ ok: false, error: "invalid_credentials" });
    expect(await mine.request(() => passwordStep({ loginId: account.loginId, password: TEST_PASSWORD }))).toMatchObject({ ok: true });
  });

  it("a copied cookie goes stale at the real user's next sign-in, and every copy at a password change", async () => {
    const { account } = await createTestAccount(db().client);
    const mine = new TestBrowser("198.51.100.50");
    await signedIn(mine, account.id);
    const copy = new TestBrowser("198.51.100.51");
    copy.jar.set(KNOWN_BROWSER_COOKIE, mine.jar.get(KNOWN_BROWSER_COOKIE)!);
    await signedIn(mine, account.id); // the real user signs in again: a fresh token
    expect(await knownHere(copy, account.id)).toBe(false);
    expect(await knownHere(mine, account.id)).toBe(true);

    const later = new TestBrowser("198.51.100.52");
    later.jar.set(KNOWN_BROWSER_COOKIE, mine.jar.get(KNOWN_BROWSER_COOKIE)!);
    expect(await setNewPassword(account, "a fresh passphrase for 2026", { req: testRequest, reason: "changed" }, new Date())).toEqual({ ok: true });
    expect(await knownHere(later, account.id)).toBe(false);
    expect(await knownHere(mine, account.id)).toBe(false);
    // So the copy lands in the unknown bucket, which strangers may have filled: refused.
    await lockUnknownBucket(account.id);
    expect(await later.request(() => passwordStep({ loginId: account.loginId, password: "a fresh passphrase for 2026" }))).toEqual({ ok: false, error: "invalid_credentials" });
  });

  it("a two-factor reset ends the account's known browsers", async () => {
    const { account } = await createTestAccount(db().client, { totp: true });
    const mine = new TestBrowser();
    await signedIn(mine, account.id);
    await resetSecondFactor(account.id, {}, new Date());
    expect(await knownHere(mine, account.id)).toBe(false);
  });

  it("several accounts share one browser's cookie; each sign-in replaces only its own token", async () => {
    const main = await createTestAccount(db().client);
    const extra = await createTestAccount(db().client);
    const browser = new TestBrowser();
    await signedIn(browser, main.account.id);
    await signedIn(browser, extra.account.id);
    await signedIn(browser, main.account.id);
    expect(parseKnownTokens(browser.jar.get(KNOWN_BROWSER_COOKIE))).toHaveLength(2);
    expect(await knownHere(browser, main.account.id)).toBe(true);
    expect(await knownHere(browser, extra.account.id)).toBe(true);
    expect(await db().client.knownBrowser.count({ where: { accountId: main.account.id } })).toBe(1);
  });
});
